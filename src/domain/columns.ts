// The wide CSV layout: one row per report, one column per meta field and per figure.
// Headers are the flat keys; the dictionary's Chinese headers (本年新收-自然人) map to the same keys.
import { FIELDS } from './fields';
import { META_COLUMNS } from './meta';

export interface CsvColumn {
  readonly key: string;
  /** Chinese header written for Excel users. */
  readonly zh: string;
  readonly kind: 'meta' | 'figure';
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  ...META_COLUMNS.map((m) => ({ key: m.key, zh: m.zh, kind: 'meta' as const })),
  ...FIELDS.map((f) => ({ key: f.key, zh: f.header, kind: 'figure' as const })),
];

/** Every header spelling we accept (key, Chinese header, meta aliases) → key. */
export const HEADER_TO_KEY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const m of META_COLUMNS) {
    for (const h of [m.key, m.zh, ...m.aliases]) map.set(h, m.key);
  }
  for (const f of FIELDS) {
    map.set(f.key, f.key);
    map.set(f.header, f.key);
  }
  return map;
})();
