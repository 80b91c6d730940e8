// The order of unit and region names wherever a list is sorted: Chinese by pinyin. One collator,
// made on first use (not while the page's scripts start) — `a.localeCompare(b, 'zh')` builds
// the collation afresh on each call, and sorting the units of a province compares tens of
// thousands of pairs on every change of year.
let collator: Intl.Collator | null = null;

/** Compares two names in Chinese (pinyin) order. */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('zh-CN');
  return collator.compare(a, b);
}
