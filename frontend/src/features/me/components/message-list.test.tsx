import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { Notification } from '../api/get-my-notifications';
import { MessageList } from './message-list';
import { messageHref } from './message-rules';

const returned: Notification = {
  id: 41,
  kind: 'DELIVERABLE_RETURNED',
  campaignId: 2,
  subjectId: 17,
  params: { title: '实施方案', reason: '缺少时间安排', items: '2' },
  createdAt: '2026-12-01T08:30:00Z',
  readAt: null,
};
const accepted: Notification = {
  id: 40,
  kind: 'DELIVERABLE_ACCEPTED',
  campaignId: 2,
  subjectId: 16,
  params: { title: '学习记录' },
  createdAt: '2026-11-30T08:30:00Z',
  readAt: '2026-11-30T09:00:00Z',
};

function page(items: Notification[], unread: number) {
  return { items, page: 1, size: 20, total: items.length, unread };
}

function renderList() {
  return renderWithProviders(
    <Routes>
      <Route path="/messages" element={<MessageList />} />
      <Route path="/campaigns/:campaignId/deliverables/:id" element={<p>材料页</p>} />
    </Routes>,
    { route: '/messages' },
  );
}

describe('the message centre', () => {
  it('words each message from its kind and params, and a tap reads it and opens what it is about', async () => {
    const { requests } = mockFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/41/read')) return json({ ...returned, readAt: '2026-12-01T09:00:00Z' });
      return json(page([returned, accepted], 1));
    });
    renderList();
    const first = await screen.findByText('材料“实施方案”被退回修改：缺少时间安排（待改 2 项）');
    expect(screen.getByText('材料“学习记录”已通过审核')).toBeInTheDocument();
    expect(screen.getAllByTestId('message')[0]).toHaveAttribute('data-unread', 'true');
    expect(screen.getAllByTestId('message')[1]).not.toHaveAttribute('data-unread');
    await userEvent.click(first);
    expect(await screen.findByText('材料页')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/me/notifications/41/read')).toBe(true);
  });

  it('words a reminder before a deadline with the day in words', async () => {
    const reminder: Notification = {
      id: 42,
      kind: 'DEADLINE_REMINDER',
      campaignId: 2,
      subjectId: 5,
      params: { campaign: '争创活动', phase: '宣传动员', deadline: '2026-12-10', daysLeft: '3', owed: '1' },
      createdAt: '2026-12-07T01:30:00Z',
      readAt: null,
    };
    mockFetch(() => json(page([reminder], 1)));
    renderList();
    expect(
      await screen.findByText('提醒：“争创活动”“宣传动员”阶段将于 2026年12月10日 截止（还有 3 天），本支部尚有 1 项必交材料未提交'),
    ).toBeInTheDocument();
  });

  it('marks all read at once, and shows only unread ones when asked', async () => {
    let unread = 1;
    const { requests } = mockFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/read-all')) {
        unread = 0;
        return json({ marked: 1 });
      }
      if (url.searchParams.get('unread') === 'true') return json(page(unread ? [returned] : [], unread));
      return json(page([unread ? returned : { ...returned, readAt: '2026-12-01T09:00:00Z' }, accepted], unread));
    });
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: '全部标为已读' }));
    expect(await screen.findByText('已将 1 条消息标为已读')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '全部标为已读' })).toBeDisabled());
    await userEvent.click(screen.getByRole('switch', { name: '只看未读' }));
    expect(await screen.findByText('没有未读消息')).toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).searchParams.get('unread') === 'true')).toBe(true);
  });

  it('says when there are none, and when they cannot be read', async () => {
    mockFetch(() => json(page([], 0)));
    const { unmount } = renderList();
    expect(await screen.findByText('暂无消息')).toBeInTheDocument();
    unmount();
    mockFetch(() => json({ status: 503, code: 'SERVICE_UNAVAILABLE' }, 503, 'application/problem+json'));
    renderList();
    expect(await screen.findByText('消息暂时无法读取')).toBeInTheDocument();
  });

  it('leads each kind to where its news is read', () => {
    expect(messageHref(returned)).toBe('/campaigns/2/deliverables/17');
    expect(messageHref({ kind: 'ASSIGNMENT_MADE', campaignId: 2, subjectId: null })).toBe('/scoring');
    expect(messageHref({ kind: 'RESULTS_PUBLISHED', campaignId: 2, subjectId: null })).toBe('/results');
    expect(messageHref({ kind: 'DEADLINE_EXTENDED', campaignId: 2, subjectId: 5 })).toBe('/materials');
    expect(messageHref({ kind: 'DEADLINE_REMINDER', campaignId: 2, subjectId: 5 })).toBe('/materials');
    expect(messageHref({ kind: 'DEADLINE_OVERDUE', campaignId: 2, subjectId: 5 })).toBe('/materials');
    expect(messageHref({ kind: 'PHASE_OPENED', campaignId: 2, subjectId: 5 })).toBe('/materials');
    expect(messageHref({ kind: 'OVERDUE_DIGEST', campaignId: 2, subjectId: null })).toBe('/progress?campaign=2');
    expect(messageHref({ kind: 'FEEDBACK_RELEASED', campaignId: 2, subjectId: 9 })).toBe('/feedback/9');
  });
});
