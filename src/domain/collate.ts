// The order of unit and region names wherever a list is sorted: Chinese by pinyin. One collator
// made once — `a.localeCompare(b, 'zh')` builds the collation afresh on each call, and sorting
// the units of a province compares tens of thousands of pairs on every change of year.
const collator = new Intl.Collator('zh-CN');

/** Compares two names in Chinese (pinyin) order. */
export const compareNames: (a: string, b: string) => number = collator.compare;
