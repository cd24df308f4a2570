import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { commendationList } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { CommendationList } from '../api/keys';
import { AdjustModal } from './adjust-modal';

const list: CommendationList = commendationList({
  id: 7,
  campaignId: 3,
  status: 'DRAFT',
  entries: [
    {
      branchId: 11,
      branchName: '民进兴县支部',
      rank: 1,
      total: 90,
      gradeCode: 'EXCELLENT',
      gradeName: '优秀',
      eligible: true,
      origin: 'RESULTS',
    },
  ],
  adjustments: [],
  version: 2,
});

describe('AdjustModal', () => {
  it('asks for a reason before taking a branch off, then sends it with the version read', async () => {
    const { fn, requests } = mockFetch(() => json({ ...list, entries: [], version: 3 }));
    const onClose = vi.fn();
    renderWithProviders(<AdjustModal list={list} removing={list.entries[0]} onClose={onClose} />);
    const dialog = screen.getByRole('dialog');
    await userEvent.click(dialog.querySelector('.ant-btn-primary') as HTMLElement);
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(fn).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('理由'), '  年度内组织生活未按计划开展  ');
    await userEvent.click(dialog.querySelector('.ant-btn-primary') as HTMLElement);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/commendation-lists/7/removals');
    expect(await requests[0]!.json()).toEqual({ branchId: 11, reason: '年度内组织生活未按计划开展', version: 2 });
  });

  it('shows a refusal of the server in the dialog and stays open', async () => {
    mockFetch(() => problem(409, { code: 'LIST_APPROVED', detail: 'An approved list cannot be adjusted' }));
    const onClose = vi.fn();
    renderWithProviders(<AdjustModal list={list} removing={list.entries[0]} onClose={onClose} />);
    await userEvent.type(screen.getByLabelText('理由'), '复核');
    await userEvent.click(screen.getByRole('dialog').querySelector('.ant-btn-primary') as HTMLElement);
    expect(await screen.findByText('名单已批准，不能再调整。')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
