import { assessorLoad, assignment, participant } from '@/testing/fixtures';
import type { Assignment } from '../api/list-assignments';
import { assessorLabel, branchRows, ownBranchPairs, refusedItems } from './assignment-rules';

const participants = [
  participant({ branchId: 1, branchCode: 'FY', branchName: '民进汾阳市总支' }),
  participant({ branchId: 2, branchCode: 'LS', branchName: '民进离石区总支' }),
  participant({ branchId: 3, branchCode: 'WS', branchName: '民进文水县支部' }),
];
const assignments: Assignment[] = [
  assignment({ id: 10, branchId: 2, assessorId: 5, assessorUsername: 'assessor2' }),
  assignment({ id: 11, branchId: 2, assessorId: 4, assessorUsername: 'assessor1' }),
  assignment({ id: 12, branchId: 1, assessorId: 4, assessorUsername: 'assessor1' }),
];
const load = [
  assessorLoad({ assessorId: 4, username: 'assessor1', displayName: '考核组 王评', assigned: 2, submitted: 0 }),
  assessorLoad({ assessorId: 6, username: 'assessor3', displayName: '考核组 赵评', ownBranchId: 1, assigned: 0, submitted: 0 }),
];

describe('assignment rules', () => {
  it('lists every participating branch with its assessors, unassigned ones included', () => {
    const rows = branchRows(participants, assignments);
    expect(rows.map((r) => r.branchCode)).toEqual(['FY', 'LS', 'WS']);
    expect(rows[1]!.assignments.map((a) => a.assessorUsername)).toEqual(['assessor1', 'assessor2']);
    expect(rows[2]!.assignments).toEqual([]);
  });

  it('names an assessor by name and account', () => {
    expect(assessorLabel(load[0]!)).toBe('考核组 王评（assessor1）');
    expect(assessorLabel({ username: 'x', displayName: 'x' })).toBe('x');
  });

  it('finds the pairs where an assessor would score their own branch', () => {
    expect(ownBranchPairs([1, 2], [4, 6], load)).toEqual([{ branchId: 1, assessorId: 6 }]);
    expect(ownBranchPairs([2, 3], [4, 6], load)).toEqual([]);
    expect(ownBranchPairs([1], [4], load)).toEqual([]);
  });

  it('maps the refused items of a bulk request back to branches and assessors', () => {
    const sent = { branchIds: [2, 1], assessorIds: [4, 6] };
    const conflict = refusedItems(
      {
        status: 409,
        code: 'CONFLICT_OF_INTEREST',
        fieldErrors: [
          {
            field: 'branchIds[1]',
            code: 'INVALID',
            message: 'assessor assessor3 (assessorIds[1]) belongs to this branch and may not score it',
            reason: 'CONFLICT_OF_INTEREST',
            params: { assessor: 'assessor3', assessorIndex: 1 },
          },
        ],
      },
      sent,
    );
    expect(conflict).toEqual([
      {
        branchId: 1,
        assessorId: 6,
        conflict: true,
        code: 'INVALID',
        reason: 'CONFLICT_OF_INTEREST',
        params: { assessor: 'assessor3', assessorIndex: 1 },
        message: 'assessor assessor3 (assessorIds[1]) belongs to this branch and may not score it',
      },
    ]);
    const invalid = refusedItems(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        fieldErrors: [
          { field: 'assessorIds[0]', code: 'UNKNOWN_REFERENCE', message: "is not an assessor's account", reason: 'NOT_ASSESSOR' },
          { field: 'branchIds[0]', code: 'UNKNOWN_REFERENCE', message: 'does not take part in campaign 2', reason: 'NOT_PARTICIPATING' },
        ],
      },
      sent,
    );
    expect(invalid).toEqual([
      {
        branchId: undefined,
        assessorId: 4,
        conflict: false,
        code: 'UNKNOWN_REFERENCE',
        reason: 'NOT_ASSESSOR',
        message: "is not an assessor's account",
      },
      {
        branchId: 2,
        assessorId: undefined,
        conflict: false,
        code: 'UNKNOWN_REFERENCE',
        reason: 'NOT_PARTICIPATING',
        message: 'does not take part in campaign 2',
      },
    ]);
  });
});
