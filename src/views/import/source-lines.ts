// Which source line each extracted figure came from. Provenance holds only the row's text (the
// line trimmed, cut to 200 characters), so lines are matched by that text. The same text can
// occur twice (two "其他 0 0" rows); figures are recorded in reading order, so each takes the
// first matching line at or after the previous figure's line. Narrative figures keep only the
// sentence they came from, so a line containing that sentence matches them.

const MAX_RAW = 200;

function rowText(line: string): string {
  return Array.from(line.trim()).slice(0, MAX_RAW).join('');
}

/** Flat cell key → 0-based index into `lines`; keys whose text matches no line are left out. */
export function sourceLineIndex(
  lines: readonly string[],
  provenance: Readonly<Record<string, string>>,
): Map<string, number> {
  const at = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const text = rowText(line);
    if (text !== '') at.set(text, [...(at.get(text) ?? []), i]);
  });
  const out = new Map<string, number>();
  let last = 0;
  for (const [key, raw] of Object.entries(provenance)) {
    const found = at.get(raw.trim()) ?? at.get(rowText(raw));
    const index = found
      ? (found.find((i) => i >= last) ?? found[0]!)
      : lines.findIndex((line) => raw.trim() !== '' && line.includes(raw.trim()));
    if (index < 0) continue;
    out.set(key, index);
    last = index;
  }
  return out;
}
