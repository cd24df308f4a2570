import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { CampaignRequest } from '../api/create-campaign';
import { CreateCampaignDrawer } from './create-campaign-drawer';

describe('CreateCampaignDrawer', () => {
  it('asks for a title before sending anything', async () => {
    const { requests } = mockFetch(() => json({}));
    renderWithProviders(<CreateCampaignDrawer onClose={vi.fn()} onCreated={vi.fn()} />);
    await userEvent.click(await screen.findByRole('button', { name: /新\s*建/ }));
    await waitFor(() => expect(screen.getByLabelText('活动名称')).toHaveAccessibleDescription('必填'));
    expect(requests).toHaveLength(0);
  });

  it('creates a draft with the texts and scoring rule, then hands it over', async () => {
    const { requests } = mockFetch(async (request) =>
      json({ ...(await request.clone().json()), id: 31, status: 'DRAFT', version: 0 }, 201),
    );
    const onCreated = vi.fn();
    renderWithProviders(<CreateCampaignDrawer onClose={vi.fn()} onCreated={onCreated} />);
    await userEvent.type(await screen.findByLabelText('活动名称'), '  争创先进基层组织（2031）  ');
    const year = screen.getByLabelText('年度');
    await userEvent.clear(year);
    await userEvent.type(year, '2031');
    await userEvent.type(screen.getByLabelText('目标要求'), '加强学习，提高认识');
    await userEvent.click(screen.getByLabelText('评分汇总方式'));
    await userEvent.click(await screen.findByTitle('中位数'));
    await userEvent.click(screen.getByRole('button', { name: /新\s*建/ }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 31 })));
    const post = requests[0]!;
    expect(new URL(post.url).pathname).toBe('/api/v1/campaigns');
    const body = (await post.json()) as CampaignRequest;
    expect(body).toEqual({
      title: '争创先进基层组织（2031）',
      year: 2031,
      goals: '加强学习，提高认识',
      aggregationMethod: 'MEDIAN',
      disagreementThreshold: 10,
    });
  });

  it('shows the server’s field errors on their fields and stays open', async () => {
    mockFetch(() =>
      problem(400, {
        code: 'VALIDATION_FAILED',
        fieldErrors: [
          { field: 'year', code: 'OUT_OF_RANGE', message: 'must be less than or equal to 2100', reason: 'AT_MOST', params: { max: 2100 } },
        ],
      }),
    );
    const onCreated = vi.fn();
    renderWithProviders(<CreateCampaignDrawer onClose={vi.fn()} onCreated={onCreated} />);
    await userEvent.type(await screen.findByLabelText('活动名称'), '争创先进');
    await userEvent.click(screen.getByRole('button', { name: /新\s*建/ }));
    await waitFor(() => expect(screen.getByLabelText('年度')).toHaveAccessibleDescription('不能大于 2100'));
    expect(onCreated).not.toHaveBeenCalled();
  });
});
