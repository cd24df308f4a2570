import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { ShortlistForm } from './shortlist-form';

const grades = {
  campaignId: 3,
  grades: [
    { code: 'PASS', name: '合格', minTotal: 60 },
    { code: 'EXCELLENT', name: '优秀', minTotal: 90 },
  ],
  version: 1,
};

describe('ShortlistForm', () => {
  it('draws the top N with the number given', async () => {
    const { requests } = mockFetch((request) =>
      request.url.includes('grade-thresholds') ? json(grades) : json({ id: 4, campaignId: 3, status: 'DRAFT', entries: [{}, {}] }, 201),
    );
    const onCreated = vi.fn();
    renderWithProviders(<ShortlistForm campaignId={3} onCreated={onCreated} />);
    await userEvent.click(screen.getByText('按排名前 N 名'));
    const places = screen.getByLabelText('名额');
    await userEvent.clear(places);
    await userEvent.type(places, '6');
    await userEvent.click(screen.getByRole('button', { name: '生成初步名单' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 4 })));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/campaigns/3/commendation-lists');
    expect(await post.json()).toEqual({ basis: 'TOP_N', topN: 6 });
    expect(await screen.findByText('已生成初步名单，共 2 个基层组织')).toBeInTheDocument();
  });

  it('needs a grade to draw by grade, offering the grades best first', async () => {
    const { requests } = mockFetch(() => json(grades));
    renderWithProviders(<ShortlistForm campaignId={3} onCreated={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '生成初步名单' }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    await userEvent.click(screen.getByLabelText('最低等次'));
    await screen.findByTitle('优秀（≥ 90）');
    const options = [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);
    expect(options).toEqual(['优秀（≥ 90）', '合格（≥ 60）']);
  });
});
