import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { MarkdownText } from './markdown-text';

async function renderMarkdown(text: string) {
  const view = renderWithProviders(<MarkdownText text={text} testId="md" />);
  // The parser is loaded on demand: until then the text shows as typed.
  await waitFor(() => expect(screen.getByTestId('md')).not.toHaveClass('cx-markdown-plain'));
  return { ...view, root: screen.getByTestId('md') };
}

describe('MarkdownText', () => {
  it('renders headings, lists, bold and line breaks as typed', async () => {
    const { root } = await renderMarkdown('# 一、活动概况\n\n第一行\n第二行\n\n- 学习**《意见》**\n- 交流发言\n\n1. 签到\n2. 合影');
    // headings sit below the page's own h1 and h2
    expect(screen.getByRole('heading', { level: 3, name: '一、活动概况' })).toBeInTheDocument();
    const lists = screen.getAllByRole('list');
    expect(lists.map((l) => l.tagName)).toEqual(['UL', 'OL']);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['学习《意见》', '交流发言', '签到', '合影']);
    expect(root.querySelector('strong')?.textContent).toBe('《意见》');
    expect(root.querySelector('p')?.textContent).toBe('第一行\n第二行');
    expect(root.textContent).not.toContain('**');
    expect(root.textContent).not.toContain('# ');
  });

  it('shows raw HTML as text and never as elements', async () => {
    const { root } = await renderMarkdown('会议<script>window.hacked = 1</script>记录\n\n<img src="x" onerror="window.hacked = 2">');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(root.textContent).toContain('<script>window.hacked = 1</script>');
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('neutralises javascript: links and opens the others without telling the site where from', async () => {
    const { root } = await renderMarkdown(
      '[点我](javascript:alert(1)) 和 [民进官网](https://www.mj.org.cn/) 与 [同页](JaVaScRiPt:alert(2))',
    );
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.mj.org.cn/']);
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(root.textContent).toContain('点我');
    expect(root.innerHTML.toLowerCase()).not.toContain('javascript:');
  });

  it('does not load pictures: their description shows instead', async () => {
    const { root } = await renderMarkdown('![会场照片](https://tracker.example/pixel.gif) ![](https://tracker.example/b.gif)');
    expect(root.querySelector('img')).toBeNull();
    expect(root.innerHTML).not.toContain('tracker.example');
    expect(root.textContent).toContain('〔会场照片，未显示〕');
    expect(root.textContent).toContain('〔图片，未显示〕');
  });
});
