import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { feedbackReport } from '@/testing/fixtures';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import type { FeedbackReport } from '../api/keys';
import { FeedbackEditor } from './feedback-editor';

const report: FeedbackReport = feedbackReport({
  id: 9,
  campaignId: 3,
  branchId: 11,
  branchName: '民进兴县支部',
  total: 90,
  gradeName: '优秀',
  rank: 2,
  status: 'DRAFT',
  sections: [
    { standardCode: 'STUDY', standardName: '重视学习', score: 22.5, strengths: '理论学习：坚持每月集中学习', improvements: null },
    { standardCode: 'UNITY', standardName: '团结协作', score: 21, strengths: null, improvements: '班子建设：分工不够明确' },
  ],
  version: 1,
});

describe('FeedbackEditor', () => {
  it('shows each standard’s score and saves the edited texts with the version read', async () => {
    const { requests } = mockFetch(() => json({ ...report, version: 2 }));
    renderWithProviders(<FeedbackEditor report={report} />);
    expect(screen.getByText('得分 22.5')).toBeInTheDocument();
    expect(screen.getByText('得分 21')).toBeInTheDocument();
    const strengths = screen.getByLabelText('重视学习 · 优势');
    expect(strengths).toHaveValue('理论学习：坚持每月集中学习');
    await userEvent.clear(strengths);
    await userEvent.type(strengths, '学习记录完整');
    await userEvent.type(screen.getByLabelText('总体评价'), '总体优秀');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(requests[0]!.method).toBe('PUT');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/feedback-reports/9');
    expect(await requests[0]!.json()).toEqual({
      version: 1,
      summary: '总体优秀',
      sections: [
        { standardCode: 'STUDY', strengths: '学习记录完整', improvements: '' },
        { standardCode: 'UNITY', strengths: '', improvements: '班子建设：分工不够明确' },
      ],
    });
  });

  it('releases after a confirmation, saving unsaved edits first so they are not lost', async () => {
    const { requests } = mockFetch((request) =>
      json(request.method === 'PUT' ? { ...report, version: 2 } : { ...report, status: 'RELEASED', version: 3 }),
    );
    renderWithProviders(<FeedbackEditor report={report} />);
    await userEvent.type(screen.getByLabelText('团结协作 · 优势'), '班子团结');
    await userEvent.click(screen.getByRole('button', { name: '发布给基层组织' }));
    expect(await screen.findByText('发布后「民进兴县支部」可以看到这份报告，报告不能再修改。确定发布吗？')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
    await userEvent.click(screen.getAllByRole('button', { name: '发布给基层组织' }).at(-1)!);
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[0]!.method).toBe('PUT');
    expect((await requests[0]!.json()).sections[1]).toEqual({
      standardCode: 'UNITY',
      strengths: '班子团结',
      improvements: '班子建设：分工不够明确',
    });
    expect(new URL(requests[1]!.url).pathname).toBe('/api/v1/feedback-reports/9/release');
    expect(await requests[1]!.json()).toEqual({ version: 2 });
    expect(await screen.findByText('反馈报告已发布')).toBeInTheDocument();
  });
});
