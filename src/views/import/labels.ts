// Every text of the import view, Chinese first, English second.
export const L = {
  title: { zh: '导入年报', en: 'Import reports' },
  intro: {
    zh: '拖入年报（网页文字 .txt、网页 .html、PDF）或数据文件（CSV / JSON），或粘贴年报网页文字。确认之前不会保存任何内容。',
    en: 'Drop reports (web text .txt, saved page .html, PDF) or dataset files (CSV / JSON), or paste the text of a report page. Nothing is saved until you confirm.',
  },
  drop: { zh: '把文件拖到这里，或', en: 'Drop files here, or' },
  pick: { zh: '选择文件', en: 'choose files' },
  paste: { zh: '粘贴年报网页文字', en: 'Paste the text of a report page' },
  parsePaste: { zh: '识别粘贴的文字', en: 'Read the pasted text' },
  pasted: { zh: '粘贴的文字', en: 'pasted text' },
  cancel: { zh: '取消', en: 'Cancel' },
  file: { zh: '文件', en: 'File' },
  errors: { zh: '错误', en: 'Errors' },
  warningCount: { zh: '警告', en: 'Warnings' },
  openDraft: { zh: '查看、修改', en: 'View, edit' },
  close: { zh: '收起', en: 'Close' },
  leaveOut: { zh: '不导入', en: 'Leave out' },
  onlyErrors: { zh: '只看有错误的报告', en: 'Only reports with errors' },
  dropErrors: { zh: '有错误的报告都不导入', en: 'Leave out every report with errors' },
  keepAll: { zh: '全部恢复导入', en: 'Include every report again' },
  noErrors: { zh: '没有带错误的报告。', en: 'No report has errors.' },
  pages: { zh: '分页', en: 'Pages' },
  listTable: { zh: '待导入的报告', en: 'Reports to import' },
  prev: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  openedTitle: { zh: '正在查看的报告', en: 'The report opened' },
  preview: { zh: '预览（尚未保存）', en: 'Preview (not saved yet)' },
  none: { zh: '还没有识别出的报告。', en: 'No reports read yet.' },
  unit: { zh: '单位', en: 'Unit' },
  year: { zh: '年度', en: 'Year' },
  region: { zh: '地区', en: 'Region' },
  level: { zh: '层级', en: 'Level' },
  noLevel: { zh: '（未填）', en: '(not set)' },
  drop1: { zh: '不导入此报告', en: 'Do not import this report' },
  warnings: { zh: '识别提示', en: 'Parser warnings' },
  findings: { zh: '核对发现', en: 'Check findings' },
  noFindings: { zh: '未发现问题。', en: 'No findings.' },
  notNumber: { zh: '不是数字，未采用', en: 'not a number, not used' },
  badYear: { zh: '年度须为四位数字', en: 'The year must be four digits' },
  noUnit: { zh: '单位名称不能为空', en: 'The unit name cannot be empty' },
  source: { zh: '来源行', en: 'Source row' },
  sourceText: { zh: '原文（识别所读的文字）', en: 'Source text (as read)' },
  sourceHint: {
    zh: '悬停或选中表格中的数字，对应的原文行会高亮。',
    en: 'Hover over or focus a figure to highlight the line it came from.',
  },
  table2: { zh: '表二 主动公开', en: 'Table 2 · proactive disclosure' },
  table3: { zh: '表三 依申请公开', en: 'Table 3 · requests' },
  table4: { zh: '表四 复议诉讼', en: 'Table 4 · reviews and litigation' },
  confirm: { zh: '确认导入', en: 'Confirm import' },
  target: { zh: '导入到', en: 'Import into' },
  newDataset: { zh: '新数据集', en: 'A new dataset' },
  existing: { zh: '已有的我的数据', en: 'An existing dataset of mine' },
  datasetTitle: { zh: '数据集名称', en: 'Dataset title' },
  myData: { zh: '我的数据', en: 'My data' },
  conflicts: {
    zh: '以下单位和年度已在数据集中：',
    en: 'These units and years are already in the dataset:',
  },
  replace: { zh: '替换', en: 'Replace' },
  keepBoth: { zh: '保留两版', en: 'Keep both' },
  skip: { zh: '跳过', en: 'Skip' },
  importing: { zh: '正在保存…', en: 'Saving…' },
  nothing: { zh: '没有要导入的报告。', en: 'No reports to import.' },
  open: { zh: '在仪表板中打开', en: 'Open in the dashboard' },
  manage: { zh: '数据集管理', en: 'My datasets' },
  failed: { zh: '保存失败，预览已保留：', en: 'Saving failed; the preview is kept:' },
  runs: { zh: '数字连在一起的行', en: 'Rows whose figures ran together' },
  runFill: { zh: '填入', en: 'Fill in' },
  runChoices: {
    zh: '符合表内合计的拆分，点击即填入：',
    en: "Splits that agree with the table's totals — click one to fill it in:",
  },
  runNoTotal: {
    zh: '表二各行的格与格之间没有合计关系，只有原文能说明怎样拆分。',
    en: 'No total links the cells of a table-2 row, so only the report itself can tell the split.',
  },
  runYuan: {
    zh: '金额照原文以“元”输入，填入时折算为万元。',
    en: 'Type the amount in yuan as printed; it is filled in converted to units of 10,000 yuan.',
  },
  runFilled: { zh: '已填入：', en: 'Filled in: ' },
  unsplitCell: {
    zh: '原文数字连在一起，尚未拆分（见表格上方的拆分框）',
    en: "The report's figures ran together here and are not split yet (see the box above the table)",
  },
} as const;

/** The run as printed, and what to do with it. */
export function runText(printed: string): { zh: string; en: string } {
  return {
    zh: `原文“${printed}”数字连在一起，请按原文拆分`,
    en: `The report prints "${printed}" with its figures run together: split it as the report does`,
  };
}

export function runHow(cells: number): { zh: string; en: string } {
  return {
    zh: `依次填入本行 ${cells} 格，数与数之间用空格分开`,
    en: `Type the row's ${cells} figures in order, separated by spaces`,
  };
}

export function runMany(count: number): { zh: string; en: string } {
  if (count === 0)
    return {
      zh: '没有一种拆分符合表内合计（原表的合计可能有误），请对照原文输入。',
      en: "No split agrees with the table's totals (they may be misprinted); type the one the report means.",
    };
  return {
    zh: `有 ${count} 种拆分都符合表内合计，请对照原文输入。`,
    en: `${count} splits agree with the table's totals; type the one the report means.`,
  };
}

/** "正在读取 a.csv（第 1 / 2 个文件），已读出 400 份报告…" */
export function busyText(p: { file: string; index: number; total: number; reports: number }): {
  zh: string;
  en: string;
} {
  const of =
    p.total > 1
      ? { zh: `（第 ${p.index + 1} / ${p.total} 个）`, en: ` (${p.index + 1} of ${p.total})` }
      : { zh: '', en: '' };
  const n = p.reports.toLocaleString('en-US');
  const got =
    p.reports > 0
      ? { zh: `，已读出 ${n} 份报告`, en: `, ${n} reports so far` }
      : { zh: '', en: '' };
  return { zh: `正在读取 ${p.file}${of.zh}${got.zh}…`, en: `Reading ${p.file}${of.en}${got.en}…` };
}

export function listSummary(
  total: number,
  withErrors: number,
  dropped: number,
): { zh: string; en: string } {
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    zh: `共 ${n(total)} 份报告，其中 ${n(withErrors)} 份有核对错误（排在前面），${n(dropped)} 份不导入。点“查看、修改”打开一份完整预览。`,
    en: `${n(total)} reports; ${n(withErrors)} with check errors (listed first); ${n(dropped)} left out. "View, edit" opens one report's full preview.`,
  };
}

export function pageText(page: number, pages: number): { zh: string; en: string } {
  return { zh: `第 ${page} / ${pages} 页`, en: `Page ${page} of ${pages}` };
}

/** "正在保存… 1,200 / 30,000" */
export function savingText(done: number, total: number): { zh: string; en: string } {
  const n = (x: number) => x.toLocaleString('en-US');
  return { zh: `正在保存… ${n(done)} / ${n(total)}`, en: `Saving… ${n(done)} / ${n(total)}` };
}

export function outcomeText(o: {
  added: number;
  replaced: number;
  versioned: number;
  skipped: number;
}): { zh: string; en: string } {
  return {
    zh: `新增 ${o.added}，替换 ${o.replaced}，保留两版 ${o.versioned}，跳过 ${o.skipped}`,
    en: `Added ${o.added}, replaced ${o.replaced}, kept both ${o.versioned}, skipped ${o.skipped}`,
  };
}
