import { lazy, Suspense } from 'react';

// The Markdown parser is a chunk of its own, fetched the first time a text is shown.
const MarkdownRender = lazy(() => import('./markdown-render'));

/**
 * Text that people write with Markdown (a deliverable's body, a campaign's goals, a public notice), shown formatted
 * and safe: raw HTML shows as text, unsafe links lose their target, pictures show as their description. Until the
 * parser arrives the text shows as it was typed.
 */
export function MarkdownText({ text, testId }: { text: string; testId?: string }) {
  return (
    <Suspense
      fallback={
        <div className="cx-markdown cx-markdown-plain" data-testid={testId}>
          {text}
        </div>
      }
    >
      <MarkdownRender text={text} testId={testId} />
    </Suspense>
  );
}
