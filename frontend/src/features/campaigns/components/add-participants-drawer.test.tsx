import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { AddParticipantsDrawer } from './add-participants-drawer';

const branches = [
  { id: 1, code: 'LS', name: '民进离石区总支', status: 'ACTIVE' },
  { id: 2, code: 'XY', name: '民进孝义市基层委员会', status: 'ACTIVE' },
  { id: 3, code: 'WS', name: '民进文水县支部', status: 'ACTIVE' },
];

describe('AddParticipantsDrawer', () => {
  it('adds the picked branches one by one and keeps the refused one with its reason', async () => {
    const { requests } = mockFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/branches') {
        const q = url.searchParams.get('q') ?? '';
        const items = branches.filter((b) => b.name.includes(q) || b.code.includes(q));
        return json({ items, page: 1, size: 50, total: items.length });
      }
      if (request.method === 'GET') return json({ items: [{ branchId: 1, branchName: '民进离石区总支' }], page: 1, size: 100, total: 1 });
      const { branchId } = (await request.clone().json()) as { branchId: number };
      return branchId === 3 ? problem(409, { code: 'BRANCH_ARCHIVED', detail: 'archived' }) : json({ campaignId: 9, branchId }, 201);
    });
    const onClose = vi.fn();
    renderWithProviders(<AddParticipantsDrawer campaignId={9} onClose={onClose} />);

    const picker = await screen.findByLabelText('基层组织');
    await userEvent.click(picker);
    // A branch already taking part cannot be picked again.
    expect(await screen.findByTitle('民进离石区总支（LS） · 已参加')).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(screen.getByTitle('民进孝义市基层委员会（XY）'));
    await userEvent.type(picker, '文水');
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get('q') === '文水')).toBe(true));
    await userEvent.click(await screen.findByTitle('民进文水县支部（WS）'));
    await userEvent.click(screen.getByRole('button', { name: /添\s*加/ }));

    const refusal = await screen.findByText('以下组织未能添加：民进文水县支部（WS）：该组织已归档。');
    expect(refusal.closest('[role=alert]')).not.toBeNull();
    expect(await screen.findByText('已添加 1 个组织')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(await Promise.all(posts.map(async (r) => ((await r.json()) as { branchId: number }).branchId))).toEqual([2, 3]);
    // Only the refused branch is still picked, ready for another try.
    const picked = [...document.querySelectorAll('.ant-select-selection-item')].map((e) => e.getAttribute('title'));
    expect(picked).toEqual(['民进文水县支部（WS）']);
  });
});
