import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { organisation, organisationDetail, organisationRef } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { OrganisationFormModal } from './organisation-form-modal';

const shanxi = organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' });
const lvliang = organisation({ id: 3, parentId: 2, level: 'CITY', name: '民进吕梁市委员会', code: 'SX-LL', version: 2 });

describe('OrganisationFormModal', () => {
  it('puts a code another organisation has on the code field', async () => {
    mockFetch(() => problem(409, { code: 'ORGANISATION_CODE_TAKEN', detail: 'Another organisation already has the code SX-LL' }));
    renderWithProviders(<OrganisationFormModal parent={shanxi} onClose={vi.fn()} />);
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('名称'), '民进吕梁市委员会');
    await userEvent.type(within(dialog).getByLabelText('编码'), 'SX-LL');
    await userEvent.click(within(dialog).getByRole('button', { name: /新\s*建/ }));
    expect(await screen.findByText('已有组织使用该编码')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('编码')).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the code before sending it', async () => {
    const { requests } = mockFetch(() => json({}));
    renderWithProviders(<OrganisationFormModal parent={shanxi} onClose={vi.fn()} />);
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('名称'), '民进吕梁市委员会');
    await userEvent.type(within(dialog).getByLabelText('编码'), '吕梁');
    await userEvent.click(within(dialog).getByRole('button', { name: /新\s*建/ }));
    expect(await screen.findByText('编码只能包含字母、数字、下划线和短横线')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('on a stale version says someone else changed it, reloads, and saves with the new version', async () => {
    const { requests } = mockFetch(async (request) => {
      if (request.method === 'GET')
        return json(organisationDetail({ organisation: { ...lvliang, name: '民进吕梁市委会', version: 3 }, trail: [shanxi] }));
      const body = (await request.clone().json()) as { version: number };
      return body.version === 3
        ? json(organisationDetail({ organisation: { ...lvliang, version: 4 }, trail: [shanxi] }))
        : problem(409, { code: 'STALE_VERSION' });
    });
    const onClose = vi.fn();
    renderWithProviders(<OrganisationFormModal parent={shanxi} organisation={lvliang} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: '编辑组织' });
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('该组织已被他人修改。请重新加载后再操作。')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /重新加载/ }));
    await waitFor(() => expect(within(dialog).getByLabelText('名称')).toHaveValue('民进吕梁市委会'));
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(new URL(puts[0]!.url).pathname).toBe('/api/v1/organisations/3');
    expect(await Promise.all(puts.map(async (r) => ((await r.json()) as { version: number }).version))).toEqual([2, 3]);
  });
});
