// Words of printing on the first page: the 打印 and 打印单页 buttons and the print header/footer
// (the dialog's own words are in print-dialog.tsx, loaded with it).
import type { Text } from '../../ui/labels';

export const PR = {
  print: { zh: '打印', en: 'Print' },
  onePage: { zh: '打印单页', en: 'One-page print' },
  printed: { zh: '打印日期', en: 'Printed' },
  link: { zh: '本页链接', en: 'Link to this page' },
  dataset: { zh: '数据集', en: 'Dataset' },
  scope: { zh: '范围', en: 'Scope' },
  years: { zh: '年度', en: 'Years' },
  source: { zh: '数据来源', en: 'Source' },
} as const satisfies Record<string, Text>;
