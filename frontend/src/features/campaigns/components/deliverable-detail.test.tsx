import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as download from '@/lib/download';
import { deliverable as aDeliverable } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { DeliverableDetail } from './deliverable-detail';

const BASE = '/api/v1/campaigns/2/deliverables/7/attachments';
const deliverable = {
  ...aDeliverable(),
  id: 7,
  campaignId: 2,
  typeId: 10,
  title: '孝义市基层委员会实施方案',
  status: 'ACCEPTED',
  version: 3,
  fields: { content: '## 工作安排\n\n- **九月**：学习动员\n- 十月：开展活动' },
  body: '会后**合影**留念。',
  attachments: [
    { id: 41, fileName: '实施方案.pdf', contentType: 'application/pdf', sizeBytes: 204800 },
    { id: 42, fileName: '会议照片.jpg', contentType: 'image/jpeg', sizeBytes: 2.5 * 1024 * 1024 },
    { id: 43, fileName: '签到表.heic', contentType: 'image/heic', sizeBytes: 512 },
  ],
};
const types = {
  page: 1,
  size: 100,
  total: 1,
  items: [{ id: 10, name: '实施方案', fields: [{ key: 'content', label: '方案内容', type: 'TEXTAREA' }] }],
};

const picture = (bytes: number[]) => new Response(new Uint8Array(bytes), { status: 200, headers: { 'Content-Type': 'image/jpeg' } });

/** Object URLs as the browser hands them out; jsdom has none. */
function objectUrls() {
  let n = 0;
  const created = vi.fn((blob: Blob) => `blob:test/${++n}-${blob.size}`);
  const revoked = vi.fn();
  URL.createObjectURL = created;
  URL.revokeObjectURL = revoked;
  return { created, revoked };
}

/** An IntersectionObserver the test moves into view by hand. */
function viewport() {
  const observers: { callback: IntersectionObserverCallback; elements: Element[] }[] = [];
  class FakeObserver {
    private entry: { callback: IntersectionObserverCallback; elements: Element[] };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, elements: [] };
      observers.push(this.entry);
    }
    observe(element: Element) {
      this.entry.elements.push(element);
    }
    disconnect() {
      this.entry.elements = [];
    }
    unobserve() {}
    takeRecords() {
      return [];
    }
  }
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  return {
    scrollIntoView() {
      for (const o of observers) {
        if (o.elements.length === 0) continue;
        const entries = o.elements.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry);
        o.callback(entries, o as unknown as IntersectionObserver);
      }
    },
  };
}

function serve(thumbnail: (request: Request) => Response = () => picture([1, 2, 3])) {
  return mockFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/download-links') return json({ url: `${BASE}/42?download=t` }, 201);
    if (path.endsWith('/deliverable-types')) return json(types);
    if (path.endsWith('/thumbnail')) return thumbnail(request);
    if (path === `${BASE}/42`) return picture([1, 2, 3, 4, 5, 6, 7, 8]);
    return json(deliverable);
  });
}

const paths = (requests: Request[]) => requests.map((r) => new URL(r.url).pathname);

describe('DeliverableDetail', () => {
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, observer: globalThis.IntersectionObserver };
  afterEach(() => {
    vi.restoreAllMocks();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    globalThis.IntersectionObserver = original.observer;
  });

  it('lists documents as rows that download through a short-lived link, never a blob', async () => {
    objectUrls();
    const follow = vi.spyOn(download, 'followDownload').mockImplementation(() => undefined);
    const { requests } = serve();
    renderWithProviders(<DeliverableDetail campaignId={2} id={7} canEdit={false} canReview={false} />);
    const list = await screen.findByTestId('attachments');
    // a HEIC picture cannot be shown by most browsers nor shrunk by the server: it is a file like the others
    expect(
      within(list)
        .getAllByTestId('file')
        .map((li) => li.textContent),
    ).toEqual(['下载“实施方案.pdf”（200 KB）', '下载“签到表.heic”（1 KB）']);
    expect(within(list).getAllByTestId('photo')).toHaveLength(1);
    await userEvent.click(within(list).getByRole('button', { name: '下载“会议照片.jpg”' }));
    await vi.waitFor(() => expect(follow).toHaveBeenCalledWith(`${window.location.origin}${BASE}/42?download=t`));
    const asked = requests.find((r) => new URL(r.url).pathname === '/api/v1/download-links');
    expect(await asked!.json()).toEqual({ path: `${BASE}/42` });
    expect(within(list).getByTestId('photo')).toHaveTextContent('2.5 MB');
  });

  it('fetches a photo’s thumbnail through the API client once it scrolls into view, and lets its object URL go on unmount', async () => {
    const { created, revoked } = objectUrls();
    const screenView = viewport();
    const { requests } = serve();
    const { unmount } = renderWithProviders(<DeliverableDetail campaignId={2} id={7} canEdit={false} canReview={false} />);
    const photo = await screen.findByTestId('photo');
    expect(photo).toHaveAttribute('data-state', 'idle');
    expect(photo.querySelector('.ant-skeleton')).not.toBeNull();
    expect(paths(requests).filter((p) => p.endsWith('/thumbnail'))).toEqual([]);

    act(() => screenView.scrollIntoView());
    await waitFor(() => expect(photo).toHaveAttribute('data-state', 'ready'));
    const thumbnailRequest = requests.find((r) => r.url.endsWith('/thumbnail'))!;
    expect(new URL(thumbnailRequest.url).pathname).toBe(`${BASE}/42/thumbnail`);
    expect(within(photo).getByRole('img', { name: '会议照片.jpg' })).toHaveAttribute('src', 'blob:test/1-3');
    // the full picture is not fetched until someone opens it
    expect(paths(requests)).not.toContain(`${BASE}/42`);
    expect(created).toHaveBeenCalledTimes(1);

    unmount();
    expect(revoked).toHaveBeenCalledWith('blob:test/1-3');
  });

  it('opens the full picture on tap, fetched only then', async () => {
    const { revoked } = objectUrls();
    const { requests } = serve();
    const { unmount } = renderWithProviders(<DeliverableDetail campaignId={2} id={7} canEdit={false} canReview={false} />);
    const open = await screen.findByRole('button', { name: '查看大图：会议照片.jpg' });
    expect(paths(requests)).not.toContain(`${BASE}/42`);
    await userEvent.click(open);
    await waitFor(() => expect(paths(requests)).toContain(`${BASE}/42`));
    await waitFor(() =>
      expect(document.querySelector('.ant-image-preview img')).toHaveAttribute('src', expect.stringMatching(/^blob:test\/\d-8$/)),
    );
    const full = document.querySelector('.ant-image-preview img')!.getAttribute('src');
    unmount();
    expect(revoked).toHaveBeenCalledWith(full);
  });

  it('shows why a photo has no thumbnail, and offers another try after a failed load', async () => {
    objectUrls();
    let calls = 0;
    serve(() => (++calls === 1 ? problem(503, { code: 'SERVICE_UNAVAILABLE' }) : picture([9])));
    renderWithProviders(<DeliverableDetail campaignId={2} id={7} canEdit={false} canReview={false} />);
    const photo = await screen.findByTestId('photo');
    await waitFor(() => expect(photo).toHaveAttribute('data-state', 'failed'));
    await userEvent.click(within(photo).getByRole('button', { name: /重\s*试/ }));
    await waitFor(() => expect(photo).toHaveAttribute('data-state', 'ready'));
    expect(calls).toBe(2);
  });

  it('says a picture the server cannot shrink has no preview, without a retry', async () => {
    objectUrls();
    serve(() => problem(404, { code: 'NO_THUMBNAIL' }));
    renderWithProviders(<DeliverableDetail campaignId={2} id={7} canEdit={false} canReview={false} />);
    const photo = await screen.findByTestId('photo');
    await waitFor(() => expect(photo).toHaveAttribute('data-state', 'failed'));
    expect(photo).toHaveTextContent('无法预览，请下载查看');
    expect(within(photo).queryByRole('button', { name: /重\s*试/ })).toBeNull();
    expect(within(photo).getByRole('button', { name: '下载“会议照片.jpg”' })).toBeInTheDocument();
  });

  it('shows thumbnails under the form while the branch edits', async () => {
    objectUrls();
    mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/deliverable-types')) return json(types);
      if (path.endsWith('/thumbnail')) return picture([1, 2]);
      return json({ ...deliverable, status: 'DRAFT' });
    });
    renderWithProviders(<DeliverableDetail campaignId={2} id={7} canEdit canReview={false} />);
    expect(await screen.findByLabelText('方案内容')).toBeInTheDocument();
    const photo = await screen.findByTestId('photo');
    await waitFor(() => expect(photo).toHaveAttribute('data-state', 'ready'));
    expect(within(photo).getByRole('img', { name: '会议照片.jpg' })).toHaveAttribute('src', expect.stringMatching(/^blob:/));
  });

  it('renders what the branch wrote with Markdown', async () => {
    objectUrls();
    serve();
    renderWithProviders(<DeliverableDetail campaignId={2} id={7} canEdit={false} canReview={false} />);
    expect(await screen.findByRole('heading', { name: '工作安排' })).toBeInTheDocument();
    expect(screen.getByText('九月').tagName).toBe('STRONG');
    const body = screen.getByTestId('deliverable-body');
    await waitFor(() => expect(body.querySelector('strong')).toHaveTextContent('合影'));
    expect(body).not.toHaveTextContent('**');
  });
});
