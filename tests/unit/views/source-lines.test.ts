import { describe, expect, it } from 'vitest';
import { tryParseReportText } from '../../../src/io/report/parse-text';
import { sourceLineIndex } from '../../../src/views/import/source-lines';
import { readFileSync } from 'node:fs';

const SEED = readFileSync('tests/fixtures/reports-text/seed-shifanqu-2022.txt', 'utf8');

describe('sourceLineIndex', () => {
  it('points each figure of the seed report at the line it was read from', () => {
    const parsed = tryParseReportText(SEED, 'seed.txt');
    if (!parsed.ok) throw new Error('seed did not parse');
    const { sourceLines = [], provenance } = parsed.reports[0]!;
    expect(sourceLines.length).toBeGreaterThan(50);
    const at = sourceLineIndex(sourceLines, provenance);
    expect(sourceLines[at.get('proactive.normativeDocuments.issued')!]).toBe(
      '行政规范性文件\t11\t9\t98',
    );
    expect(sourceLines[at.get('requests.totalHandled.total')!]).toContain('总计');
    expect(at.size).toBe(Object.keys(provenance).length);
  });

  it('gives a repeated row text after another row the later line; finds sentences; skips unknown text', () => {
    const lines = ['表一', '其他\t0', '合计\t5', '其他\t0', '  ', '全年回复办结率100%。'];
    const at = sourceLineIndex(lines, {
      'a.other': '其他\t0',
      'a.total': '合计\t5',
      'b.other': '其他\t0',
      rate: '回复办结率100%',
      c: '无此行',
    });
    expect(at.get('a.other')).toBe(1);
    expect(at.get('a.total')).toBe(2);
    expect(at.get('b.other')).toBe(3);
    expect(at.get('rate')).toBe(5);
    expect(at.has('c')).toBe(false);
  });
});
