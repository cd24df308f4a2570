import type { Standard } from '@/features/campaigns/api/get-standards';
import { branchResult, branchResultDetail, consensus, resultReview, standard } from '@/testing/fixtures';
import {
  awaitingConsensus,
  consensusStart,
  parseSort,
  resultFlags,
  resultsActions,
  reviewSubtotals,
  sortFrom,
  sortOrderOf,
  toHalfStep,
} from './result-rules';

const indicator = (id: number, maxPoints: number) => ({ id, seq: 1, code: `I${id}`, name: `细则${id}`, description: null, maxPoints });
const standards: Standard[] = [
  standard({ id: 5, code: 'STUDY', name: '重视学习', maxPoints: 25, indicators: [indicator(15, 8), indicator(16, 17)] }),
  standard({ id: 6, code: 'UNITY', name: '团结协作', maxPoints: 25, indicators: [indicator(19, 25)] }),
];

describe('result rules', () => {
  it('marks a disagreement until a consensus replaces the aggregate', () => {
    expect(resultFlags({ disagreement: true, consensus: false })).toEqual(['disagreement']);
    expect(resultFlags({ disagreement: true, consensus: true })).toEqual(['disagreement', 'consensus']);
    expect(resultFlags({ disagreement: false, consensus: true })).toEqual(['consensus']);
    expect(resultFlags({ disagreement: false, consensus: false })).toEqual([]);
    const rows = [
      branchResult({ branchCode: 'LS', disagreement: true, consensus: false }),
      branchResult({ branchCode: 'XY', disagreement: true, consensus: true }),
      branchResult({ branchCode: 'WS', disagreement: false }),
    ];
    expect(awaitingConsensus(rows).map((r) => r.branchCode)).toEqual(['LS']);
  });

  it('allows finalising only open results and publishing only finalised ones', () => {
    expect(resultsActions('OPEN')).toEqual({ canFinalise: true, canPublish: false, canRecordConsensus: true });
    expect(resultsActions('FINALISED')).toEqual({ canFinalise: false, canPublish: true, canRecordConsensus: false });
    expect(resultsActions('PUBLISHED')).toEqual({ canFinalise: false, canPublish: false, canRecordConsensus: false });
  });

  it('keeps the sort to what the API understands', () => {
    expect(parseSort('-total')).toBe('-total');
    expect(parseSort('grade')).toBe('rank');
    expect(parseSort(null)).toBe('rank');
    expect(sortOrderOf('-total', 'total')).toBe('descend');
    expect(sortOrderOf('-total', 'rank')).toBeNull();
    expect(sortFrom('branchCode', 'ascend')).toBe('branchCode');
    expect(sortFrom('total', 'descend')).toBe('-total');
    expect(sortFrom('total', null)).toBe('rank');
  });

  it('adds up each assessor’s scores per standard', () => {
    const detail = branchResultDetail({
      reviews: [
        resultReview({
          label: '评审 1',
          assessorName: '考核组 王评',
          total: 40,
          scores: [
            { indicatorId: 15, points: 8 },
            { indicatorId: 16, points: 12 },
            { indicatorId: 19, points: 20 },
          ],
        }),
        resultReview({
          label: '评审 2',
          total: 10,
          scores: [
            { indicatorId: 15, points: 2 },
            { indicatorId: 19, points: 8 },
          ],
        }),
      ],
    });
    const lines = reviewSubtotals(detail, standards);
    expect(lines.map((l) => l.label)).toEqual(['考核组 王评', '评审 2']);
    expect(lines[0]!.subtotal.get(5)).toBe(20);
    expect(lines[0]!.subtotal.get(6)).toBe(20);
    expect(lines[1]!.subtotal.get(5)).toBe(2);
  });

  it('starts a consensus from the recorded one, else from the aggregate on the 0.5 grid', () => {
    expect(toHalfStep(18.75)).toBe(19);
    expect(toHalfStep(18.74)).toBe(18.5);
    const row = {
      standards: [
        { standardId: 5, code: 'STUDY', name: '重视学习', points: 17.25, maxPoints: 25 },
        { standardId: 6, code: 'UNITY', name: '团结协作', points: 20.1, maxPoints: 25 },
      ],
    };
    expect(consensusStart(null, row, standards)).toEqual({
      points: { '5': 17.5, '6': 20 },
      reason: '',
      participants: '',
      siteVisitId: undefined,
    });
    const recorded = consensus({
      reason: '实地调研核实',
      participants: '王评, 李评',
      siteVisitId: 3,
      version: 1,
      standards: [
        { standardId: 5, points: 22 },
        { standardId: 6, points: 21.5 },
      ],
    });
    expect(consensusStart(recorded, row, standards)).toEqual({
      points: { '5': 22, '6': 21.5 },
      reason: '实地调研核实',
      participants: '王评, 李评',
      siteVisitId: 3,
    });
    expect(consensusStart(null, { standards: null }, standards).points).toEqual({ '5': undefined, '6': undefined });
  });
});
