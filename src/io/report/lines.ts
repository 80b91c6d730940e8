// Text → rows. A row is one run of label text followed by its figures, so a line that holds
// two table rows run together becomes two rows. Cells come from tabs, markdown pipes, or (for
// pdftotext-style layouts) runs of spaces; blank cells are kept only where a separator shows them.

export interface Row {
  /** The source line, trimmed and cut to 200 characters (provenance). */
  readonly raw: string;
  /** Label text with all whitespace removed. */
  readonly label: string;
  /** Figure cells as written ('' = blank cell). */
  readonly values: string[];
  /** Index of the source line. */
  readonly line: number;
}

const VALUE = /^[+-]?\d[\d,]*(?:\.\d+)?(?:%|万元|元|件|个|项|条)?$/;
const BLANK_MARKS = new Set(['/', '—', '——', '–', '-', '－', '--', '不适用']);
const FOOTER = /^[-－—]\s*\d+\s*[-－—]$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$/;
const MD_RULE = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$/;
const MAX_RAW = 200;

/** Full-width digits and the decimal point fold to ASCII; NBSP and ideographic spaces to spaces. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/g, '.')
    .replace(/[\u00a0\u3000\u2002\u2003\u200b]/g, (ch) => (ch === '\u200b' ? '' : ' '))
    .replace(/\r\n?/g, '\n');
}

export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

export function isValueCell(cell: string): boolean {
  return VALUE.test(cell) || BLANK_MARKS.has(cell);
}

/** The lines of a text with page footers ('-1-', '第 1 页') dropped. */
export function textLines(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map((l) => l.replace(/ +$/, ''))
    .filter((l) => !FOOTER.test(l.trim()));
}

function cellsOf(line: string): { cells: string[]; explicit: boolean } {
  const t = line.trim();
  if (t.startsWith('|')) {
    const cells = t.split('|').map((c) => c.trim());
    return { cells: cells.slice(1, t.endsWith('|') ? -1 : undefined), explicit: true };
  }
  if (line.includes('\t')) return { cells: line.split('\t').map((c) => c.trim()), explicit: true };
  return { cells: t.split(/\s+/), explicit: false };
}

/** Split one line into rows: each run of text cells starts a row, the value cells after it follow. */
export function lineRows(line: string, index: number): Row[] {
  const t = line.trim();
  if (t === '' || MD_RULE.test(t)) return [];
  const { cells, explicit } = cellsOf(line);
  const raw = Array.from(t).slice(0, MAX_RAW).join('');
  const rows: Row[] = [];
  let label = '';
  let values: string[] = [];
  const flush = (): void => {
    if (label !== '' || values.some((v) => v !== '')) {
      rows.push({ raw, label: squeeze(label), values, line: index });
    }
  };
  for (const cell of cells) {
    const isValue = cell === '' ? explicit : isValueCell(cell);
    if (isValue) {
      values.push(cell);
    } else if (cell !== '') {
      if (values.some((v) => v !== '')) {
        flush();
        label = '';
        values = [];
      } else values = [];
      label += cell;
    }
  }
  flush();
  return rows;
}

export function toRows(lines: readonly string[], from = 0, to = lines.length): Row[] {
  const out: Row[] = [];
  for (let i = from; i < to; i++) out.push(...lineRows(lines[i]!, i));
  return out;
}

/** Fit a row's cells to `n` figures: drop blank padding, then report whether they fit. */
export function fitValues(values: readonly string[], n: number): string[] | null {
  let v = values.slice();
  while (v.length > n && v[0] === '') v = v.slice(1);
  while (v.length > n && v[v.length - 1] === '') v = v.slice(0, -1);
  return v.length === n ? v : null;
}
