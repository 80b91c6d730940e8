// The field dictionary: every figure of the contract (tables 2, 3, 4, the 2019 table 2 and the
// narrative figures) as one flat list keyed by `requests.denied.thirdParty.natural`-style keys.
// CSV headers (key or Chinese), UI labels, exports and checks all read from here.
import {
  APPLICANT_COLUMNS,
  DECISION_ROWS,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
  FEES_ROW,
  NARRATIVE_FIGURES,
  REQUEST_ROWS,
  STOCK_COLUMNS,
  STOCK_ROWS,
  T2_2019_COLUMNS,
  T2_2019_ROWS,
  type TemplateFormat,
} from './template';

export type FieldKind = 'count' | 'amount' | 'rate';
export type FieldTable = 't2' | 't2-2019' | 't3' | 't4' | 'narrative';

export interface FieldDef {
  /** Flat key, e.g. `requests.denied.thirdParty.natural`. */
  readonly key: string;
  /** Object path in the nested report. */
  readonly path: readonly string[];
  readonly zh: string;
  readonly en: string;
  /** Short Chinese CSV header, e.g. `本年新收-自然人`. */
  readonly header: string;
  readonly table: FieldTable;
  /** Row and column as the template prints them. */
  readonly row: string;
  readonly column: string;
  readonly unit: string;
  readonly kind: FieldKind;
  /** Only the 2019 template's 本年增/减 may be negative. */
  readonly signed: boolean;
  /** Fee amounts keep at most 4 decimals. */
  readonly maxDecimals: number;
  /** Template versions in which the field exists. */
  readonly formats: readonly TemplateFormat[];
}

const BOTH: readonly TemplateFormat[] = ['2019', '2021'];
const ONLY_2021: readonly TemplateFormat[] = ['2021'];
const ONLY_2019: readonly TemplateFormat[] = ['2019'];

function field(
  def: Omit<FieldDef, 'path' | 'signed' | 'maxDecimals'> & Partial<FieldDef>,
): FieldDef {
  return { path: def.key.split('.'), signed: false, maxDecimals: 0, ...def };
}

function table2Fields(): FieldDef[] {
  const out: FieldDef[] = [];
  for (const row of STOCK_ROWS) {
    for (const col of STOCK_COLUMNS) {
      out.push(
        field({
          key: `proactive.${row.key}.${col.key}`,
          zh: `${row.zh} ${col.zh}`,
          en: `${row.en}: ${col.en}`,
          header: `${row.zh}-${col.zh}`,
          table: 't2',
          row: `${row.section} ${row.zh}`,
          column: col.zh,
          unit: '件',
          kind: 'count',
          formats: ONLY_2021,
        }),
      );
    }
  }
  for (const row of DECISION_ROWS) {
    out.push(
      field({
        key: `proactive.${row.key}`,
        zh: `${row.zh} 本年处理决定数量`,
        en: row.en,
        header: `${row.zh}-处理决定数量`,
        table: 't2',
        row: `${row.section} ${row.zh}`,
        column: '本年处理决定数量',
        unit: '件',
        kind: 'count',
        formats: BOTH,
      }),
    );
  }
  out.push(
    field({
      key: 'proactive.fees',
      zh: `${FEES_ROW.zh} 本年收费金额（万元）`,
      en: `${FEES_ROW.en} (10k yuan)`,
      header: `${FEES_ROW.zh}-收费金额(万元)`,
      table: 't2',
      row: `${FEES_ROW.section} ${FEES_ROW.zh}`,
      column: '本年收费金额（万元）',
      unit: '万元',
      kind: 'amount',
      maxDecimals: 4,
      formats: ONLY_2021,
    }),
  );
  return out;
}

function table2019Fields(): FieldDef[] {
  return T2_2019_ROWS.flatMap((row) =>
    row.columns.map((colKey) => {
      const col = T2_2019_COLUMNS[colKey]!;
      return field({
        key: `proactive2019.${row.key}.${colKey}`,
        zh: `${row.zh} ${col.zh}（2019版）`,
        en: `${row.en}: ${col.en} (2019 template)`,
        header: `2019版-${row.zh}-${col.zh}`,
        table: 't2-2019',
        row: `${row.section} ${row.zh}`,
        column: col.zh,
        unit: col.unit,
        kind: colKey === 'amount' ? 'amount' : 'count',
        signed: colKey === 'change',
        maxDecimals: colKey === 'amount' ? 6 : 0,
        formats: ONLY_2019,
      });
    }),
  );
}

function table3Fields(): FieldDef[] {
  return REQUEST_ROWS.flatMap((row) =>
    APPLICANT_COLUMNS.map((col) =>
      field({
        key: `requests.${row.key}.${col.key}`,
        zh: `${row.zh} ${col.zh}`,
        en: `${row.en}: ${col.en}`,
        header: `${row.short}-${col.zh}`,
        table: 't3',
        row: row.zh,
        column: col.zh,
        unit: '件',
        kind: 'count',
        formats: BOTH,
      }),
    ),
  );
}

function table4Fields(): FieldDef[] {
  return DISPUTE_GROUPS.flatMap((group) =>
    DISPUTE_COLUMNS.map((col) =>
      field({
        key: `${group.key}.${col.key}`,
        zh: `${group.zh} ${col.zh}`,
        en: `${group.en}: ${col.en}`,
        header: `${group.zh}-${col.zh}`,
        table: 't4',
        row: group.zh,
        column: col.zh,
        unit: '件',
        kind: 'count',
        formats: BOTH,
      }),
    ),
  );
}

function narrativeFields(): FieldDef[] {
  return NARRATIVE_FIGURES.map((fig) =>
    field({
      key: `narrative.${fig.key}`,
      zh: fig.zh,
      en: fig.en,
      header: `${fig.zh}(${fig.unit})`,
      table: 'narrative',
      row: '一、总体情况',
      column: fig.zh,
      unit: fig.unit,
      kind: fig.kind,
      maxDecimals: fig.kind === 'rate' ? 2 : 0,
      formats: BOTH,
    }),
  );
}

/** Every numeric field of the contract, in template order. */
export const FIELDS: readonly FieldDef[] = [
  ...table2Fields(),
  ...table2019Fields(),
  ...table3Fields(),
  ...table4Fields(),
  ...narrativeFields(),
];

export const FIELD_BY_KEY: ReadonlyMap<string, FieldDef> = new Map(FIELDS.map((f) => [f.key, f]));

/** The fields that exist in a template version (tables 2–4 and narrative). */
export function fieldsForFormat(format: TemplateFormat): readonly FieldDef[] {
  return format === '2019' ? FIELDS_2019 : FIELDS_2021;
}
const FIELDS_2019 = FIELDS.filter((f) => f.formats.includes('2019'));
const FIELDS_2021 = FIELDS.filter((f) => f.formats.includes('2021'));

/** Fields of tables 2–4 (what MISSING, Y-CLONE and U-CLONE look at). */
export function isTableField(f: FieldDef): boolean {
  return f.table !== 'narrative';
}

export function fieldLabel(key: string, lang: 'zh' | 'en'): string {
  const f = FIELD_BY_KEY.get(key);
  return f ? f[lang] : key;
}
