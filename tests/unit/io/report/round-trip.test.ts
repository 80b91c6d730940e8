// Property: a random valid 2021-template report, printed in the published layouts (seed-style
// tab-separated text, HTML with merged header cells), parses back to the same tables 2–4.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReport, getCell, setCell } from '../../../../src/domain/cells';
import { FIELDS } from '../../../../src/domain/fields';
import type { Report } from '../../../../src/domain/report';
import { tryParseReportHtml } from '../../../../src/io/report/parse-html';
import { tryParseReportText } from '../../../../src/io/report/parse-text';
import { renderReportHtml, renderReportText } from '../../../fixtures/render-report';

const TABLE_FIELDS = FIELDS.filter(
  (f) =>
    (f.table === 't2' || f.table === 't3' || f.table === 't4') &&
    !f.key.startsWith('requests.otherHandling.total.'),
);

const cell = fc.option(fc.nat({ max: 60 }), { nil: null, freq: 6 });
const fees = fc.option(
  fc.integer({ min: 0, max: 9_999_999 }).map((n) => n / 100),
  { nil: null, freq: 6 },
);
const arbReport = fc
  .record({
    unit: fc.constantFrom('某某区', '某某市教育局', '示范区管委会办公室', '某某县人民政府'),
    year: fc.integer({ min: 2021, max: 2025 }),
    cells: fc.array(cell, { minLength: TABLE_FIELDS.length, maxLength: TABLE_FIELDS.length }),
    fees,
  })
  .map(({ unit, year, cells, fees: fee }) => {
    const r = emptyReport(unit, year, '2021');
    TABLE_FIELDS.forEach((f, i) => setCell(r, f, f.key === 'proactive.fees' ? fee : cells[i]!));
    return r;
  });

function tables(r: Report): Record<string, number | null> {
  return Object.fromEntries(TABLE_FIELDS.map((f) => [f.key, getCell(r, f)]));
}

describe('report parsers round-trip the published layouts', () => {
  it.each([
    ['tab-separated text', renderReportText, tryParseReportText],
    ['HTML with merged header cells', renderReportHtml, tryParseReportHtml],
  ])('%s', (_name, render, parse) => {
    fc.assert(
      fc.property(arbReport, (report) => {
        const result = parse(render(report), 'r');
        if (!result.ok) throw new Error(result.errors[0]?.en);
        const back = result.reports[0]!.report;
        expect([back.unit, back.year, back.format]).toEqual([report.unit, report.year, '2021']);
        expect(tables(back)).toEqual(tables(report));
      }),
      { numRuns: 60, seed: 20240611 },
    );
  });
});
