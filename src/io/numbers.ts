// Cell text → number | null. Accepts what spreadsheets and published reports actually write
// (thousands separators, full-width digits, a trailing %, the usual "not reported" marks,
// 2000余 / 近800 for approximate narrative figures) and rejects everything else.
import type { FieldDef } from '../domain/fields';

export type NumberParse =
  | { ok: true; value: number | null; approx: boolean }
  | { ok: false; expected: string /* zh+en short */ };

export interface ParseCellOptions {
  /** Allow a minus sign (only the 2019 template's 本年增/减). */
  signed?: boolean;
  /** Allow 2000余 / 2000+ / 2000多 / 近800 / 约800 / ≈800 (narrative counts). */
  allowApprox?: boolean;
}

const NOT_REPORTED = new Set(['', '/', '—', '——', '–', '-', '--', '不适用', 'null', 'n/a']);
const BLANK: NumberParse = Object.freeze({ ok: true, value: null, approx: false }) as NumberParse;
// Full-width ０-９ ． ， ％ － ＋ ／ sit 0xFEE0 above their ASCII forms.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF05\uFF0D\uFF0B\uFF0F]/g;
const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const APPROX_BEFORE = /^(?:近|约|≈|~|～)\s*/;
const APPROX_AFTER = /\s*(?:余|多|\+)$/;
const MAX_FAST_DIGITS = 15;

export function expectedFor(opts: ParseCellOptions): string {
  if (opts.signed)
    return '数字（可为负数），空白表示未填报 / a number (may be negative); blank means not reported';
  if (opts.allowApprox) {
    return '非负数，可写 2000余、近800，空白表示未填报 / a non-negative number (2000+ or ~800 allowed); blank means not reported';
  }
  return '非负数，空白表示未填报 / a non-negative number; blank means not reported';
}

/** What a figure column holds, for messages: 应为非负整数，空白表示未填报. */
export function expectedForField(field: FieldDef): string {
  if (field.signed) return expectedFor({ signed: true });
  if (field.kind === 'rate')
    return '0–100 的百分数，空白表示未填报 / a percentage 0–100; blank means not reported';
  if (field.kind === 'amount') {
    return `非负金额（${field.unit}），空白表示未填报 / a non-negative amount (${field.unit}); blank means not reported`;
  }
  const approx = field.table === 'narrative' ? '，可写 2000余、近800' : '';
  return `非负整数${approx}，空白表示未填报 / a non-negative integer; blank means not reported`;
}

/** The parse options a figure column needs. */
export function cellOptions(field: FieldDef): ParseCellOptions {
  return {
    signed: field.signed,
    allowApprox: field.table === 'narrative' && field.kind === 'count',
  };
}

export function parseCell(raw: string, opts: ParseCellOptions): NumberParse {
  if (raw === '') return BLANK;
  const fast = plainDigits(raw);
  if (fast !== null) return { ok: true, value: fast, approx: false };
  return parseSlow(raw, opts);
}

/** Most cells are short runs of ASCII digits: read them without regexes or allocation. */
export function plainDigits(raw: string): number | null {
  if (raw.length > MAX_FAST_DIGITS) return null;
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
}

function parseSlow(raw: string, opts: ParseCellOptions): NumberParse {
  let text = foldWidth(raw.trim());
  if (NOT_REPORTED.has(text.toLowerCase())) return BLANK;
  let approx = false;
  if (opts.allowApprox && (APPROX_BEFORE.test(text) || APPROX_AFTER.test(text))) {
    approx = true;
    text = text.replace(APPROX_BEFORE, '').replace(APPROX_AFTER, '');
  }
  if (text.endsWith('%')) text = text.slice(0, -1).trimEnd();
  let sign = 1;
  if (text.startsWith('+')) text = text.slice(1);
  else if (text.startsWith('-')) {
    sign = -1;
    text = text.slice(1);
  }
  if (!PLAIN.test(text) && !GROUPED.test(text)) return { ok: false, expected: expectedFor(opts) };
  const value = sign * Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value) || (value < 0 && !opts.signed)) {
    return { ok: false, expected: expectedFor(opts) };
  }
  return { ok: true, value: value === 0 ? 0 : value, approx };
}

function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A report year: an integer 1990–2100, optionally written 2022年 or with full-width digits. */
export function parseYear(raw: string): number | null {
  const text = foldWidth(raw.trim()).replace(/\s*年(?:度)?$/, '');
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1990 && year <= 2100 ? year : null;
}

export const YEAR_EXPECTED =
  '1990–2100 的整数年份，如 2022 或 2022年 / a year 1990–2100, e.g. 2022';
