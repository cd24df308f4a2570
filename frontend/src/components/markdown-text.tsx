import { lazy, Suspense } from 'react';

// The Markdown parser is a chunk of its own, fetched the first time a text is shown.
const MarkdownRender = lazy(() => import('./markdown-render'));

/**
 * Text that people write with Markdown (a deliverable's body, a campaign's goals, a public notice), shown formatted
 * and safe: raw HTML shows as text, unsafe links lose their target, pictures show as their description. Until the
 * parser arrives the text shows as it was typed.
 */
export function MarkdownText({ text, testId }: { text: string; testId?: string }) {
  const plain = (
    <div className="cx-markdown cx-markdown-plain" data-testid={testId}>
      {text}
    </div>
  );
  // Most short texts (a phase's description, a visit's findings) use no Markdown at all: they need no parser.
  if (!usesMarkdown(text)) return plain;
  return (
    <Suspense fallback={plain}>
      <MarkdownRender text={text} testId={testId} />
    </Suspense>
  );
}

// Characters that can change how CommonMark renders a text: emphasis, code, escapes, links, HTML and entities
// anywhere; headings, quotes, lists, rules and setext underlines at the start of a line; indented code.
const MARKDOWN = /[*_`\\[\]<&~]|^ {0,3}(?:#|>|[-+]\s|\d+[.)]\s|=+\s*$|-{2,}\s*$)|^(?: {4}|\t)/m;

/** Whether the text would render differently as Markdown than as typed (line breaks are kept either way). */
export function usesMarkdown(text: string): boolean {
  return MARKDOWN.test(text);
}
