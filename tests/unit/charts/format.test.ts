import { describe, expect, it } from 'vitest';
import {
  colon,
  formatChange,
  formatCompact,
  formatCount,
  formatPercent,
  formatRatio,
  inParens,
  joinList,
} from '../../../src/charts/format';

describe('numbers in the page language', () => {
  it('groups thousands in English as en-US does (zh-CN happens to write them the same)', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234.567, 'en')).toBe('1,234.57');
    expect(formatCount(1234567, 'zh')).toBe('1,234,567');
    expect(formatPercent(97.25, 'en')).toBe('97.3%');
    expect(formatRatio(0.5, 'en')).toBe('50%');
    expect(formatChange(-0.125, 'en')).toBe('-12.5%');
  });

  it('writes 万 and 亿 only in Chinese', () => {
    expect(formatCompact(123456, 'zh')).toBe('12.35万');
    expect(formatCompact(123456, 'en')).toBe('123,456');
  });

  it('shows — for a blank, never 0', () => {
    expect(formatCount(null, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
  });
});

describe('punctuation in the page language', () => {
  it('uses full-width marks in Chinese and ASCII ones in English', () => {
    expect(`数量${colon('zh')}3`).toBe('数量：3');
    expect(`Count${colon('en')}3`).toBe('Count: 3');
    expect(`问题${inParens(5, 'zh')}`).toBe('问题（5）');
    expect(`Findings${inParens(5, 'en')}`).toBe('Findings (5)');
    expect(joinList([2023, 2024], 'zh')).toBe('2023、2024');
    expect(joinList([2023, 2024], 'en')).toBe('2023, 2024');
  });
});
