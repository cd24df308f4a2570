import { yearsOffered } from './use-rollup-params';

describe('the years the roll-up offers', () => {
  it('are this year and the four before it, the latest first', () => {
    expect(yearsOffered(2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });

  it('keep an older year asked for in the address, in its place', () => {
    expect(yearsOffered(2026, 2019)).toEqual([2026, 2025, 2024, 2023, 2022, 2019]);
    expect(yearsOffered(2026, 2024)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
