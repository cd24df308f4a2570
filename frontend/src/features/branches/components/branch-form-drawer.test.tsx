import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { Branch } from '../api/get-branches';
import { branch, organisationDetail, organisationRef } from '@/testing/fixtures';
import { BranchFormDrawer } from './branch-form-drawer';

const lishi: Branch = branch({ id: 1, code: 'LS', name: '民进离石区总支', kind: 'GENERAL_BRANCH', status: 'ACTIVE', version: 2 });

describe('BranchFormDrawer', () => {
  it('puts a new branch in the organisation given, and shows it chosen', async () => {
    const lishi = organisationRef({ id: 5, name: '民进离石区委员会', level: 'COUNTY' });
    const { requests } = mockFetch(() => json(branch({ id: 9, name: '民进新支部', organisation: lishi }), 201));
    renderWithProviders(<BranchFormDrawer open organisation={lishi} onClose={vi.fn()} />);
    await userEvent.type(await screen.findByLabelText('编码'), 'NEW1');
    await userEvent.type(screen.getByLabelText('名称'), '民进新支部');
    expect(document.querySelector('[title="民进离石区委员会"]')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toMatchObject({ code: 'NEW1', name: '民进新支部', organisationId: 5 });
    // The organisation given is where it goes: the user's own is not asked for.
    expect(requests.filter((r) => new URL(r.url).pathname === '/api/v1/organisations/mine')).toHaveLength(0);
  });

  it('puts a new branch in the user’s own organisation when none is given', async () => {
    const { requests } = mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/organisations/mine' ? json(organisationDetail()) : json(branch({ id: 9 }), 201),
    );
    renderWithProviders(<BranchFormDrawer open onClose={vi.fn()} />);
    await userEvent.type(await screen.findByLabelText('编码'), 'NEW1');
    await userEvent.type(screen.getByLabelText('名称'), '民进新支部');
    // Shown as chosen once read.
    await waitFor(() => expect(document.querySelector('[title="民进吕梁市委员会"]')).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await requests.find((r) => r.method === 'POST')!.json()).toMatchObject({ organisationId: 3 });
  });

  it('shows the server field errors on their fields', async () => {
    mockFetch(() =>
      problem(400, {
        code: 'VALIDATION_FAILED',
        fieldErrors: [{ field: 'name', code: 'SIZE', message: 'size must be between 0 and 100', reason: 'TOO_LONG', params: { max: 100 } }],
      }),
    );
    renderWithProviders(<BranchFormDrawer open onClose={vi.fn()} />);
    await userEvent.type(await screen.findByLabelText('编码'), 'NEW1');
    await userEvent.type(screen.getByLabelText('名称'), '民进新支部');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('不能超过 100 个字符')).toBeInTheDocument();
  });

  it('edits the branch as read on its own, not the masked contacts of the list', async () => {
    const listed = { ...lishi, contactPhone: '138****5678', contactEmail: 'l***@example.org' };
    const { requests } = mockFetch(async (request) => {
      if (request.method === 'GET') return json({ ...lishi, contactPhone: '13812345678', contactEmail: 'lishi@example.org' });
      return json({ ...lishi, version: 3 });
    });
    const onClose = vi.fn();
    renderWithProviders(<BranchFormDrawer open branch={listed} onClose={onClose} />);
    expect(await screen.findByLabelText('联系电话')).toHaveValue('13812345678');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await requests.find((r) => r.method === 'PUT')!.json()).toMatchObject({
      contactPhone: '13812345678',
      contactEmail: 'lishi@example.org',
      version: 2,
    });
  });

  it('on a stale version says someone else changed it, reloads, and saves with the new version', async () => {
    let reads = 0;
    const { requests } = mockFetch(async (request) => {
      // read when the form opens, then again on reload after someone else's change
      if (request.method === 'GET') return json(reads++ === 0 ? lishi : { ...lishi, chairName: '王建华', version: 3 });
      const body = (await request.clone().json()) as { version: number };
      return body.version === 3 ? json({ ...lishi, version: 4 }) : problem(409, { code: 'STALE_VERSION' });
    });
    const onClose = vi.fn();
    renderWithProviders(<BranchFormDrawer open branch={lishi} onClose={onClose} />);
    await userEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('该记录已被他人修改。请重新加载后再操作。')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /重新加载/ }));
    await waitFor(() => expect(screen.getByLabelText('负责人')).toHaveValue('王建华'));
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(await Promise.all(puts.map(async (r) => ((await r.json()) as { version: number }).version))).toEqual([2, 3]);
  });
});
