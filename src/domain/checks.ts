// Quality checks (勾稽关系). Stages: load each report's cells once → within-report rules
// (identities, values, MISSING) → group reports by unit and walk its years → Y-* rules on
// consecutive years → U-CLONE across units of the same year. Rules never throw: failures become
// findings and null operands become "not checkable" entries.
import type { CheckResult } from './findings';
import type { Report } from './report';
import { checkUnitClones, checkYearClone, tableHash, type Hashed } from './rules/clones';
import { loadValues, newValues, type Sink, type Values } from './rules/context';
import { checkIdentities } from './rules/identities';
import { checkMissing } from './rules/missing';
import { checkValues } from './rules/values';
import { checkYears } from './rules/years';

export { RULES } from './rules/catalogue';

function checkWithin(sink: Sink, report: Report, vals: Values): void {
  checkIdentities(sink, report, vals);
  checkValues(sink, report, vals);
  checkMissing(sink, report, vals);
}

/** Rules inside one report: T3-*, T4-SUM, NONNEG, RATE, MISSING. */
export function checkReport(report: Report): CheckResult {
  const sink: Sink = { findings: [], notCheckable: [] };
  checkWithin(sink, report, loadValues(report, newValues()));
  return sink;
}

/** A unit is its code when known, else its name. */
function unitKey(r: Report): string {
  return r.unitId ? `id:${r.unitId}` : `name:${r.unit}`;
}

function groupByUnit(reports: readonly Report[]): Map<string, Report[]> {
  const units = new Map<string, Report[]>();
  for (const r of reports) {
    const key = unitKey(r);
    const list = units.get(key);
    if (list) list.push(r);
    else units.set(key, [r]);
  }
  for (const list of units.values()) list.sort((a, b) => a.year - b.year);
  return units;
}

/** Every rule: within each report, across consecutive years of a unit, across units per year. */
export function checkReports(reports: readonly Report[]): CheckResult {
  const sink: Sink = { findings: [], notCheckable: [] };
  const hashed: Hashed[] = [];
  // Two buffers: this year's cells and the previous report's, swapped as a unit's years advance.
  let cur = newValues();
  let prev = newValues();
  for (const [key, unitReports] of groupByUnit(reports)) {
    let last: Hashed | null = null;
    for (const report of unitReports) {
      loadValues(report, cur);
      checkWithin(sink, report, cur);
      const entry: Hashed = { report, unitKey: key, hash: tableHash(report.format, cur) };
      hashed.push(entry);
      if (last && last.report.year === report.year - 1) {
        const pair = { cur: report, curVals: cur, prev: last.report, prevVals: prev };
        checkYears(sink, pair);
        checkYearClone(sink, pair, entry.hash, last.hash);
      }
      [cur, prev] = [prev, cur];
      last = entry;
    }
  }
  checkUnitClones(sink, hashed);
  return sink;
}
