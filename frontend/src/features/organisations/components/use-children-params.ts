import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 20;

/**
 * The search and page of an organisation's list of children live in the address, so a link or reload keeps them;
 * whatever else the address holds (the roll-up's year and page) stays.
 */
export function useChildrenParams() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const update = (nextQ: string, nextPage: number) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        out.delete('q');
        out.delete('page');
        if (nextQ) out.set('q', nextQ);
        if (nextPage > 1) out.set('page', String(nextPage));
        return out;
      },
      { replace: true },
    );

  return {
    q,
    page,
    setQ: (next: string) => update(next, 1),
    setPage: (next: number) => update(q, next),
  };
}
