// Lookups over the gazetteer table: a division at the start of a unit name, and every province or
// prefecture a text prints. Built once when the parser module loads (a few hundred names).
import { LEVELS, type Level } from '../../domain/meta';
import { DIRECT, MUNICIPALITIES, PROVINCES } from './gazetteer-data';

export interface Division {
  /** The name as printed (a prefecture's short form 延边州 resolves to its full name). */
  name: string;
  /** The path from the province down, including this division. */
  path: string;
  province: string;
}

export interface DirectUnit extends Division {
  /** The path of what it sits under. */
  parent: string;
  level: Level;
}

interface Tables {
  provinces: Map<string, Division>; // full names
  shortForms: Map<string, Division>; // 河北 → 河北省
  prefectures: Map<string, Division>; // full names and short forms
  /** provinces' full names and prefectures', for scanning a text */
  all: Map<string, Division>;
  direct: Map<string, DirectUnit>;
}

function build(): Tables {
  const t: Tables = {
    provinces: new Map(),
    shortForms: new Map(),
    prefectures: new Map(),
    all: new Map(),
    direct: new Map(),
  };
  for (const line of PROVINCES.trim().split('\n')) {
    const [full, short, list] = line.split('|') as [string, string, string];
    const province = { name: full, path: full, province: full };
    t.provinces.set(full, province);
    t.all.set(full, province);
    t.shortForms.set(short, province);
    for (const item of list.split(' ').filter(Boolean)) {
      const [name, alias] = item.split('=') as [string, string | undefined];
      const division = { name, path: `${full}/${name}`, province: full };
      for (const printed of alias ? [name, alias] : [name]) {
        t.prefectures.set(printed, division);
        t.all.set(printed, division);
      }
    }
  }
  for (const line of DIRECT.trim().split('\n')) {
    const [name, parent, level] = line.split(' ') as [string, string, string];
    const province = parent.split('/')[0]!;
    const lv = LEVELS.find((l) => l === level) ?? 'other';
    t.direct.set(name, { name, path: `${parent}/${name}`, province, parent, level: lv });
  }
  return t;
}

const T = build();
const LONGEST = Math.max(...[...T.provinces.keys(), ...T.prefectures.keys()].map((n) => n.length));

export function isMunicipality(province: string): boolean {
  return (MUNICIPALITIES as readonly string[]).includes(province);
}

interface AtStart<D> {
  division: D;
  /** How many characters the name took, as printed (a short form is shorter). */
  length: number;
}

/** The longest name of `table` that `text` starts with. */
function atStart<D>(table: Map<string, D>, text: string): AtStart<D> | null {
  let best: AtStart<D> | null = null;
  for (const [name, division] of table) {
    if (text.startsWith(name) && (!best || name.length > best.length)) {
      best = { division, length: name.length };
    }
  }
  return best;
}

/** A province's full name at the start of a unit name (上海市科委 → 上海市). */
export function provinceAtStart(text: string): AtStart<Division> | null {
  return atStart(T.provinces, text);
}

/** A province's short form at the start (河北雄安新区 → 河北省), for the caller to confirm. */
export function shortFormAtStart(text: string): AtStart<Division> | null {
  return atStart(T.shortForms, text);
}

/** A prefecture (full name or short form) at the start. */
export function prefectureAtStart(text: string): AtStart<Division> | null {
  return atStart(T.prefectures, text);
}

export function directAtStart(text: string): DirectUnit | null {
  return atStart(T.direct, text)?.division ?? null;
}

export interface Mentions {
  /** Provinces printed by name or implied by a prefecture printed. */
  provinces: Set<string>;
  prefectures: Map<string, Division>;
}

/**
 * Every province and prefecture a text prints by its full name (or a prefecture's short form).
 * 上海市场 is not 上海市: a 市 followed by 场 is the word 市场.
 */
export function mentionsIn(text: string): Mentions {
  const out: Mentions = { provinces: new Set(), prefectures: new Map() };
  for (let i = 0; i < text.length; i++) {
    if (!'省市区州盟'.includes(text[i]!)) continue;
    if (text[i] === '市' && text[i + 1] === '场') continue;
    const d = endingAt(T.all, text, i + 1);
    if (d) out.provinces.add(d.province);
    if (d && d.path !== d.province) out.prefectures.set(d.name, d);
  }
  return out;
}

/** Prefectures whose name printed right before `local` (淮安市洪泽区): the strongest evidence. */
export function prefecturesBefore(text: string, local: string): Division[] {
  const found = new Map<string, Division>();
  for (let at = text.indexOf(local); at >= 0; at = text.indexOf(local, at + 1)) {
    const d = endingAt(T.prefectures, text, at);
    if (d) found.set(d.name, d);
  }
  return [...found.values()];
}

/** The longest name of `table` that ends just before `at` (a few map lookups, not a scan). */
function endingAt<D>(table: Map<string, D>, text: string, at: number): D | null {
  for (let n = Math.min(LONGEST, at); n >= 2; n--) {
    const d = table.get(text.slice(at - n, at));
    if (d) return d;
  }
  return null;
}

/** For tests: the tables as lists. */
export function gazetteerLists(): {
  provinces: Division[];
  prefectures: Division[];
  shortForms: string[];
  direct: DirectUnit[];
} {
  const prefectures = [...new Set(T.prefectures.values())];
  return {
    provinces: [...T.provinces.values()],
    prefectures,
    shortForms: [...T.shortForms.keys()],
    direct: [...T.direct.values()],
  };
}
