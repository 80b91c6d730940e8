import { describe, expect, it } from 'vitest';
import { getCell } from '../../../src/domain/cells';
import { tryLoadReports, type LoadResult } from '../../../src/io/load';

const load = (value: unknown, file = '2022.json') =>
  tryLoadReports(
    new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)),
    file,
  );

function ok(r: LoadResult) {
  if (!r.ok) throw new Error(`expected ok, got ${r.errors.map((e) => e.en).join('\n')}`);
  return r;
}
function failed(r: LoadResult) {
  if (r.ok) throw new Error('expected errors');
  return r;
}

const report = (extra: Record<string, unknown> = {}) => ({
  unit: '示范区管委会办公室',
  year: 2022,
  format: '2021',
  ...extra,
});

describe('JSON: top level', () => {
  it.each([
    ['an array', [report()]],
    ['{reports: [...]}', { reports: [report()] }],
  ])('accepts %s', (_name, value) => {
    const r = ok(load(value));
    expect(r.format).toBe('json');
    expect(r.reports[0]).toMatchObject({ unit: '示范区管委会办公室', year: 2022, format: '2021' });
  });

  it.each([
    ['a number', 42],
    ['a string', '"x"'],
    ['null', null],
    ['an object without reports', { data: [] }],
    ['reports that is not an array', { reports: {} }],
  ])('refuses %s at the top level', (_name, value) => {
    const r = failed(load(value));
    expect(r.errors).toMatchObject([{ code: 'json-shape', file: '2022.json' }]);
    expect(r.errors[0]!.zh).toContain('实际是');
    expect(r.errors[0]!.zh).not.toContain(' / ');
  });

  it('invalid JSON is an error quoting the parser', () => {
    const r = failed(load('[{"unit": "A",}]'));
    expect(r.errors).toMatchObject([{ code: 'json-syntax' }]);
    expect(r.errors[0]!.zh).toContain('不是有效的 JSON');
  });

  it('an item that is not an object is an error naming the item', () => {
    const r = failed(load([report(), 7]));
    expect(r.errors).toMatchObject([{ code: 'json-not-object', row: 2, value: '7' }]);
    expect(r.errors[0]!.zh).toContain('第 2 项报告');
  });
});

describe('JSON: schema', () => {
  it('maps zod issues to messages with the item, the path, the value and what was expected', () => {
    const r = failed(
      load([report(), report({ unit: 'B', level: 'village', review: { total: true } })]),
    );
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'json-schema', row: 2, column: 'level', value: 'village' }),
        expect.objectContaining({
          code: 'json-schema',
          row: 2,
          column: 'review.total',
          value: 'true',
        }),
      ]),
    );
    for (const e of r.errors) expect(e.expected).toBeTruthy();
  });

  it.each([
    ['year out of range', { year: 1800 }, 'year'],
    ['missing unit', { unit: undefined }, 'unit'],
    ['negative count', { requests: { new: { natural: -1 } } }, 'requests.new.natural'],
    ['wrong format', { format: '2020' }, 'format'],
  ])('%s → error at %s', (_name, extra, column) => {
    const r = failed(load([report(extra)]));
    expect(r.errors[0]).toMatchObject({ row: 1, column });
  });

  it('numbers written as text are normalised before the schema', () => {
    const r = ok(
      load([
        report({
          year: '2022年',
          requests: { new: { natural: '1,234', total: '１２' } },
          review: { total: '/' },
          narrative: { publishedItems: '2000余', lettersCompletionRate: '98.5%' },
        }),
      ]),
    );
    const x = r.reports[0]!;
    expect(x.year).toBe(2022);
    expect(getCell(x, 'requests.new.natural')).toBe(1234);
    expect(getCell(x, 'requests.new.total')).toBe(12);
    expect(getCell(x, 'review.total')).toBeNull();
    expect(x.narrative).toMatchObject({
      publishedItems: 2000,
      lettersCompletionRate: 98.5,
      approx: ['publishedItems'],
    });
  });

  it.each([
    ['12abc', 'cell-not-number'],
    ['-5', 'cell-negative'],
  ])('a figure written as text %j that is no number → %s with item and key', (value, code) => {
    const r = failed(load([report({ review: { total: value } })]));
    expect(r.errors).toMatchObject([{ code, row: 1, column: 'review.total', value }]);
  });

  it('a figure of the other template version is an error, not silently dropped', () => {
    const r = failed(
      load([report({ format: '2021', proactive2019: { licensing: { decisions: 3 } } })]),
    );
    expect(r.errors).toMatchObject([
      { code: 'cell-wrong-format', column: 'proactive2019.licensing.decisions' },
    ]);
  });

  it('unknown keys are ignored with one warning listing them', () => {
    const r = ok(
      load([
        report({ colour: 'red', requests: { new: { natural: 1, robots: 2 } } }),
        report({ unit: 'B', colour: 1 }),
      ]),
    );
    const w = r.warnings.filter((x) => x.code === 'json-unknown-keys');
    expect(w).toHaveLength(1);
    expect(w[0]!.en).toContain('colour, requests.new.robots');
  });

  it('labels inside publishedBreakdown and other are data, not unknown keys', () => {
    const r = ok(
      load([report({ narrative: { publishedBreakdown: { 政务要闻: 373 }, other: { x: -1 } } })]),
    );
    expect(r.warnings.map((w) => w.code)).not.toContain('json-unknown-keys');
    expect(r.reports[0]!.narrative.publishedBreakdown).toEqual({ 政务要闻: 373 });
  });

  it('the same unit and year twice is an error naming both items', () => {
    const r = failed(load([report(), report({ unit: 'B' }), report()]));
    expect(r.errors).toMatchObject([{ code: 'duplicate-report', row: 3 }]);
    expect(r.errors[0]!.zh).toContain('第 3 项报告与第 1 项报告');
  });

  it('keeps hostile strings as plain text, unchanged', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const r = ok(
      load([
        report({
          unit: hostile,
          notes: [hostile],
          narrative: { publishedBreakdown: { [hostile]: 1 } },
        }),
      ]),
    );
    expect(r.reports[0]!.unit).toBe(hostile);
    expect(r.reports[0]!.notes).toEqual([hostile]);
    expect(Object.keys(r.reports[0]!.narrative.publishedBreakdown)).toEqual([hostile]);
  });

  it('stops reading after 2000 errors and says at which item', () => {
    const items = Array.from({ length: 3000 }, (_, i) =>
      report({ unit: `U${i}`, review: { total: 'x' } }),
    );
    const r = failed(load(items));
    expect(r.errors).toHaveLength(201);
    expect(r.warnings).toMatchObject([{ code: 'stopped-early', row: 2000 }]);
  });

  it('an empty array loads as zero reports with a warning', () => {
    const r = ok(load([]));
    expect(r.reports).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('no-reports');
  });
});
