// Fuzzy row-label matching: published labels carry numbering, wrapped fragments and typos
// (其他法律行政止公开), so rows are recognised by keywords first and by character-bigram
// similarity to the template label second.

/** Template label without numbering, whitespace or punctuation. */
export function bareLabel(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][一二三四五六七八九十][)）]|[一二三四五六七八九十]+、|\d+[.、．]/g, '')
    .replace(/[（(][^）)]*[)）]/g, '')
    .replace(/[“”"'‘’：:，,。；;、|#*]/g, '');
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const chars = Array.from(text);
  for (let i = 0; i < chars.length - 1; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice similarity of the character bigrams, 0–1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Share of the template label's bigrams that the printed label contains (wrapped labels are partial). */
export function coverage(printed: string, template: string): number {
  const x = bigrams(printed);
  const y = bigrams(template);
  if (y.size === 0) return 0;
  let common = 0;
  for (const g of y) if (x.has(g)) common++;
  return common / y.size;
}
