import { useSearchParams } from 'react-router';

export const ROLLUP_PAGE_SIZE = 20;

/** How many years the roll-up's year filter offers: the current one and those before it. */
const YEARS_OFFERED = 5;

const validYear = (n: number) => Number.isInteger(n) && n >= 2000 && n <= 2100;

/**
 * The roll-up's year and page live in the address (`year`, `rollupPage`), beside the children list's search and page,
 * so a link, a reload or a step down the tree keeps the year.
 */
export function useRollupParams() {
  const [params, setParams] = useSearchParams();
  const yearNumber = Number(params.get('year'));
  const year = validYear(yearNumber) ? yearNumber : undefined;
  const page = Math.max(1, Number(params.get('rollupPage')) || 1);

  const update = (nextYear: number | undefined, nextPage: number) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        out.delete('year');
        out.delete('rollupPage');
        if (nextYear !== undefined && validYear(nextYear)) out.set('year', String(nextYear));
        if (nextPage > 1) out.set('rollupPage', String(nextPage));
        return out;
      },
      { replace: true },
    );

  return {
    year,
    page,
    setYear: (next: number | undefined) => update(next, 1),
    setPage: (next: number) => update(year, next),
  };
}

/** The years offered: this year and the few before it, and the one in the address should it be older. */
export function yearsOffered(thisYear: number, chosen?: number): number[] {
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i);
  if (chosen !== undefined && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}
