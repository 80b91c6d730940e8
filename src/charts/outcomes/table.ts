// Composition items (outcome groups, one group's reasons, applicant columns) → the table behind
// the bars: one row per bar, top to bottom, with the count drawn and the share its label prints
// (percent, one decimal). A blank count stays null and so does its share, as the label prints
// 未报告 without one; a share without a denominator stays null.
import { countCell, ratioCell, type ChartTable } from '../table';
import type { CompositionItem } from './option';

type Lang = 'zh' | 'en';
type Text = { zh: string; en: string };

const H = {
  count: { zh: '件数（件）', en: 'Requests (count)' },
  used: { zh: '填报报告数', en: 'Reports giving it' },
  of: { zh: '报告数', en: 'Reports' },
} as const;

/** The headers that differ by chart: what a bar is, and what its share is a share of. */
export const COMPOSITION_HEADERS = {
  outcomes: {
    item: { zh: '办理结果', en: 'Outcome' },
    share: { zh: '占(七)总计（%）', en: 'Share of total handled (%)' },
  },
  reasons: {
    item: { zh: '具体原因', en: 'Reason' },
    share: { zh: '占本类各项之和（%）', en: 'Share of the group’s reasons (%)' },
  },
  applicants: {
    item: { zh: '申请人类型', en: 'Applicant' },
    share: { zh: '占本年新收总计（%）', en: 'Share of new requests (%)' },
  },
} as const satisfies Record<string, { item: Text; share: Text }>;

export function compositionTable(
  items: readonly CompositionItem[],
  lang: Lang,
  headers: { item: Text; share: Text },
): ChartTable {
  return {
    columns: [headers.item[lang], H.count[lang], headers.share[lang], H.used[lang], H.of[lang]],
    rows: items.map((i) => [
      i.name,
      countCell(i.count.value),
      i.count.value === null ? null : ratioCell(i.share),
      i.count.used,
      i.count.of,
    ]),
  };
}
