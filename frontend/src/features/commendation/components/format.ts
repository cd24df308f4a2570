import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { CommendationList, ListSummary } from '../api/keys';

/** A day for people: 2010年12月6日 in Chinese, per the dayjs locale otherwise. */
export function formatDay(iso: string | undefined | null): string {
  if (!iso) return '';
  return dayjs(iso).format(dayjs.locale() === 'zh-cn' ? 'YYYY年M月D日' : 'D MMM YYYY');
}

/** A moment for people, in the reader's time zone. */
export function formatMoment(iso: string | undefined | null): string {
  if (!iso) return '';
  return dayjs(iso).format(dayjs.locale() === 'zh-cn' ? 'YYYY年M月D日 HH:mm' : 'D MMM YYYY HH:mm');
}

/** How a list was drawn: by grade, the top N, or as a correction of another list. */
export function basisText(
  list: Pick<ListSummary | CommendationList, 'basis' | 'minGradeCode' | 'topN' | 'correctsId'>,
  t: TFunction,
  gradeName?: string,
): string {
  if (list.basis === 'GRADE') return t('commendation.basis.GRADE', { grade: gradeName ?? list.minGradeCode });
  if (list.basis === 'TOP_N') return t('commendation.basis.TOP_N', { count: list.topN });
  return t('commendation.basis.CORRECTION', { id: list.correctsId });
}

/** A score as the API sends it (up to 2 decimals), without trailing zeros. */
export function formatScore(value: number | undefined | null): string {
  if (value == null) return '';
  return String(Number(value.toFixed(2)));
}
