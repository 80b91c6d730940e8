// Words of printing: the 打印 dialog, the one-pager button and the print header/footer.
import type { Text } from '../../ui/labels';

export const PR = {
  print: { zh: '打印', en: 'Print' },
  onePage: { zh: '打印单页', en: 'One-page print' },
  orientation: { zh: '纸张方向（A4）', en: 'Paper (A4)' },
  portrait: { zh: '纵向', en: 'Portrait' },
  landscape: { zh: '横向', en: 'Landscape' },
  pageNote: {
    zh: '每张图表按打印分辨率绘制完成后再打开打印对话框。',
    en: 'Every chart is drawn at print resolution before the print dialog opens.',
  },
  onePageNote: {
    zh: '单位档案缩排为一页 A4：三张表、主要指标、趋势图、核对发现和来源。',
    en: 'The unit profile on one A4 sheet: the three tables, indicators, trend, findings and source.',
  },
  go: { zh: '打印', en: 'Print' },
  cancel: { zh: '取消', en: 'Cancel' },
  preparing: {
    zh: '正在准备打印：等待全部图表绘制完成…',
    en: 'Preparing to print: waiting for every chart to be drawn…',
  },
  notReady: {
    zh: '仍有图表未绘制完成，未打印：',
    en: 'Not printed: these charts are still loading: ',
  },
  notOnePage: {
    zh: '内容缩至最小仍超过一页，打印结果将多于一页。',
    en: 'Even at the smallest scale this does not fit one page; it will print on more.',
  },
  printed: { zh: '打印日期', en: 'Printed' },
  link: { zh: '本页链接', en: 'Link to this page' },
  dataset: { zh: '数据集', en: 'Dataset' },
  scope: { zh: '范围', en: 'Scope' },
  years: { zh: '年度', en: 'Years' },
  source: { zh: '数据来源', en: 'Source' },
} as const satisfies Record<string, Text>;
