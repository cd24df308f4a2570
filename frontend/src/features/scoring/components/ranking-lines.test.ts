import type { BranchResult } from '../api/list-results';
import { branchResult } from '@/testing/fixtures';
import { rankingChartOption } from './ranking-chart';
import { rankingLines, topOfRanking } from './ranking-lines';

const r = (position: number, name: string, rank: number | null = null, total: number | null = null, extra: Partial<BranchResult> = {}) =>
  branchResult({ branchId: position, branchName: name, position, rank, total, eligible: true, ...extra });

const page = [
  r(3, '民进兴县支部', 2, 80.17),
  r(1, '民进岚县支部', 1, 89),
  r(2, '民进交城县支部', 2, 80.17, { eligible: false, ineligibleReasons: ['缺少已通过审核的必交材料: 活动总结'] }),
  r(4, '民进方山县支部'),
  r(5, '民进离石区总支', undefined, undefined, { disagreement: true }),
];

describe('rankingLines', () => {
  it('keeps the server’s display order, marks shared ranks and leaves the unscored without a rank', () => {
    const lines = rankingLines(page);
    expect(lines.map((l) => [l.name, l.rank, l.tied])).toEqual([
      ['民进岚县支部', 1, false],
      ['民进交城县支部', 2, true],
      ['民进兴县支部', 2, true],
      ['民进方山县支部', undefined, false],
      ['民进离石区总支', undefined, false],
    ]);
    expect(lines[1]).toMatchObject({ eligible: false, reasons: ['缺少已通过审核的必交材料: 活动总结'] });
    expect(lines[4]?.disputed).toBe(true);
  });

  it('does not call a disagreement settled by consensus disputed', () => {
    expect(rankingLines([r(1, '甲', 1, 80, { disagreement: true, consensus: true })])[0]?.disputed).toBe(false);
  });
});

describe('topOfRanking', () => {
  it('takes the ranked branches only and counts the unscored of the whole ranking', () => {
    const { top, unscored } = topOfRanking(page, 13, 5);
    expect(top.map((l) => l.name)).toEqual(['民进岚县支部', '民进交城县支部', '民进兴县支部']);
    expect(unscored).toBe(10);
  });

  it('cannot know how many are unscored when the page holds ranked branches only', () => {
    const { top, unscored } = topOfRanking(page.slice(0, 3), 13, 2);
    expect(top).toHaveLength(2);
    expect(unscored).toBeUndefined();
  });
});

describe('rankingChartOption', () => {
  it('draws a bar per scored branch, best first, with its total', () => {
    const option = rankingChartOption(rankingLines(page), { fontSize: 13, color: '#3d4650', lineHeight: 18 }, '总分') as {
      yAxis: { data: string[]; inverse: boolean };
      series: { data: number[] }[];
    };
    expect(option.yAxis.data).toEqual(['民进岚县支部', '民进交城县支部', '民进兴县支部']);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.series[0]?.data).toEqual([89, 80.17, 80.17]);
  });
});
