// Table 2 → proactive (2021 template) or proactive2019 + the comparable decision counts.
// Rows are recognised by their label keywords; a wrapped label is joined with the text
// printed just above its figures.
import { deriveComparable2019 } from '../../domain/cells';
import { T2_2019_ROWS } from '../../domain/template';
import { fitValues, type Row } from './lines';
import { putRow, type Sink } from './sink';

interface T2Rule {
  readonly test: RegExp;
  readonly keys: readonly string[];
}

const STOCK = ['issued', 'repealed', 'valid'];
const RULES_2021: readonly T2Rule[] = [
  { test: /规章/, keys: STOCK.map((c) => `proactive.regulations.${c}`) },
  { test: /规范性文件/, keys: STOCK.map((c) => `proactive.normativeDocuments.${c}`) },
  { test: /行政许可/, keys: ['proactive.licensing'] },
  { test: /行政处罚/, keys: ['proactive.punishment'] },
  { test: /行政强制/, keys: ['proactive.coercion'] },
  { test: /事业性收费|^收费$/, keys: ['proactive.fees'] },
];

const TESTS_2019: Record<string, RegExp> = {
  regulations: /规章/,
  normativeDocuments: /规范性文件/,
  licensing: /行政许可/,
  otherServices: /其他对外管理服务/,
  punishment: /行政处罚/,
  coercion: /行政强制/,
  fees: /事业性收费/,
  procurement: /集中采购/,
};
const RULES_2019: readonly T2Rule[] = T2_2019_ROWS.map((r) => ({
  test: TESTS_2019[r.key]!,
  keys: r.columns.map((c) => `proactive2019.${r.key}.${c}`),
}));

/** The flat keys of one table-2 row (`normativeDocuments`, `fees` …) in the report's template. */
export function table2RowKeys(row: string, format: '2019' | '2021'): readonly string[] {
  if (format === '2019')
    return RULES_2019.find((r) => r.keys[0]?.startsWith(`proactive2019.${row}.`))?.keys ?? [];
  const keys = RULES_2021.flatMap((r) => r.keys);
  return keys.filter((k) => k === `proactive.${row}` || k.startsWith(`proactive.${row}.`));
}

const HEADER = /信息内容|本年|数量|单位[:：]/;
const SECTION = /第二十条第[（(][一二三四五六七八九十]+[)）]项/g;

export function isTemplate2019(text: string): boolean {
  return /本年新制作数量|对外公开总数量|上一年项目数量/.test(text.replace(/\s+/g, ''));
}

export function readTable2(sink: Sink, rows: readonly Row[]): boolean {
  const rules = sink.report.format === '2019' ? RULES_2019 : RULES_2021;
  const done = new Set<T2Rule>();
  let pending = '';
  for (const row of rows) {
    if (row.values.length === 0) {
      pending = HEADER.test(row.label) ? '' : row.label.replace(SECTION, '');
      continue;
    }
    const rule = pick(rules, done, row.label) ?? pick(rules, done, pending + row.label);
    pending = '';
    if (!rule) continue;
    done.add(rule);
    putRow(sink, rule.keys, fitValues(row.values, rule.keys.length), row);
  }
  if (sink.report.format === '2019') deriveComparable2019(sink.report);
  return done.size > 0;
}

function pick(rules: readonly T2Rule[], done: Set<T2Rule>, label: string): T2Rule | undefined {
  const bare = label.replace(SECTION, '');
  if (bare === '' || HEADER.test(bare)) return undefined;
  // 规章 must not claim 规范性文件 rows, hence the first unfinished rule that matches.
  return rules.find((r) => !done.has(r) && r.test.test(bare));
}
