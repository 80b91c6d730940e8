// Demo dataset generator. Stages: per year, per unit — advance the unit's trends → table 2 →
// table 3 (chained from last year's carry-over) → table 4 → narrative → deliberate
// inconsistencies → then serialise each year to data/demo/<year>.json|csv.
// Pure and seeded: the same seed gives byte-identical files.
import { emptyReport } from '../../src/domain/cells';
import type { Report } from '../../src/domain/report';
import { APPLICANT_PARTS, type TemplateFormat } from '../../src/domain/template';
import { copyTables, defectsFor, tweakFor, type DemoDefect, type Tweak } from './defects';
import { fillNarrative } from './narrative';
import { createRng, hashString, type Rng } from './prng';
import { fillProactive2019, fillProactive2021, nextStock, toFixed4, type Stock } from './proactive';
import { fillDisputes, fillRequests, zeros, type Parts } from './requests';
import { demoFiles, DEMO_NOTE, demoExt } from './serialize';
import { DEMO_UNITS, DEMO_YEARS, type DemoUnit } from './units';

export const DEMO_SEED = 20_250_101;

const TEMPLATE_2019_NOTE =
  '本报告仍使用 2019 版模板（国办公开办函〔2019〕60号），（六）其他处理为单行 / Still on the 2019 template; (六) other handling is one row';

interface Levels {
  requests: number;
  licensing: number;
  punishment: number;
  coercion: number;
  fees: number;
  published: number;
  media: number;
  letters: number;
}

interface UnitState {
  rng: Rng;
  levels: Levels;
  carriedForward: Parts | null;
  normativeValid: number;
  regulationsValid: number;
  previous: Report | null;
}

/** Relative path under data/ → file text, for every year of the demo dataset. */
export function generateDemo(seed: number = DEMO_SEED): Map<string, string> {
  return demoFiles(generateDemoReports(seed));
}

export function generateDemoReports(seed: number = DEMO_SEED): Report[] {
  return generateReports({
    units: DEMO_UNITS,
    years: DEMO_YEARS,
    seed,
    fileOf: (year) => `demo/${year}.${demoExt(year)}`,
    tweakFor,
    defectsFor,
  });
}

/** What to simulate: the units, the years, and the deliberate inconsistencies per report. */
export interface GenerateSpec {
  units: readonly DemoUnit[];
  years: readonly number[];
  seed: number;
  /** The report's source.file for a year. */
  fileOf: (year: number) => string;
  tweakFor: (unit: string, year: number) => Tweak;
  defectsFor: (unit: string, year: number) => readonly DemoDefect[];
}

/** Every unit's reports, year by year (units in the given order within a year). */
export function generateReports(spec: GenerateSpec): Report[] {
  const states = new Map(spec.units.map((u) => [u.unit, initialState(u, spec.seed)]));
  const reports: Report[] = [];
  for (const year of spec.years) {
    const thisYear = new Map<string, Report>();
    for (const u of spec.units) {
      const report = buildYear(u, year, states.get(u.unit)!, thisYear, spec);
      thisYear.set(u.unit, report);
      reports.push(report);
    }
  }
  return reports;
}

function initialState(u: DemoUnit, seed: number): UnitState {
  const rng = createRng((seed ^ hashString(u.unit)) >>> 0);
  const p = u.profile;
  const jitter = (x: number): number => x * rng.float(0.9, 1.1);
  return {
    rng,
    levels: {
      requests: jitter(p.requests),
      licensing: jitter(p.licensing),
      punishment: jitter(p.punishment),
      coercion: jitter(p.coercion),
      fees: jitter(p.fees),
      published: jitter(p.published),
      media: p.media,
      letters: jitter(p.letters),
    },
    carriedForward: null,
    normativeValid: p.normative[0],
    regulationsValid: p.regulations[0],
    previous: null,
  };
}

// Year-on-year drift stays well inside ×0.2–×5 so only the deliberate spike trips Y-SPIKE.
function advance(rng: Rng, l: Levels): Levels {
  const grow = (x: number, lo: number, hi: number): number => x * rng.float(lo, hi);
  return {
    requests: grow(l.requests, 0.85, 1.22) + (l.requests < 10 ? rng.float(0, 2.5) : 0),
    licensing: grow(l.licensing, 0.88, 1.18),
    punishment: grow(l.punishment, 0.82, 1.22),
    coercion: grow(l.coercion, 0.82, 1.22),
    fees: grow(l.fees, 0.85, 1.2),
    published: grow(l.published, 0.9, 1.15),
    media: Math.max(1, l.media + rng.int(-2, 3)),
    letters: grow(l.letters, 0.85, 1.2),
  };
}

function buildYear(
  u: DemoUnit,
  year: number,
  st: UnitState,
  thisYear: Map<string, Report>,
  spec: GenerateSpec,
): Report {
  const { rng } = st;
  const tweak = spec.tweakFor(u.unit, year);
  if (st.previous) st.levels = advance(rng, st.levels);
  const format: TemplateFormat = year === 2020 ? u.profile.format2020 : '2021';
  const report = emptyReport(u.unit, year, format);
  report.region = u.region;
  report.level = u.level;
  report.source = {
    url: null,
    title: `${u.unit}${year}年政府信息公开工作年度报告（模拟）`,
    published: `${year + 1}-01-${String(rng.int(10, 31))}`,
    file: spec.fileOf(year),
  };
  const stocks = fillTable2(report, rng, u, st, tweak);
  fillTable3(report, rng, u, st, tweak);
  fillDisputes(report, rng, report.requests.new.total ?? 0);
  copyTables(report, tweak, st.previous, thisYear);
  fillNarrative(report, rng, st.levels);
  report.notes = format === '2019' ? [DEMO_NOTE, TEMPLATE_2019_NOTE] : [DEMO_NOTE];
  for (const d of spec.defectsFor(u.unit, year)) {
    d.mutate?.(report);
    report.notes.push(
      `演示用的故意不一致（${d.rule}）：${d.zh} / Deliberate inconsistency for the demo (${d.rule}): ${d.en}`,
    );
  }
  remember(st, report, stocks, tweak);
  return report;
}

function fillTable2(report: Report, rng: Rng, u: DemoUnit, st: UnitState, tweak: Tweak) {
  const regulations = nextStock(rng, st.regulationsValid, u.profile.regulations[1]);
  const normative = nextStock(rng, st.normativeValid, u.profile.normative[1]);
  if (tweak.steady) for (const s of [regulations, normative]) balance(s);
  if (tweak.validIgnoresRepealed !== undefined) {
    normative.repealed = Math.max(normative.repealed, tweak.validIgnoresRepealed);
    normative.valid = st.normativeValid + normative.issued;
  }
  const l = st.levels;
  const decisions = {
    licensing: Math.round(l.licensing),
    punishment: Math.round(l.punishment),
    coercion: Math.round(l.coercion),
    fees: toFixed4(l.fees),
  };
  if (report.format === '2019') fillProactive2019(report, rng, regulations, normative, decisions);
  else fillProactive2021(report, regulations, normative, decisions);
  return { regulations, normative };
}

/** Issue as many as are repealed, so the stock stays where it was. */
function balance(s: Stock): void {
  const previous = s.valid - s.issued + s.repealed;
  s.repealed = Math.min(s.issued, previous);
  s.issued = s.repealed;
  s.valid = previous;
}

function fillTable3(report: Report, rng: Rng, u: DemoUnit, st: UnitState, tweak: Tweak): void {
  const newTotal = Math.round(st.levels.requests * (tweak.spike ?? 1));
  const carriedOver = tweak.dropCarriedOver
    ? zeros()
    : (st.carriedForward ??
      zeros().map((_, i) => (i === 0 ? Math.round(newTotal * rng.float(0, 0.04)) : 0)));
  const carriedForward = tweak.steady ? carriedOver : tweak.carriedForward;
  fillRequests(report, rng, {
    newTotal,
    business: u.profile.business,
    carriedOver,
    carriedForward,
  });
}

/** Next year chains from what this report printed, not from what it should have printed. */
function remember(
  st: UnitState,
  report: Report,
  stocks: { regulations: Stock; normative: Stock },
  tweak: Tweak,
): void {
  const forward = report.requests.carriedForward;
  st.carriedForward = APPLICANT_PARTS.map((col) => forward[col] ?? 0);
  const p = report.proactive;
  st.normativeValid = p.normativeDocuments.valid ?? stocks.normative.valid;
  st.regulationsValid = p.regulations.valid ?? stocks.regulations.valid;
  if (!tweak.spike) st.levels.requests = report.requests.new.total ?? st.levels.requests;
  st.levels.licensing = p.licensing ?? st.levels.licensing;
  st.levels.punishment = p.punishment ?? st.levels.punishment;
  st.levels.coercion = p.coercion ?? st.levels.coercion;
  st.levels.fees = p.fees ?? st.levels.fees;
  st.previous = report;
}
