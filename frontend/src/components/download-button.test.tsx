import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as download from '@/lib/download';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { DownloadButton } from './download-button';

const LINK = '/api/v1/exports/branches.xlsx?download=abc.def.ghi';

describe('DownloadButton', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks the API for a link to the file and sends the browser there', async () => {
    const follow = vi.spyOn(download, 'followDownload').mockImplementation(() => undefined);
    const { requests } = mockFetch(() => json({ url: LINK, expiresAt: '2026-01-01T00:00:00Z' }, 201));
    renderWithProviders(<DownloadButton path="/api/v1/exports/branches.xlsx">导出 Excel</DownloadButton>);
    await userEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await vi.waitFor(() => expect(follow).toHaveBeenCalledWith(`${window.location.origin}${LINK}`));
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/download-links');
    expect(await requests[0]!.json()).toEqual({ path: '/api/v1/exports/branches.xlsx' });
  });

  it('inside WeChat shows the link and how to open it in the browser instead of navigating', async () => {
    const follow = vi.spyOn(download, 'followDownload').mockImplementation(() => undefined);
    vi.spyOn(download, 'isWeChat').mockReturnValue(true);
    mockFetch(() => json({ url: LINK }, 201));
    renderWithProviders(<DownloadButton path="/api/v1/exports/branches.xlsx" />);
    await userEvent.click(screen.getByRole('button', { name: /下载/ }));
    expect(await screen.findByText(/在浏览器打开/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '在此尝试下载' })).toHaveAttribute('href', `${window.location.origin}${LINK}`);
    expect(follow).not.toHaveBeenCalled();
  });

  it('shows the problem when the API refuses', async () => {
    const follow = vi.spyOn(download, 'followDownload').mockImplementation(() => undefined);
    mockFetch(() => problem(400, { title: 'Bad request', detail: 'path: is not a file of this API' }));
    renderWithProviders(<DownloadButton path="/api/v1/accounts" />);
    await userEvent.click(screen.getByRole('button', { name: /下载/ }));
    expect(await screen.findByText('请求有误，请检查填写的内容。')).toBeInTheDocument();
    expect(screen.queryByText(/is not a file of this API/)).not.toBeInTheDocument();
    expect(follow).not.toHaveBeenCalled();
  });
});

describe('isWeChat', () => {
  it('recognises the WeChat in-app browser by its user agent', () => {
    expect(
      download.isWeChat('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47'),
    ).toBe(true);
    expect(download.isWeChat('Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36')).toBe(false);
  });
});
