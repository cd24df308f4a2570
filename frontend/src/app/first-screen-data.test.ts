import { createQueryClient } from '@/lib/query-client';
import { getCampaignQueryOptions } from '@/features/campaigns/api/get-campaign';
import { getDeliverableQueryOptions } from '@/features/campaigns/api/get-deliverable';
import { getOrganisationQueryOptions } from '@/features/organisations/api/get-organisation';
import { organisation, organisationDetail } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/render';
import { firstScreenData } from './first-screen-data';

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a page's first reads, started with its code", () => {
  it('puts the campaign where the campaign page reads it', async () => {
    const { requests } = mockFetch(() => json({ id: 3, title: '争创先进基层组织活动', year: 2026, status: 'ACTIVE', version: 1 }));
    const queryClient = createQueryClient();
    firstScreenData.campaign(queryClient, { id: '3' });
    await vi.waitFor(() => expect(queryClient.getQueryData(getCampaignQueryOptions(3).queryKey)).toMatchObject({ id: 3 }));
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/campaigns/3']);
  });

  it('asks for a deliverable and its campaign’s types at once', async () => {
    const { requests } = mockFetch((request) =>
      new URL(request.url).pathname.endsWith('/deliverable-types')
        ? json({ items: [], page: 1, size: 100, total: 0 })
        : json({ id: 5, campaignId: 3, title: '实施方案', status: 'DRAFT', version: 0 }),
    );
    const queryClient = createQueryClient();
    firstScreenData.deliverable(queryClient, { campaignId: '3', id: '5' });
    await vi.waitFor(() => expect(queryClient.getQueryData(getDeliverableQueryOptions(3, 5).queryKey)).toMatchObject({ id: 5 }));
    expect(requests.map((r) => new URL(r.url).pathname).sort()).toEqual([
      '/api/v1/campaigns/3/deliverable-types',
      '/api/v1/campaigns/3/deliverables/5',
    ]);
  });

  it('puts an organisation where the organisation page reads it', async () => {
    const { requests } = mockFetch(() => json(organisationDetail({ organisation: organisation({ id: 7 }) })));
    const queryClient = createQueryClient();
    firstScreenData.organisation(queryClient, { id: '7' });
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(getOrganisationQueryOptions(7).queryKey)).toMatchObject({ organisation: { id: 7 } }),
    );
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/organisations/7']);
  });

  it('asks nothing for an address that names no record', async () => {
    const { requests } = mockFetch(() => json({}));
    const queryClient = createQueryClient();
    firstScreenData.campaign(queryClient, { id: 'new' });
    firstScreenData.deliverable(queryClient, { campaignId: '3', id: '-1' });
    firstScreenData.branch(queryClient, {});
    firstScreenData.organisation(queryClient, { id: 'mine' });
    await settled();
    expect(requests).toHaveLength(0);
  });
});
