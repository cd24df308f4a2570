import { screen } from '@testing-library/react';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { TodoKind } from '../api/get-my-todos';
import { TodoCard } from './todo-card';
import { todoCountAt, todoHref } from './todo-rules';

describe('the to-do card', () => {
  it('lists each line with its campaign and date, linking to where it is done', async () => {
    mockFetch(() =>
      json({
        items: [
          { kind: 'SCORESHEET_DUE', campaignId: 3, campaignTitle: '2026年度争创活动', count: 2, dueOn: '2026-12-20' },
          { kind: 'NOTICE_ENDING', campaignId: 4, campaignTitle: '2025年度争创活动', count: 1, dueOn: '2026-12-05' },
        ],
        total: 3,
      }),
    );
    renderWithProviders(<TodoCard />);
    const sheets = await screen.findByRole('link', { name: /待提交的评分表 2 份/ });
    expect(sheets).toHaveAttribute('href', '/scoring');
    expect(sheets).toHaveTextContent('2026年度争创活动 · 截止 2026-12-20');
    expect(screen.getByRole('link', { name: /即将期满的公示 1 个/ })).toHaveAttribute('href', '/commendation/campaigns/4');
  });

  it('says so when there is nothing to do', async () => {
    mockFetch(() => json({ items: [], total: 0 }));
    renderWithProviders(<TodoCard />);
    expect(await screen.findByText('暂无待办事项')).toBeInTheDocument();
  });

  it('says the list could not be read rather than showing nothing', async () => {
    mockFetch(() => json({ title: 'Service unavailable', status: 503, code: 'UNAVAILABLE' }, 503, 'application/problem+json'));
    renderWithProviders(<TodoCard />);
    expect(await screen.findByText('待办事项暂时无法读取', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('sends each kind to its page', () => {
    expect(todoHref({ kind: 'DELIVERABLE_OVERDUE', campaignId: 1 })).toBe('/materials');
    expect(todoHref({ kind: 'SELF_ASSESSMENT_DUE', campaignId: 1 })).toBe('/self-assessment');
    expect(todoHref({ kind: 'DELIVERABLE_TO_REVIEW', campaignId: 1 })).toBe('/review');
    expect(todoHref({ kind: 'OBJECTION_OPEN', campaignId: 9 })).toBe('/commendation/campaigns/9');
  });

  it('counts, for one page, the things its lines send there (the materials tab)', () => {
    const line = (kind: TodoKind, count: number) => ({ kind, campaignId: 3, count });
    const items = [
      line('DELIVERABLE_OVERDUE', 1),
      line('DELIVERABLE_DUE', 2),
      line('DELIVERABLE_RETURNED', 1),
      line('SELF_ASSESSMENT_DUE', 1),
    ];
    expect(todoCountAt(items, '/materials')).toBe(4);
    expect(todoCountAt(items, '/scoring')).toBe(0);
  });
});
