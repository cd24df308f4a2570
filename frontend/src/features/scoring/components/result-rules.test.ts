import type { Standard } from '@/features/campaigns/api/get-standards';
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

const standards: Standard[] = [
  {
    id: 5,
    code: 'STUDY',
    name: '重视学习',
    maxPoints: 25,
    indicators: [
      { id: 15, maxPoints: 8 },
      { id: 16, maxPoints: 17 },
    ],
  },
  { id: 6, code: 'UNITY', name: '团结协作', maxPoints: 25, indicators: [{ id: 19, maxPoints: 25 }] },
];

describe('result rules', () => {
  it('marks a disagreement until a consensus replaces the aggregate', () => {
    expect(resultFlags({ disagreement: true, consensus: false })).toEqual(['disagreement']);
    expect(resultFlags({ disagreement: true, consensus: true })).toEqual(['disagreement', 'consensus']);
    expect(resultFlags({ disagreement: false, consensus: true })).toEqual(['consensus']);
    expect(resultFlags({ disagreement: false, consensus: false })).toEqual([]);
    const rows = [
      { branchCode: 'LS', disagreement: true, consensus: false },
      { branchCode: 'XY', disagreement: true, consensus: true },
      { branchCode: 'WS', disagreement: false },
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
    const detail = {
      reviews: [
        {
          label: '评审 1',
          assessorName: '考核组 王评',
          total: 40,
          scores: [
            { indicatorId: 15, points: 8 },
            { indicatorId: 16, points: 12 },
            { indicatorId: 19, points: 20 },
          ],
        },
        {
          label: '评审 2',
          total: 10,
          scores: [
            { indicatorId: 15, points: 2 },
            { indicatorId: 19, points: 8 },
          ],
        },
      ],
    };
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
        { standardId: 5, points: 17.25 },
        { standardId: 6, points: 20.1 },
      ],
    };
    expect(consensusStart(null, row, standards)).toEqual({
      points: { '5': 17.5, '6': 20 },
      reason: '',
      participants: '',
      siteVisitId: undefined,
    });
    const recorded = {
      reason: '实地调研核实',
      participants: '王评, 李评',
      siteVisitId: 3,
      version: 1,
      standards: [
        { standardId: 5, points: 22 },
        { standardId: 6, points: 21.5 },
      ],
    };
    expect(consensusStart(recorded, row, standards)).toEqual({
      points: { '5': 22, '6': 21.5 },
      reason: '实地调研核实',
      participants: '王评, 李评',
      siteVisitId: 3,
    });
    expect(consensusStart(null, { standards: undefined }, standards).points).toEqual({ '5': undefined, '6': undefined });
  });
});
