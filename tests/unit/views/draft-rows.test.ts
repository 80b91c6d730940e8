// The compact list of many drafts as data: counts per draft, drafts with error findings first
// (reading order kept within each group), the "only errors" filter and the totals line.
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/io/messages';
import { draftRows, draftTotals } from '../../../src/views/import/draft-rows';
import { makeDraft } from '../../../src/views/import/drafts';
import { makeReport } from '../../fixtures/reports';

const clean = (unit: string) => makeDraft('a.csv', makeReport({ unit }), {}, []);
const broken = (unit: string) =>
  makeDraft('a.csv', makeReport({ unit, cells: { 'requests.new.natural': 999 } }), {}, [
    message('report-label-typo', { file: 'a.csv', value: 'x', expected: 'y' }),
  ]);

describe('draftRows', () => {
  const drafts = [clean('甲'), broken('乙'), clean('丙'), broken('丁')];

  it('lists drafts with error findings first, each group in reading order, with counts', () => {
    const rows = draftRows(drafts);
    expect(rows.map((r) => r.draft.report.unit)).toEqual(['乙', '丁', '甲', '丙']);
    const [first] = rows;
    expect(first!.errors).toBeGreaterThan(0);
    expect(first!.findings).toBe(first!.draft.findings.length);
    expect(first!.findings).toBeGreaterThanOrEqual(first!.errors + first!.warnings);
    expect(first!.notes).toBe(1);
    expect(rows[2]).toMatchObject({ errors: 0, notes: 0 });
  });

  it('keeps only drafts with errors when filtered', () => {
    expect(draftRows(drafts, 'errors').map((r) => r.draft.report.unit)).toEqual(['乙', '丁']);
    expect(draftRows([clean('甲')], 'errors')).toEqual([]);
  });

  it('counts drafts with errors and drafts left out', () => {
    const left = drafts.map((d, i) => (i === 0 ? { ...d, dropped: true } : d));
    expect(draftTotals(left)).toEqual({ withErrors: 2, dropped: 1 });
  });
});
