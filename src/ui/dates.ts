// Dates as a reader of each language writes them: 2026年3月10日 / 10 Mar 2026. The data keeps
// ISO dates (YYYY-MM-DD, or YYYY-MM / YYYY when a report gives no day); anything else is shown
// as stored rather than guessed at.
import type { Lang } from './labels';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(iso.trim());
  if (!m) return iso;
  const year = m[1]!;
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return iso;
  if (day !== null && (day < 1 || day > 31)) return iso;
  if (lang === 'zh') {
    return `${year}年${month === null ? '' : `${month}月`}${day === null ? '' : `${day}日`}`;
  }
  const parts = [day, month === null ? null : MONTHS[month - 1], year];
  return parts.filter((p) => p !== null).join(' ');
}
