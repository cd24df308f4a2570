import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/lib/problem';
import { Tile, tileState } from './dashboard-tile';

describe('tileState', () => {
  it('tells loading, failed, empty and ready apart; a failure wins over stale data', () => {
    const empty = () => true;
    const full = () => false;
    expect(tileState({ isPending: true, isError: false }, full)).toBe('loading');
    expect(tileState({ isPending: false, isError: true }, full)).toBe('error');
    expect(tileState({ isPending: true, isError: true }, full)).toBe('error');
    expect(tileState({ isPending: false, isError: false }, empty)).toBe('empty');
    expect(tileState({ isPending: false, isError: false }, full)).toBe('ready');
  });
});

describe('Tile', () => {
  const props = { title: '评分进度', errorTitle: '评分信息加载失败', emptyText: '还没有分配评分任务' };

  it('draws its content only when ready', () => {
    const content = vi.fn(() => <p>已提交 4 / 14</p>);
    const { rerender } = render(
      <Tile {...props} state="loading">
        {content}
      </Tile>,
    );
    expect(screen.getByRole('region', { name: '评分进度' })).toHaveAttribute('aria-busy', 'true');
    expect(content).not.toHaveBeenCalled();
    rerender(
      <Tile {...props} state="ready">
        {content}
      </Tile>,
    );
    expect(screen.getByText('已提交 4 / 14')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '评分进度' })).toBeInTheDocument();
  });

  it('says why it failed and offers a retry', async () => {
    const onRetry = vi.fn();
    render(<Tile {...props} state="error" error={new ApiError(500, { status: 500 })} onRetry={onRetry} />);
    expect(screen.getByText('评分信息加载失败')).toBeInTheDocument();
    expect(screen.getByText('服务器出错，请稍后重试。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows the empty text and where to look instead', () => {
    render(<Tile {...props} state="empty" emptyExtra={<a href="/ranking">查看已公布的考核排名</a>} />);
    expect(screen.getByText('还没有分配评分任务')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看已公布的考核排名' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /重\s*试/ })).not.toBeInTheDocument();
  });
});
