import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adoptableCampaign, campaign } from '@/testing/fixtures';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import type { AdoptionRequest } from '../api/adopt-campaign';
import { AdoptCampaignModal } from './adopt-campaign-modal';

const offer = adoptableCampaign({
  id: 21,
  title: '民进山西省委员会贯彻会中央《意见》的实施方案（2026年）',
  documentNumber: '进晋字【2026】17号',
});

async function openModal(onAdopted = vi.fn()) {
  renderWithProviders(<AdoptCampaignModal offer={offer} onClose={vi.fn()} onAdopted={onAdopted} />);
  const dialog = await screen.findByRole('dialog', { name: `为“${offer.title}”制定实施方案` });
  return { dialog, onAdopted };
}

describe('AdoptCampaignModal', () => {
  it('says what the plan starts with, and takes the title of the campaign above to begin with', async () => {
    mockFetch(() => json({}));
    const { dialog } = await openModal();
    expect(dialog).toHaveTextContent('实施方案先为草稿，沿用上级活动的活动步骤、考核标准（承接上级，不能修改）、等次和提交材料类型');
    expect(within(dialog).getByLabelText('方案标题')).toHaveValue(offer.title);
    expect(within(dialog).getByLabelText('文号')).toHaveAttribute('placeholder', '如：进晋字【2009】17号');
  });

  it('asks for the document number before sending anything', async () => {
    const { requests } = mockFetch(() => json({}));
    const { dialog } = await openModal();
    await userEvent.click(within(dialog).getByRole('button', { name: /制定方案/ }));
    await waitFor(() => expect(within(dialog).getByLabelText('文号')).toHaveAccessibleDescription('必填'));
    expect(requests).toHaveLength(0);
  });

  it('adopts the campaign with the title and document number given, then hands the plan over', async () => {
    const plan = campaign({ id: 41, title: '民进太原市委员会实施方案', documentNumber: '太民字【2026】3号' });
    const { requests } = mockFetch(() => json(plan, 201));
    const { dialog, onAdopted } = await openModal();
    const title = within(dialog).getByLabelText('方案标题');
    await userEvent.clear(title);
    await userEvent.type(title, '  民进太原市委员会实施方案 ');
    await userEvent.type(within(dialog).getByLabelText('文号'), ' 太民字【2026】3号');
    await userEvent.click(within(dialog).getByRole('button', { name: /制定方案/ }));

    await waitFor(() => expect(onAdopted).toHaveBeenCalledWith(expect.objectContaining({ id: 41 })));
    expect(await screen.findByText('已制定实施方案')).toBeInTheDocument();
    const post = requests[0]!;
    expect(post.method).toBe('POST');
    expect(new URL(post.url).pathname).toBe('/api/v1/campaigns/21/adoptions');
    expect((await post.json()) as AdoptionRequest).toEqual({ title: '民进太原市委员会实施方案', documentNumber: '太民字【2026】3号' });
  });

  it('shows the server’s field errors on their fields and stays open', async () => {
    mockFetch(() =>
      problem(400, {
        code: 'VALIDATION_FAILED',
        fieldErrors: [
          { field: 'documentNumber', code: 'SIZE', message: 'size must be between 1 and 64', reason: 'TOO_LONG', params: { max: 64 } },
        ],
      }),
    );
    const { dialog, onAdopted } = await openModal();
    await userEvent.type(within(dialog).getByLabelText('文号'), '太民字【2026】3号');
    await userEvent.click(within(dialog).getByRole('button', { name: /制定方案/ }));
    await waitFor(() => expect(within(dialog).getByLabelText('文号')).toHaveAccessibleDescription('不能超过 64 个字符'));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(onAdopted).not.toHaveBeenCalled();
  });

  it('says in the dialog why a campaign adopted already is not adopted again', async () => {
    mockFetch(() =>
      problem(409, { code: 'CAMPAIGN_ALREADY_ADOPTED', detail: 'Organisation 4 has adopted campaign 21 already (campaign 41)' }),
    );
    const { dialog, onAdopted } = await openModal();
    await userEvent.type(within(dialog).getByLabelText('文号'), '太民字【2026】3号');
    await userEvent.click(within(dialog).getByRole('button', { name: /制定方案/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('本组织已采纳该活动，已有实施方案。');
    expect(onAdopted).not.toHaveBeenCalled();
  });
});
