// The deliberate inconsistencies of the demo dataset, so every quality check has something to
// show. data/README.md lists the same entries; the checks must find exactly these.
// A `tweak` acts while the year is generated (so later years chain from what was printed);
// `mutate` edits the finished report and touches nothing a later year reads.
import type { RuleId } from '../../src/domain/findings';
import type { Report } from '../../src/domain/report';
import type { Parts } from './requests';

export interface Tweak {
  /** Multiplies this year's new requests without changing the unit's trend (Y-SPIKE). */
  spike?: number;
  /** 上年结转 printed as 0 although last year carried requests forward (Y-CARRY). */
  dropCarriedOver?: boolean;
  /** Forced 结转下年度 per applicant column. */
  carriedForward?: Parts;
  /** 结转下年度 = 上年结转 and every stock issues as many as it repeals: a year that can be
   * copied next year without also breaking Y-CARRY or Y-STOCK. */
  steady?: boolean;
  /** 现行有效 printed without subtracting this year's 废止, which is at least this (Y-STOCK). */
  validIgnoresRepealed?: number;
  /** Tables 2–4 copied from last year (Y-CLONE) or from another unit this year (U-CLONE). */
  copyFrom?: 'previous' | { unit: string };
}

export interface DemoDefect {
  rule: RuleId;
  unit: string;
  year: number;
  /** Flat keys of the cells that are wrong. */
  cells: string[];
  zh: string;
  en: string;
  tweak?: Tweak;
  mutate?: (r: Report) => void;
}

const PLACE = (name: string): string => `云澜市${name}人民政府`;

export const DEMO_DEFECTS: readonly DemoDefect[] = [
  {
    rule: 'U-CLONE',
    unit: '云澜市交通运输局',
    year: 2020,
    // Tables 2–4 whole; the checks name the filled (non-zero) cells, here at least these.
    cells: ['proactive.*', 'requests.*'],
    zh: '表二至表四与云澜市生态环境局同年报告完全相同（照抄）',
    en: 'tables 2–4 identical to 云澜市生态环境局 the same year (copied)',
    tweak: { copyFrom: { unit: '云澜市生态环境局' } },
  },
  {
    rule: 'MISSING',
    unit: '云澜市人力资源和社会保障局',
    year: 2021,
    cells: ['proactive.coercion', 'proactive.fees', 'litigationAfterReview.*'],
    zh: '行政强制、行政事业性收费两格及“复议后起诉”整行留空',
    en: 'coercion and fees left blank, and the whole litigation-after-review row',
    mutate: (r) => {
      r.proactive.coercion = null;
      r.proactive.fees = null;
      for (const k of ['maintained', 'corrected', 'other', 'pending', 'total'] as const) {
        r.litigationAfterReview[k] = null;
      }
    },
  },
  {
    rule: 'T3-HANDLED',
    unit: PLACE('澄溪区'),
    year: 2022,
    cells: ['requests.granted.natural', 'requests.granted.total'],
    zh: '予以公开（自然人、总计）多填 3 件，（七）总计未随之改动',
    en: 'disclosed (natural persons and total) 3 too many; (七) total handled not changed',
    mutate: (r) => {
      r.requests.granted.natural! += 3;
      r.requests.granted.total! += 3;
    },
  },
  {
    rule: 'Y-STOCK',
    unit: '云澜市自然资源和规划局',
    year: 2023,
    cells: ['proactive.normativeDocuments.valid'],
    zh: '行政规范性文件现行有效件数未减去本年废止件数',
    en: 'normative documents currently valid: this year’s repealed not subtracted',
    tweak: { validIgnoresRepealed: 6 },
  },
  {
    rule: 'T3-ROW',
    unit: PLACE('鹤汀县'),
    year: 2023,
    cells: ['requests.unable.notHeld.total', 'requests.unable.needCreation.total'],
    zh: '无法提供 1、2 两行的“总计”互相填反',
    en: 'the totals of unable rows 1 and 2 swapped',
    mutate: (r) => {
      const u = r.requests.unable;
      [u.notHeld.total, u.needCreation.total] = [u.needCreation.total, u.notHeld.total];
    },
  },
  {
    rule: 'Y-CARRY',
    unit: PLACE('枫渚县'),
    year: 2024,
    cells: ['requests.carriedOver.natural', 'requests.carriedOver.total'],
    zh: '上年结转填 0，而 2023 年报告结转下年度 5 件（自然人）',
    en: 'carried over printed as 0 while the 2023 report carried 5 forward (natural persons)',
    tweak: { dropCarriedOver: true },
  },
  {
    rule: 'Y-CLONE',
    unit: PLACE('溪棠县'),
    year: 2024,
    // Tables 2–4 whole; the checks name the filled (non-zero) cells, here at least these.
    cells: ['proactive.*', 'requests.*'],
    zh: '表二至表四与本单位 2023 年报告完全相同（照抄上年）',
    en: 'tables 2–4 identical to the unit’s own 2023 report (last year copied)',
    tweak: { copyFrom: 'previous' },
  },
  {
    rule: 'T4-SUM',
    unit: '云澜市公安局',
    year: 2024,
    cells: ['review.total'],
    zh: '行政复议“总计”填 0，而结果维持、结果纠正有数',
    en: 'administrative review total printed as 0 while upheld and corrected are filled',
    mutate: (r) => {
      r.review.maintained! += 2;
      r.review.corrected! += 1;
      r.review.total = 0;
    },
  },
  {
    rule: 'Y-SPIKE',
    unit: PLACE('霁川区'),
    year: 2025,
    cells: ['requests.new.total'],
    zh: '本年新收申请约为上年的 7.8 倍（一次征收项目引发集中申请）',
    en: 'new requests about 7.8 times last year (a burst of requests over one expropriation)',
    tweak: { spike: 6.5 },
  },
];

/** Settings of ordinary years that a later deliberate inconsistency relies on. */
export const DEMO_PREPARATIONS: readonly { unit: string; year: number; tweak: Tweak }[] = [
  // Y-CARRY in 2024 needs something to carry.
  { unit: PLACE('枫渚县'), year: 2023, tweak: { carriedForward: [5, 0, 0, 0, 0, 0] } },
  // Y-CLONE in 2024 copies 2023, which must be a year whose copy breaks no chain.
  { unit: PLACE('溪棠县'), year: 2023, tweak: { steady: true } },
];

export function tweakFor(unit: string, year: number): Tweak {
  const all = [...DEMO_DEFECTS, ...DEMO_PREPARATIONS].filter(
    (d) => d.unit === unit && d.year === year,
  );
  return Object.assign({}, ...all.map((d) => d.tweak ?? {})) as Tweak;
}

export function defectsFor(unit: string, year: number): DemoDefect[] {
  return DEMO_DEFECTS.filter((d) => d.unit === unit && d.year === year);
}

const TABLE_KEYS = [
  'proactive',
  'proactive2019',
  'requests',
  'review',
  'litigationDirect',
  'litigationAfterReview',
] as const;

/** Applies `copyFrom`: tables 2–4 taken whole from last year's or another unit's report. */
export function copyTables(
  report: Report,
  tweak: Tweak,
  previous: Report | null,
  thisYear: Map<string, Report>,
): void {
  if (!tweak.copyFrom) return;
  const from = tweak.copyFrom === 'previous' ? previous : thisYear.get(tweak.copyFrom.unit);
  if (!from || from.format !== report.format)
    throw new Error(`demo: nothing to copy for ${report.unit} ${report.year}`);
  const target = report as unknown as Record<string, unknown>;
  for (const key of TABLE_KEYS) target[key] = structuredClone(from[key]);
}
