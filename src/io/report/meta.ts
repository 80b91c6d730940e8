// Unit and year from the title (“管委会办公室2022年政府信息公开工作年度报告”, possibly wrapped
// over two or three lines), a fuller unit name from the body where it is printed with its
// place prefix, then region and level from the unit name and the places the text prints.
import type { Level } from '../../domain/meta';
import { squeeze } from './lines';
import { inferPlace, type Place } from './place';

export interface Meta {
  unit: string | null;
  year: number | null;
  level: Level | null;
  region: string | null;
  /** What region and level were inferred from (for the user's warning); null: nothing was. */
  placeFrom: Place['from'];
  title: string | null;
}

const TITLE =
  /^(.*?)(\d{4})年度?(.*?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?报告/;
const MAX_TITLE = 80;

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

type Title = Pick<Meta, 'unit' | 'year' | 'title'>;

function titleAt(lines: readonly string[], i: number): Title | null {
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
  // Everything before table 2: site chrome, title, the opening paragraphs that cite documents.
  const text = squeeze(lines.slice(0, limit).join(''));
  for (let i = 0; i < limit; i++) {
    if (!/报告/.test(lines[i]!)) continue;
    const found = titleAt(lines, i);
    if (!found) continue;
    const body = squeeze(lines.slice(i + 1, limit).join(''));
    const unit = found.unit === null ? null : fullerUnit(found.unit, body);
    const place = inferPlace(unit, text);
    return { ...found, unit, level: place.level, region: place.region, placeFrom: place.from };
  }
  return {
    unit: null,
    year: yearFromBody(text),
    level: null,
    region: null,
    placeFrom: null,
    title: null,
  };
}

function yearFromBody(text: string): number | null {
  const m = /(\d{4})\s*年度?\s*(?:政府信息公开|政务公开)/.exec(text);
  return m ? Number(m[1]) : null;
}
