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

const ORDERS = new WeakMap<object, Map<string, number>>();

/**
 * Compares two unit names of `reports` by their place in Chinese order, worked out once per
 * reports array: sorting a province's units by name on every change of year compared tens of
 * thousands of pairs through the collator; now it compares two numbers. A name the reports do
 * not hold is compared through the collator.
 */
export function nameOrder(reports: readonly { unit: string }[]): (a: string, b: string) => number {
  let ranks = ORDERS.get(reports);
  if (!ranks) {
    const names = [...new Set(reports.map((r) => r.unit))].sort(compareNames);
    ranks = new Map(names.map((name, i) => [name, i]));
    ORDERS.set(reports, ranks);
  }
  const known = ranks;
  return (a, b) => {
    const ra = known.get(a);
    const rb = known.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : compareNames(a, b);
  };
}
