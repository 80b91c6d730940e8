import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/ui/dates';

describe('dates in the reader’s language', () => {
  it.each([
    ['2026-03-10', '2026年3月10日', '10 Mar 2026'],
    ['2024-12-01T08:00:00Z', '2024年12月1日', '1 Dec 2024'],
    ['2025-01', '2025年1月', 'Jan 2025'],
    ['2023', '2023年', '2023'],
  ])('%s → %s / %s', (iso, zh, en) => {
    expect(formatDate(iso, 'zh')).toBe(zh);
    expect(formatDate(iso, 'en')).toBe(en);
  });

  it('shows a date it cannot read as stored, never a guessed one', () => {
    for (const text of ['2024年3月', '2024-13-01', 'soon', '']) {
      expect(formatDate(text, 'en')).toBe(text);
    }
  });
});
