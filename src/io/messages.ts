// The one catalogue of what the loaders tell the user: code → Chinese and English text.
// Every message names the file and, where known, the row, the column, the value and what was
// expected, so a person can find the cell in a spreadsheet and fix it.

export interface LoadMessage {
  code: string;
  file: string;
  row?: number;
  column?: string;
  value?: string;
  expected?: string;
  zh: string;
  en: string;
}

export interface MessageParams {
  file: string;
  /** CSV: the line number a spreadsheet shows (header = 1). JSON: the 1-based item index. */
  row?: number;
  /** `item` when `row` counts JSON array items rather than CSV lines. */
  rowKind?: 'line' | 'item';
  /** The header as written in the file, or a JSON path. */
  column?: string;
  /** The flat key the header maps to, when it differs from the header. */
  key?: string;
  value?: string;
  /** "中文 / English" — both halves are used in the matching language. */
  expected?: string;
  count?: number;
  /** A second row (duplicates) or the header's column count. */
  other?: number;
  list?: readonly string[];
  detail?: string;
  /** English `detail`, when it differs from the Chinese one. */
  detailEn?: string;
}

type Text = { zh: string; en: string };
type Template = (p: MessageParams) => Text;

const MAX_VALUE = 50;
const MAX_LIST = 12;

function mb(bytes = 0): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function count(n = 0): string {
  return n.toLocaleString('en-US');
}

/** Split "中文 / English" into its halves; a string without " / " serves both languages. */
export function bilingual(text = ''): Text {
  const at = text.indexOf(' / ');
  return at < 0 ? { zh: text, en: text } : { zh: text.slice(0, at), en: text.slice(at + 3) };
}

function listText(list: readonly string[] = []): Text {
  const shown = list.slice(0, MAX_LIST).join('、');
  const more = list.length - MAX_LIST;
  if (more <= 0) return { zh: shown, en: list.join(', ') };
  return {
    zh: `${shown} 等 ${list.length} 项`,
    en: `${list.slice(0, MAX_LIST).join(', ')} and ${more} more`,
  };
}

function rowAt(p: MessageParams, row = p.row): Text {
  if (row === undefined) return { zh: '', en: '' };
  return p.rowKind === 'item'
    ? { zh: ` 第 ${row} 项报告`, en: `, item ${row}` }
    : { zh: ` 第 ${row} 行`, en: `, row ${row}` };
}

/** "文件 a.csv 第 5 行「本年新收-自然人」列" / "a.csv, row 5, column "requests.new.natural"". */
function where(p: MessageParams): Text {
  const r = rowAt(p);
  const col = p.column === undefined ? { zh: '', en: '' } : columnText(p);
  return { zh: `文件 ${p.file}${r.zh}${col.zh}`, en: `${p.file}${r.en}${col.en}` };
}

function columnText(p: MessageParams): Text {
  const en = p.key && p.key !== p.column ? `${p.key} ("${p.column}")` : `${p.column}`;
  return p.rowKind === 'item'
    ? { zh: `「${p.column}」字段`, en: `, field ${en}` }
    : { zh: `「${p.column}」列`, en: `, column ${en}` };
}

function cell(p: MessageParams, zhWhat: string, enWhat: string): Text {
  const w = where(p);
  const e = bilingual(p.expected);
  return {
    zh: `${w.zh}的值「${p.value}」${zhWhat}（应为${e.zh}）`,
    en: `${w.en}: value "${p.value}" ${enWhat} (expected ${e.en})`,
  };
}

/**
 * Region (`value`) and level (`expected`, "区级 / District") read from `detail` ("单位名称 / the
 * unit name"); without a region the user is asked to type it.
 */
function placeInferred(p: MessageParams): Text {
  const level = p.expected === undefined ? null : bilingual(p.expected);
  const from = bilingual(p.detail);
  const zhWhat = [p.value && `地区“${p.value}”`, level && `层级“${level.zh}”`].filter(Boolean);
  const enWhat = [p.value && `region "${p.value}"`, level && `level "${level.en}"`].filter(Boolean);
  const zhMissing = p.value ? '' : '；报告中没有足够的地名确定地区，请在“地区”中填写';
  const enMissing = p.value
    ? ''
    : '; the report does not name enough places to tell its region — type it under Region';
  return {
    zh: `文件 ${p.file} 的${zhWhat.join('、')}由${from.zh}推断，请核对${zhMissing}`,
    en: `${p.file}: ${enWhat.join(' and ')} inferred from ${from.en} — please check${enMissing}`,
  };
}

const CATALOGUE = {
  internal: (p) => ({
    zh: `读取文件 ${p.file} 时发生内部错误：${p.detail}`,
    en: `Internal error while reading ${p.file}: ${p.detail}`,
  }),
  'file-too-large': (p) => ({
    zh: `文件 ${p.file} 大小为 ${mb(p.count)}，超过上限 ${mb(p.other)}`,
    en: `${p.file} is ${mb(p.count)}, above the ${mb(p.other)} limit`,
  }),
  'report-too-large': (p) => ({
    zh: `文件 ${p.file} 大小为 ${mb(p.count)}，超过年报文字或网页的上限 ${mb(p.other)}（已发布的年报网页一般不超过几 MB），未读取；请确认选择的是年报文件`,
    en: `${p.file} is ${mb(p.count)}, above the ${mb(p.other)} limit for a report as text or web page (published report pages are a few MB at most); it was not read — check that this is the report file`,
  }),
  'pdf-too-large': (p) => ({
    zh: `PDF 文件 ${p.file} 大小为 ${mb(p.count)}，超过上限 ${mb(p.other)}，未读取`,
    en: `The PDF ${p.file} is ${mb(p.count)}, above the ${mb(p.other)} limit; it was not read`,
  }),
  'dataset-too-large': (p) => ({
    zh: `数据文件 ${p.file} 大小为 ${mb(p.count)}，超过上限 ${mb(p.other)}，未读取；请按年度或地区拆成几个文件分别导入`,
    en: `The dataset file ${p.file} is ${mb(p.count)}, above the ${mb(p.other)} limit; it was not read — split it by year or region and import the parts`,
  }),
  'dataset-too-many-reports': (p) =>
    p.rowKind === 'item'
      ? {
          zh: `数据文件 ${p.file} 有 ${count(p.count)} 份报告，超过每个文件 ${count(p.other)} 份的上限，未导入；请拆成几个文件分别导入`,
          en: `The dataset file ${p.file} holds ${count(p.count)} reports, above the limit of ${count(p.other)} per file; nothing was imported — split it and import the parts`,
        }
      : {
          zh: `数据文件 ${p.file} 有 ${count(p.count)} 行数据（每行一份报告），超过每个文件 ${count(p.other)} 份报告的上限，未导入；请拆成几个文件分别导入`,
          en: `The dataset file ${p.file} has ${count(p.count)} data lines (one report each), above the limit of ${count(p.other)} reports per file; nothing was imported — split it and import the parts`,
        },
  'import-cancelled': (p) => ({
    zh: `已取消读取文件 ${p.file}，未导入其中任何内容`,
    en: `Reading ${p.file} was cancelled; nothing from it was imported`,
  }),
  'worker-unavailable': (p) => ({
    zh: `此浏览器无法在后台读取文件（${p.detail}）；为免页面卡住，页面内只读取 ${mb(p.other)} 以内的文件，文件 ${p.file}（${mb(p.count)}）未读取`,
    en: `This browser cannot read files in the background (${p.detailEn ?? p.detail}); to keep the page responsive only files up to ${mb(p.other)} are read in the page, so ${p.file} (${mb(p.count)}) was not read`,
  }),
  'worker-failed': (p) => ({
    zh: `读取文件 ${p.file} 时后台读取意外中止（${p.detail}），未导入其中任何内容`,
    en: `Reading ${p.file} stopped unexpectedly in the background (${p.detailEn ?? p.detail}); nothing from it was imported`,
  }),
  'empty-file': (p) => ({
    zh: `文件 ${p.file} 是空的，没有任何数据`,
    en: `${p.file} is empty`,
  }),
  'binary-file': (p) => ({
    zh: `文件 ${p.file} 不是文本文件（含有二进制字符），请选择 CSV 或 JSON 文件`,
    en: `${p.file} is not a text file (it contains binary bytes); choose a CSV or JSON file`,
  }),
  'decode-failed': (p) => ({
    zh: `文件 ${p.file} 标明为 ${p.detail} 编码，但内容无法按此编码读取`,
    en: `${p.file} is marked as ${p.detail} but its bytes are not valid ${p.detail}`,
  }),
  'unknown-encoding': (p) => ({
    zh: `文件 ${p.file} 既不是 UTF-8 也不是 GB18030/GBK 编码，无法读取；请另存为 UTF-8`,
    en: `${p.file} is neither UTF-8 nor GB18030/GBK; save it as UTF-8`,
  }),
  'encoding-gb18030': (p) => ({
    zh: `文件 ${p.file} 不是 UTF-8 编码，已按 GB18030（GBK）读取；请核对中文是否显示正确`,
    en: `${p.file} is not UTF-8; it was read as GB18030 (GBK) — check that the Chinese text is right`,
  }),
  'no-reports': (p) => ({
    zh: `文件 ${p.file} 中没有任何报告`,
    en: `${p.file} contains no reports`,
  }),
  'too-many-errors': (p) => ({
    zh: `……另有 ${p.count} 条错误未列出`,
    en: `… and ${p.count} more errors`,
  }),
  'stopped-early': (p) => ({
    zh: `文件 ${p.file} 错误已超过 ${p.count} 条，读到${rowAt(p).zh.trim()}时停止，其后的内容未检查`,
    en: `${p.file}: more than ${p.count} errors; reading stopped at${rowAt(p).en.slice(1)} and the rest was not checked`,
  }),
  'csv-missing-columns': (p) => ({
    zh: `文件 ${p.file} 缺少必需的列：${listText(p.list).zh}（表头第 1 行须有 unit/单位 和 year/年度）`,
    en: `${p.file} lacks required columns: ${listText(p.list).en} (the header row needs unit and year)`,
  }),
  'csv-duplicate-column': (p) => ({
    zh: `${where(p).zh}与第 ${p.other} 列是同一项（${p.key}），无法判断用哪一列`,
    en: `${where(p).en} repeats column ${p.other} (both are ${p.key})`,
  }),
  'csv-unknown-columns': (p) => ({
    zh: `文件 ${p.file} 有 ${p.count} 个无法识别的列，已忽略：${listText(p.list).zh}`,
    en: `${p.file}: ${p.count} unrecognised columns were ignored: ${listText(p.list).en}`,
  }),
  'csv-missing-figures': (p) => ({
    zh: `文件 ${p.file} 缺少 ${p.count} 个数字列，这些单元格按未填报（空白）处理：${listText(p.list).zh}`,
    en: `${p.file} lacks ${p.count} figure columns; those cells are treated as not reported: ${listText(p.list).en}`,
  }),
  'csv-format-inferred': (p) => ({
    zh: `文件 ${p.file} 有 ${p.count} 行未填模板版本（format）：填有 2019 版表二数字的行按 2019 版读取，其余按 2021 版`,
    en: `${p.file}: ${p.count} rows have no template version (format); rows with 2019-template table 2 figures were read as 2019, the others as 2021`,
  }),
  'csv-field-count': (p) => ({
    zh: `${where(p).zh}有 ${p.count} 个字段，而表头有 ${p.other} 列（可能多了或少了逗号、引号）`,
    en: `${where(p).en} has ${p.count} fields but the header has ${p.other} (a comma or quote too many or too few?)`,
  }),
  'csv-quotes': (p) => ({
    zh: `${where(p).zh}的引号不成对（${p.detail}），该行及其后的内容可能被合并`,
    en: `${where(p).en}: unbalanced quotes (${p.detail}); this and later lines may have run together`,
  }),
  'cell-not-number': (p) => cell(p, '不是数字', 'is not a number'),
  'cell-negative': (p) => cell(p, '是负数', 'is negative'),
  'cell-invalid': (p) => cell(p, '无效', 'is not valid'),
  'cell-too-long': (p) => cell(p, '过长', 'is too long'),
  'cell-required': (p) => ({
    zh: `${where(p).zh}为空，此列必须填写`,
    en: `${where(p).en} is blank but required`,
  }),
  'cell-wrong-format': (p) => ({
    zh: `${where(p).zh}的值「${p.value}」属于另一版模板：该行是 ${p.detail} 版，没有这一项`,
    en: `${where(p).en}: value "${p.value}" belongs to the other template; this report uses the ${p.detail} template`,
  }),
  'duplicate-report': (p) => ({
    zh: `文件 ${p.file}${rowAt(p).zh}与${rowAt(p, p.other).zh.trim()}是同一单位同一年度（${p.value}）`,
    en: `${p.file}${rowAt(p).en} repeats${rowAt(p, p.other).en.slice(1)} (same unit and year: ${p.value})`,
  }),
  'json-syntax': (p) => ({
    zh: `文件 ${p.file} 不是有效的 JSON：${p.detail}`,
    en: `${p.file} is not valid JSON: ${p.detail}`,
  }),
  'json-shape': (p) => ({
    zh: `文件 ${p.file} 的顶层应为报告数组，或 {"reports": [...]}，实际是${bilingual(p.detail).zh}`,
    en: `${p.file} must hold an array of reports or {"reports": [...]}; found ${bilingual(p.detail).en}`,
  }),
  'json-not-object': (p) => ({
    zh: `${where(p).zh}不是对象（每一项应为一份报告）`,
    en: `${where(p).en} is not an object (each item must be one report)`,
  }),
  'json-schema': (p) => ({
    zh: `${where(p).zh}的值「${p.value}」不符合要求：${bilingual(p.expected).zh}`,
    en: `${where(p).en}: value "${p.value}" is not accepted: ${bilingual(p.expected).en}`,
  }),
  'json-unknown-keys': (p) => ({
    zh: `文件 ${p.file} 有 ${p.count} 个无法识别的字段，已忽略：${listText(p.list).zh}`,
    en: `${p.file}: ${p.count} unrecognised fields were ignored: ${listText(p.list).en}`,
  }),
  'manifest-syntax': (p) => ({
    zh: `数据目录 ${p.file} 不是有效的 JSON：${p.detail}`,
    en: `Manifest ${p.file} is not valid JSON: ${p.detail}`,
  }),
  'manifest-schema': (p) => ({
    zh: `数据目录 ${p.file}「${p.column}」的值「${p.value}」不符合要求：${bilingual(p.expected).zh}`,
    en: `Manifest ${p.file}, ${p.column}: value "${p.value}" is not accepted: ${bilingual(p.expected).en}`,
  }),
  'manifest-invalid': (p) => ({
    zh: `数据目录 ${p.file}「${p.column}」：${p.detail}`,
    en: `Manifest ${p.file}, ${p.column}: ${p.detailEn ?? p.detail}`,
  }),
  'pdf-scanned': (p) => ({
    zh: `文件 ${p.file} 是扫描版 PDF，没有文字层，无法读取数字；请使用网页版或可复制文字的 PDF`,
    en: `${p.file} is a scanned PDF with no text layer, so its figures cannot be read; use the web page or a PDF whose text can be copied`,
  }),
  'pdf-unreadable': (p) => ({
    zh: `文件 ${p.file} 不是有效的 PDF 或已损坏，无法打开（${p.detail}）`,
    en: `${p.file} is not a valid PDF or is damaged and cannot be opened (${p.detailEn ?? p.detail})`,
  }),
  'pdf-encrypted': (p) => ({
    zh: `文件 ${p.file} 是加密（需要密码）的 PDF，无法读取；请使用未加密的版本或网页版`,
    en: `${p.file} is an encrypted (password-protected) PDF and cannot be read; use an unprotected copy or the web page`,
  }),
  'pdf-pages-capped': (p) => ({
    zh: `文件 ${p.file} 共 ${p.other} 页，只读取了前 ${p.count} 页`,
    en: `${p.file} has ${p.other} pages; only the first ${p.count} were read`,
  }),
  'archive-file': (p) => ({
    zh: `文件 ${p.file} 是压缩包或 Office 文档（zip/docx/xlsx），不是年报文件；请使用网页、文字或 PDF 版年报`,
    en: `${p.file} is a zip archive or Office document (zip/docx/xlsx), not a report; use the report's web page, text or PDF`,
  }),
  'image-file': (p) => ({
    zh: `文件 ${p.file} 是图片（${p.detail}），图片无法读取，请使用文字版（网页或可复制文字的 PDF）`,
    en: `${p.file} is an image (${p.detail}); images cannot be read — use a text version (web page or a PDF whose text can be copied)`,
  }),
  'report-not-found': (p) => ({
    zh: `文件 ${p.file} 不像政府信息公开工作年度报告：没有找到表二、表三或表四（主动公开、依申请公开、行政复议和行政诉讼情况）`,
    en: `${p.file} does not look like a government information-disclosure annual report: none of tables 2, 3 or 4 was found`,
  }),
  'report-no-year': (p) => ({
    zh: `文件 ${p.file} 中没有找到报告年度（如“2022年政府信息公开工作年度报告”）`,
    en: `${p.file}: no report year found (e.g. "2022年政府信息公开工作年度报告")`,
  }),
  'report-no-unit': (p) => ({
    zh: `文件 ${p.file} 的标题中没有找到单位名称，暂用「${p.value}」，请在保存前更正`,
    en: `${p.file}: no unit name in the title; "${p.value}" is used for now — correct it before saving`,
  }),
  'report-table-missing': (p) => ({
    zh: `文件 ${p.file} 中没有找到${bilingual(p.detail).zh}，其单元格按未填报（空白）处理`,
    en: `${p.file}: ${bilingual(p.detail).en} was not found; its cells are left blank (not reported)`,
  }),
  'report-other-single-row': (p) => ({
    zh: `文件 ${p.file} 表三“（六）其他处理”印为一行、没有分项：已记入“其他处理（单行）”，三个分项留空`,
    en: `${p.file}: table 3 prints "(6) other handling" as one row without sub-rows; it is kept as the single-row total and the three sub-rows are left blank`,
  }),
  'report-place-inferred': (p) => placeInferred(p),
  'report-label-typo': (p) => ({
    zh: `文件 ${p.file} 的行名「${p.value}」与模板不一致，按相近的「${p.expected}」读取，请核对`,
    en: `${p.file}: row label "${p.value}" differs from the template; it was read as "${p.expected}" — please check`,
  }),
  'report-row-width': (p) => ({
    zh: `文件 ${p.file} 的「${p.value}」有 ${p.count} 个数字，应为 ${p.other} 个，无法判断对应哪一列，该行留空`,
    en: `${p.file}: "${p.value}" has ${p.count} figures where ${p.other} are expected; the columns cannot be told apart, so the row is left blank`,
  }),
  'report-cell-unreadable': (p) => ({
    zh: `文件 ${p.file} 中 ${p.column} 的值「${p.value}」不是数字，按未填报处理`,
    en: `${p.file}: ${p.column} value "${p.value}" is not a number; left blank`,
  }),
  'report-flat-ambiguous': (p) => ({
    zh: `文件 ${p.file} 的「${p.value}」各格数字连在一起（表格分隔已丢失），按模板勾稽关系有 ${p.count} 种拆分方式，无法唯一确定，该行留空`,
    en: `${p.file}: the figures of "${p.value}" run together (the table's cell breaks were lost); the template's totals allow ${p.count} ways to split them, not exactly one, so the row is left blank`,
  }),
  'report-flat-unsplit': (p) => ({
    zh: `文件 ${p.file} 的「${p.value}」各格数字连在一起（表格分隔已丢失），该行各列之间没有勾稽关系可用于拆分，该行留空`,
    en: `${p.file}: the figures of "${p.value}" run together (the table's cell breaks were lost) and the row has no total to split them by, so it is left blank`,
  }),
} satisfies Record<string, Template>;

export type MessageCode = keyof typeof CATALOGUE;

function truncate(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_VALUE ? `${chars.slice(0, MAX_VALUE).join('')}…` : value;
}

/** Build a message from the catalogue; `value` is cut to 50 characters. */
export function message(code: MessageCode, params: MessageParams): LoadMessage {
  const p = params.value === undefined ? params : { ...params, value: truncate(params.value) };
  const text = CATALOGUE[code](p);
  const out: LoadMessage = { code, file: p.file, zh: text.zh, en: text.en };
  if (p.row !== undefined) out.row = p.row;
  if (p.column !== undefined) out.column = columnField(p);
  if (p.value !== undefined) out.value = p.value;
  if (p.expected !== undefined) out.expected = p.expected;
  return out;
}

function columnField(p: MessageParams): string {
  return p.key && p.key !== p.column ? `${p.column} (${p.key})` : (p.column ?? '');
}

/** Readers stop after this many errors: a file of bad cells must not take minutes. */
export const STOP_AFTER_ERRORS = 2000;

/** The first `max` errors plus one "… and N more" message. */
export function capMessages(list: LoadMessage[], file: string, max = 200): LoadMessage[] {
  if (list.length <= max) return list;
  return [...list.slice(0, max), message('too-many-errors', { file, count: list.length - max })];
}

/** The parts of a zod issue the loaders turn into text. */
export interface SchemaIssue {
  code: string;
  message: string;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
}

const TYPE_ZH: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  object: '对象',
  array: '数组',
  boolean: 'true 或 false',
  record: '对象',
};

/** "中文 / zod's English message": what the schema expected, in both languages. */
export function schemaExpected(issue: SchemaIssue): string {
  if (issue.message.includes(' / ')) return issue.message;
  return `${schemaZh(issue)} / ${issue.message}`;
}

function schemaZh(issue: SchemaIssue): string {
  const unit = issue.origin === 'string' ? ' 个字符' : issue.origin === 'array' ? ' 项' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `应为${TYPE_ZH[String(issue.expected)] ?? String(issue.expected)}`;
    case 'too_small':
      return unit ? `应至少 ${String(issue.minimum)}${unit}` : `应不小于 ${String(issue.minimum)}`;
    case 'too_big':
      return unit ? `应最多 ${String(issue.maximum)}${unit}` : `应不大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `应为以下之一：${(issue.values ?? []).map((v) => String(v)).join('、')}`;
    default:
      return '格式不符';
  }
}
