import { describe, expect, it } from 'vitest';
import { emptyReport, setCell } from '../../../src/domain/cells';
import { FIELDS } from '../../../src/domain/fields';
import type { Cell } from '../../../src/domain/report';
import { buildReport, cellIndex, type ReportHead } from '../../../src/domain/report-build';
import type { TemplateFormat } from '../../../src/domain/template';

function head(format: TemplateFormat): ReportHead {
  return {
    unit: '云澜市教育局',
    year: 2020,
    unitId: 'X-1',
    region: '虚拟省/云澜市',
    level: 'department',
    format,
    source: { url: null, title: '标题', published: '2021-01-20', file: '2020.csv' },
    approx: ['publishedItems'],
    publishedBreakdown: { 动态: 12 },
    other: { 会议: 3 },
    notes: ['note'],
  };
}

/** What the CSV reader used to do: emptyReport, then the head, then setCell per figure. */
function bySetCell(h: ReportHead, vector: readonly Cell[]) {
  const report = emptyReport(h.unit, h.year, h.format);
  Object.assign(report, { unitId: h.unitId, region: h.region, level: h.level, source: h.source });
  report.narrative.approx = h.approx;
  report.narrative.publishedBreakdown = h.publishedBreakdown;
  report.narrative.other = h.other;
  report.notes = h.notes;
  FIELDS.forEach((f, i) => {
    if (f.formats.includes(h.format)) setCell(report, f, vector[i] ?? null);
  });
  return report;
}

describe('buildReport', () => {
  it.each(['2019', '2021'] as const)(
    'gives the %s report emptyReport + setCell give: same keys, order and values',
    (format) => {
      // A distinct value in every cell of the template version (the reader refuses a row with
      // a cell of the other version), so a cell read from the wrong index shows.
      const vector = FIELDS.map((f, i) => (f.formats.includes(format) ? i + 1 : null));
      const built = buildReport(head(format), vector);
      const expected = bySetCell(head(format), vector);
      expect(built).toEqual(expected);
      expect(JSON.stringify(built)).toBe(JSON.stringify(expected));
    },
  );

  it('reads a missing or undefined entry as a blank', () => {
    const built = buildReport(head('2021'), []);
    expect(JSON.stringify(built)).toBe(JSON.stringify(bySetCell(head('2021'), [])));
    expect(built.requests.new.natural).toBeNull();
  });

  it('leaves out the 2019-only cells of a 2021 report', () => {
    const vector = FIELDS.map(() => 7);
    expect(buildReport(head('2021'), vector).proactive2019).toBeNull();
  });

  it('names every field by its FIELDS index and refuses unknown keys', () => {
    FIELDS.forEach((f, i) => expect(cellIndex(f.key)).toBe(i));
    expect(() => cellIndex('requests.nope')).toThrow(/Unknown field key/);
  });
});
