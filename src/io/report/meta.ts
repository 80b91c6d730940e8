// Unit and year from the title (“管委会办公室2022年政府信息公开工作年度报告”, possibly wrapped
// over two or three lines), a fuller unit name from the body where it is printed with its
// place prefix, and the level only where the name states it (…区人民政府).
import type { Level } from '../../domain/meta';
import { squeeze } from './lines';

export interface Meta {
  unit: string | null;
  year: number | null;
  level: Level | null;
  title: string | null;
}

const TITLE =
  /^(.*?)(\d{4})年度?(.*?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?报告/;
const MAX_TITLE = 80;
const LEVEL_BY_SUFFIX: readonly [RegExp, Level][] = [
  [/省人民政府$/, 'province'],
  [/市人民政府$/, 'city'],
  [/区人民政府$/, 'district'],
  [/县人民政府$/, 'county'],
];

/** Drop the spaces PDF text puts around Chinese characters, keep those inside Latin names. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+(?=[\u3000-\u9fff\uff00-\uffef\d])|(?<=[\u3000-\u9fff\uff00-\uffef\d])\s+/g, '');
}

function cleanUnit(text: string): string {
  return text
    .replace(/^[#*\s【[]+|[】\]_|\s-]+$/g, '')
    .replace(/^(?:正文|关于|标题[:：]|题目[:：])/, '');
}

function titleAt(lines: readonly string[], i: number): Omit<Meta, 'level'> | null {
  for (let back = 0; back <= 2 && i - back >= 0; back++) {
    const joined = tidy(
      lines
        .slice(i - back, i + 1)
        .map((l) => l.trim())
        .join(''),
    );
    if (joined.length > MAX_TITLE) break;
    const m = TITLE.exec(joined);
    if (!m) continue;
    const year = Number(m[2]);
    const unit = cleanUnit(m[3] !== '' ? m[3]! : m[1]!);
    if (unit !== '' || back === 2) return { unit: unit || null, year, title: joined };
  }
  return null;
}

/** "管委会办公室" printed in the body as "示范区管委会办公室" or "淮安市洪泽区人民政府…". */
function fullerUnit(unit: string, body: string): string {
  const escaped = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(
    `(?<=^|[^\\u4e00-\\u9fa5]|[由在经对向是于为])([\\u4e00-\\u9fa5]{1,4}[省市区县州盟])${escaped}`,
  ).exec(body);
  const prefix = m?.[1];
  return prefix !== undefined && !unit.startsWith(prefix) ? prefix + unit : unit;
}

export function readMeta(lines: readonly string[], before: number): Meta {
  const limit = Math.min(before, lines.length);
  for (let i = 0; i < limit; i++) {
    if (!/报告/.test(lines[i]!)) continue;
    const found = titleAt(lines, i);
    if (!found) continue;
    const body = squeeze(lines.slice(i + 1, limit).join(''));
    const unit = found.unit === null ? null : fullerUnit(found.unit, body);
    return { ...found, unit, level: levelOf(unit) };
  }
  return {
    unit: null,
    year: yearFromBody(lines.slice(0, limit).join('')),
    level: null,
    title: null,
  };
}

function levelOf(unit: string | null): Level | null {
  if (unit === null) return null;
  return LEVEL_BY_SUFFIX.find(([re]) => re.test(unit))?.[1] ?? null;
}

function yearFromBody(text: string): number | null {
  const m = /(\d{4})\s*年度?\s*(?:政府信息公开|政务公开)/.exec(text);
  return m ? Number(m[1]) : null;
}
