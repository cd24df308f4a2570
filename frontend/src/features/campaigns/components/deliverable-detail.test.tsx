import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as download from '@/lib/download';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { DeliverableDetail } from './deliverable-detail';

const deliverable = {
  id: 7,
  campaignId: 2,
  typeId: 10,
  title: '孝义市基层委员会实施方案',
  status: 'ACCEPTED',
  version: 3,
  fields: {},
  attachments: [
    { id: 41, fileName: '实施方案.pdf', sizeBytes: 204800 },
    { id: 42, fileName: '会议照片.jpg', sizeBytes: 512 },
  ],
};

describe('DeliverableDetail', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers each attachment as a download through a short-lived link, never a blob', async () => {
    const follow = vi.spyOn(download, 'followDownload').mockImplementation(() => undefined);
    const { requests } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/download-links') return json({ url: '/api/v1/campaigns/2/deliverables/7/attachments/42?download=t' }, 201);
      if (path.endsWith('/deliverable-types')) return json({ page: 1, size: 100, total: 1, items: [{ id: 10, name: '实施方案', fields: [] }] });
      return json(deliverable);
    });
    renderWithProviders(<DeliverableDetail campaignId={2} id={7} canEdit={false} canReview={false} />);
    const list = await screen.findByTestId('attachments');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '下载“实施方案.pdf”（200 KB）',
      '下载“会议照片.jpg”（1 KB）',
    ]);
    await userEvent.click(within(list).getByRole('button', { name: /会议照片\.jpg/ }));
    await vi.waitFor(() =>
      expect(follow).toHaveBeenCalledWith(`${window.location.origin}/api/v1/campaigns/2/deliverables/7/attachments/42?download=t`),
    );
    const asked = requests.find((r) => new URL(r.url).pathname === '/api/v1/download-links');
    expect(await asked!.json()).toEqual({ path: '/api/v1/campaigns/2/deliverables/7/attachments/42' });
  });
});
