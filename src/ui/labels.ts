// Every string of the page chrome, Chinese and English side by side. Figure, indicator and rule
// names come from the domain dictionaries (FIELDS, INDICATORS, RULES), never from here.
export interface Text {
  readonly zh: string;
  readonly en: string;
}
export type Lang = 'zh' | 'en';

/** The page is Chinese-first; the English toggle reads the same entries. */
export function t(text: Text, lang: Lang = 'zh'): string {
  return text[lang];
}

export const L = {
  appTitle: {
    zh: '政府信息公开工作年度报告 数据看板',
    en: 'Government information disclosure reports',
  },
  appSubtitle: {
    zh: '读取年度报告数据，核对勾稽关系，按年度展示指标',
    en: 'Loads annual reports, checks their identities and charts them by year',
  },
  datasets: { zh: '数据集', en: 'Datasets' },
  simulated: { zh: '模拟数据', en: 'Simulated data' },
  simulatedNotice: {
    zh: '本数据集为程序生成的模拟数据，不代表任何真实机关的报告。',
    en: 'This dataset is generated; it does not describe any real government body.',
  },
  realData: { zh: '真实报告', en: 'Published reports' },
  source: { zh: '来源', en: 'Source' },
  years: { zh: '年度', en: 'Years' },
  unitCount: { zh: '单位数', en: 'Units' },
  reportCount: { zh: '报告数', en: 'Reports' },
  fileCount: { zh: '文件数', en: 'Files' },
  overview: { zh: '数据集概况', en: 'Dataset' },
  units: { zh: '单位与年度覆盖', en: 'Units and years covered' },
  unit: { zh: '单位', en: 'Unit' },
  region: { zh: '地区', en: 'Region' },
  yearsCovered: { zh: '覆盖年度', en: 'Years covered' },
  reported: { zh: '已报告', en: 'reported' },
  notReported: { zh: '无报告', en: 'no report' },
  files: { zh: '文件加载情况', en: 'Files loaded' },
  file: { zh: '文件', en: 'File' },
  format: { zh: '格式', en: 'Format' },
  encoding: { zh: '编码', en: 'Encoding' },
  status: { zh: '状态', en: 'Status' },
  messages: { zh: '提示与错误', en: 'Warnings and errors' },
  fileOk: { zh: '已加载', en: 'Loaded' },
  fileFailed: { zh: '加载失败', en: 'Failed' },
  filePending: { zh: '加载中', en: 'Loading' },
  filesFailed: { zh: '个文件未能加载，见“文件加载情况”', en: 'file(s) failed to load' },
  findings: { zh: '勾稽核对结果', en: 'Findings' },
  findingsTotal: { zh: '问题总数', en: 'Findings' },
  bySeverity: { zh: '按严重程度', en: 'By severity' },
  byRule: { zh: '按规则', en: 'By rule' },
  rule: { zh: '规则', en: 'Rule' },
  severity: { zh: '级别', en: 'Severity' },
  count: { zh: '数量', en: 'Count' },
  notCheckable: { zh: '因数据缺失无法核对', en: 'Not checkable (missing operands)' },
  noFindings: { zh: '未发现问题', en: 'No findings' },
  trend: { zh: '年度趋势', en: 'Trend by year' },
  trendNote: {
    zh: '各单位先求和再计算；空白为未报告，不按 0 计。',
    en: 'Counts are summed over units before dividing; blanks are not reported, never 0.',
  },
  unitsReporting: { zh: '报告单位', en: 'units reporting' },
  yoy: { zh: '同比', en: 'YoY' },
  loading: { zh: '加载中…', en: 'Loading…' },
  empty: { zh: '暂无数据', en: 'No data' },
  noReports: { zh: '该数据集没有可用的报告', en: 'This dataset has no usable reports' },
  noValues: { zh: '所选年度均未报告该指标', en: 'No year reports this indicator' },
  loadError: { zh: '加载失败', en: 'Failed to load' },
  panelCrashed: {
    zh: '此面板出错，其他面板不受影响',
    en: 'This panel failed; the others are unaffected',
  },
  retry: { zh: '重试', en: 'Retry' },
  datasetNotFound: { zh: '找不到数据集', en: 'Dataset not found' },
  severityError: { zh: '错误', en: 'Error' },
  severityWarning: { zh: '警告', en: 'Warning' },
  severityInfo: { zh: '提示', en: 'Info' },
  figureTools: { zh: '导出与数据', en: 'Export and data' },
  exportPng2: { zh: '图片 PNG 2×', en: 'PNG 2×' },
  exportPng3: { zh: '图片 PNG 3×', en: 'PNG 3×' },
  exportSvg: { zh: '矢量图 SVG', en: 'SVG' },
  exportCsv: { zh: '数据 CSV', en: 'Data CSV' },
  // What each export button saves, as its tooltip and accessible description.
  exportPng2Hint: {
    zh: '下载 PNG 图片：2 倍分辨率、白底，含图注（定义、数据集、年度、数据截至）',
    en: 'Download a PNG image at 2× resolution on white, with the caption (definition, dataset, years, data as of)',
  },
  exportPng3Hint: {
    zh: '下载 PNG 图片：3 倍分辨率（适合印刷）、白底，含图注',
    en: 'Download a PNG image at 3× resolution (for print) on white, with the caption',
  },
  exportSvgHint: {
    zh: '下载 SVG 矢量图，含图注，可在文档中无损缩放',
    en: 'Download an SVG vector image with the caption; it scales without loss in documents',
  },
  exportCsvHint: {
    zh: '下载图中数据的 CSV 表格（UTF-8，可用 Excel 打开）',
    en: 'Download the data this chart draws as CSV (UTF-8, opens in Excel)',
  },
  showTable: { zh: '显示数据表', en: 'Show data table' },
  hideTable: { zh: '隐藏数据表', en: 'Hide data table' },
  tableOf: { zh: '数据表：', en: 'Data table: ' },
  exporting: { zh: '正在生成…', en: 'Preparing…' },
  exported: { zh: '已生成：', en: 'Saved: ' },
  exportFailed: { zh: '导出失败：', en: 'Export failed: ' },
  noTable: { zh: '此图没有可列出的数据', en: 'This chart has no data to list' },
} as const satisfies Record<string, Text>;
