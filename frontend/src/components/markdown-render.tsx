import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import remarkCjkFriendly from 'remark-cjk-friendly';

// The page has its own h1 and h2: a heading in the text sits below them.
const heading = (Tag: 'h3' | 'h4' | 'h5' | 'h6') =>
  function Heading({ children }: { children?: ReactNode }) {
    return <Tag>{children}</Tag>;
  };

/** A link opens in a new tab and tells the other site nothing; a link whose address was unsafe is plain text. */
function SafeLink({ href, children }: { href?: string; children?: ReactNode }) {
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** Pictures are never loaded (a picture from elsewhere can track who reads): their description shows instead. */
function PictureText({ alt }: { alt?: string }) {
  const { t } = useTranslation();
  return <span className="cx-markdown-picture">{t('common.pictureNotShown', { alt: alt || t('common.picture') })}</span>;
}

// CommonMark leaves `**《意见》**` unformatted (emphasis next to Chinese punctuation); this plugin fixes that.
const PLUGINS = [remarkCjkFriendly];

const components: Components = {
  h1: heading('h3'),
  h2: heading('h4'),
  h3: heading('h5'),
  h4: heading('h6'),
  h5: heading('h6'),
  h6: heading('h6'),
  a: SafeLink,
  img: PictureText,
};

/**
 * Markdown (CommonMark, friendly to Chinese emphasis) without raw HTML (react-markdown shows it as text; no rehype-raw), with the library's URL filter
 * (javascript:, data: and the like become empty). Loaded on demand through MarkdownText.
 */
export default function MarkdownRender({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className="cx-markdown" data-testid={testId}>
      <Markdown components={components} remarkPlugins={PLUGINS}>
        {text}
      </Markdown>
    </div>
  );
}
