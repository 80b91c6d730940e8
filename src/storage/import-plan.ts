// One import decided before anything is written: per incoming report, add it, replace the
// held versions, add a new version beside them, or skip it — as the user's `decide` says.
// Pure, so the transaction in user-datasets.ts only has to write the plan.
import type { Report } from '../domain/report';
import type { Conflict, ImportOutcome } from './user-datasets';
import { pairKey, type StoredReport } from './user-datasets-read';

export interface ReportRecord extends StoredReport {
  datasetId: string;
  unit: string;
  year: number;
}

export interface Plan {
  deletes: ReportRecord[];
  puts: ReportRecord[];
  final: ReportRecord[];
  outcome: ImportOutcome;
}

/** Decides, per incoming report, what to write; a (unit, year) repeated in the batch counts too. */
export function planImport(
  datasetId: string,
  existing: readonly ReportRecord[],
  reports: readonly Report[],
  decide: (c: { unit: string; year: number }) => Conflict,
  source: string,
): Plan {
  const byPair = new Map<string, ReportRecord[]>();
  for (const r of existing) byPair.set(pairKey(r), [...(byPair.get(pairKey(r)) ?? []), r]);
  const plan: Plan = {
    deletes: [],
    puts: [],
    final: [],
    outcome: { added: 0, replaced: 0, versioned: 0, skipped: 0 },
  };
  const importedAt = new Date().toISOString();
  for (const report of reports) {
    const held = byPair.get(pairKey(report)) ?? [];
    const make = (version: number): ReportRecord => ({
      datasetId,
      unit: report.unit,
      year: report.year,
      version,
      report,
      importedAt,
      source,
    });
    if (held.length === 0) {
      byPair.set(pairKey(report), [make(1)]);
      plan.outcome.added++;
      continue;
    }
    const choice = decide({ unit: report.unit, year: report.year });
    const top = Math.max(...held.map((r) => r.version));
    if (choice === 'skip') plan.outcome.skipped++;
    else if (choice === 'keep-both') {
      byPair.set(pairKey(report), [...held, make(top + 1)]);
      plan.outcome.versioned++;
    } else {
      byPair.set(pairKey(report), [make(top + 1)]);
      plan.outcome.replaced++;
    }
  }
  const finalSet = new Set<ReportRecord>();
  for (const records of byPair.values()) for (const r of records) finalSet.add(r);
  const held = new Set(existing);
  plan.deletes = existing.filter((r) => !finalSet.has(r));
  plan.puts = [...finalSet].filter((r) => !held.has(r));
  plan.final = [...finalSet];
  return plan;
}
