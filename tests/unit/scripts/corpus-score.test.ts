import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setCell } from '../../../src/domain/cells';
import type { Report } from '../../../src/domain/report';
import { tryParseReportText } from '../../../src/io/report/parse-text';
import type { ParsedReport } from '../../../src/io/report/types';
import { scoreReport } from '../../../scripts/lib/corpus-score';

function parse(): ParsedReport {
  const text = readFileSync('tests/fixtures/reports-text/flattened-2019.txt', 'utf8');
  const result = tryParseReportText(text, 'flattened-2019.txt');
  if (!result.ok) throw new Error('did not parse');
  return result.reports[0]!;
}

/** The fixture's figures as the report means them: the parsed ones plus every run split right. */
const SPLIT: Record<string, number> = {
  'proactive2019.normativeDocuments.made': 12,
  'proactive2019.normativeDocuments.published': 12,
  'proactive2019.normativeDocuments.total': 14,
  'proactive2019.licensing.previous': 210,
  'proactive2019.licensing.change': 0,
  'proactive2019.licensing.decisions': 150,
  'proactive.licensing': 150,
  'proactive2019.otherServices.previous': 8,
  'proactive2019.otherServices.change': 0,
  'proactive2019.otherServices.decisions': 12,
  'proactive2019.punishment.previous': 152,
  'proactive2019.punishment.change': 0,
  'proactive2019.punishment.decisions': 305,
  'proactive.punishment': 305,
  'proactive2019.fees.previous': 12,
  'proactive2019.fees.change': 0,
  'proactive2019.procurement.projects': 42,
  'proactive2019.procurement.amount': 1234.56789,
};

function expected(p: ParsedReport, override: Record<string, number> = {}): Report {
  const report = structuredClone(p.report);
  for (const [key, value] of Object.entries({ ...SPLIT, ...override })) setCell(report, key, value);
  return report;
}

describe('corpus score: cells left for the user to split', () => {
  it('counts the blank cells of runs the user can split apart from the misses', () => {
    const p = parse();
    const score = scoreReport(expected(p), p.report, p.flatRuns);
    expect(score.table).toMatchObject({ missed: 0, left: 18, wrong: 0, invented: 0 });
    expect(score.table.right + score.table.left).toBe(score.table.expected);
  });

  it('counts them as missed when the parser does not say so', () => {
    const p = parse();
    expect(scoreReport(expected(p), p.report).table).toMatchObject({ missed: 18, left: 0 });
  });

  it('counts a run as missed when typing the expected figures would not give them back', () => {
    const p = parse();
    // 12 / 12 / 15 cannot come from the printed 121214: the run is not this row's.
    const score = scoreReport(
      expected(p, { 'proactive2019.normativeDocuments.total': 15 }),
      p.report,
      p.flatRuns,
    );
    expect(score.table).toMatchObject({ missed: 3, left: 15 });
  });
});
