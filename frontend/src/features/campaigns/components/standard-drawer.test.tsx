import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { standard } from '@/testing/fixtures';
import { mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { Standard } from '../api/get-standards';
import { StandardDrawer } from './standard-drawer';

const study: Standard = standard({
  id: 7,
  seq: 1,
  code: 'STUDY',
  name: '重视学习',
  maxPoints: 25,
  version: 3,
  indicators: [
    { id: 1, seq: 1, code: 'STUDY_1', name: '组织会员学习', description: null, maxPoints: 15 },
    { id: 2, seq: 2, code: 'STUDY_2', name: '形势任务清楚', description: null, maxPoints: 10 },
  ],
});

describe('StandardDrawer', () => {
  it('shows the running sum of the indicators against the maximum', async () => {
    mockFetch(() => problem(500, {}));
    renderWithProviders(<StandardDrawer campaignId={2} standard={study} onClose={vi.fn()} />);
    expect(await screen.findByText('细则分值合计 25 分，满分 25 分')).toBeInTheDocument();
    const points = screen.getAllByLabelText('分值');
    await userEvent.clear(points[1]!);
    await userEvent.type(points[1]!, '5');
    expect(await screen.findByText('细则分值合计 20 分，满分 25 分')).toBeInTheDocument();
  });

  it('says clearly that scoring has started when the server refuses with 409', async () => {
    const { requests } = mockFetch(() => problem(409, { code: 'SCORING_STARTED', detail: 'Scoring of campaign 2 has started' }));
    const onClose = vi.fn();
    renderWithProviders(<StandardDrawer campaignId={2} standard={study} onClose={onClose} />);
    await userEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('考核评分已经开始，考核标准和等次不能再修改。');
    expect(onClose).not.toHaveBeenCalled();
    const body = (await requests[0]!.json()) as { version: number; indicators: unknown[] };
    expect(body.version).toBe(3);
    expect(body.indicators).toHaveLength(2);
  });
});
