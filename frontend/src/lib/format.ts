import dayjs from 'dayjs';

const zh = () => dayjs.locale() === 'zh-cn';

/** A date for people: 2026年11月12日 in Chinese, 12 Nov 2026 otherwise. */
export function formatDate(iso: string | undefined | null): string {
  if (!iso) return '';
  return dayjs(iso).format(zh() ? 'YYYY年M月D日' : 'D MMM YYYY');
}

/** A moment for people: 2026年11月12日 14:05 in Chinese, 12 Nov 2026 14:05 otherwise. */
export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  return dayjs(iso).format(zh() ? 'YYYY年M月D日 HH:mm' : 'D MMM YYYY HH:mm');
}
