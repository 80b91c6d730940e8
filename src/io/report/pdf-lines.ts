// Positioned text runs of one PDF page → lines of text, top to bottom. A PDF has no lines or
// table cells, only runs placed on the page: runs whose baselines are within half an em are one
// line; a wide horizontal gap between runs becomes a tab, so a table row comes out as
// "label\t21\t0\t…" and the text parser can split its cells.

export interface PlacedText {
  str: string;
  /** Baseline origin in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (one em) in user space. */
  size: number;
}

/** A gap at least this many ems separates two cells. */
const TAB_EMS = 0.9;
/** A gap at least this many ems is a word space. */
const SPACE_EMS = 0.15;
/** Baselines closer than this share a line (a number set larger than its label sits lower). */
const SAME_LINE_EMS = 0.5;

export function itemsToLines(items: readonly PlacedText[]): string[] {
  return groupLines(items).map(joinLine);
}

function groupLines(items: readonly PlacedText[]): PlacedText[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: { y: number; size: number; items: PlacedText[] }[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = SAME_LINE_EMS * Math.min(item.size, line?.size ?? item.size);
    if (line && Math.abs(line.y - item.y) <= tolerance) {
      line.items.push(item);
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  return lines.map((l) => l.items.sort((p, q) => p.x - q.x));
}

function joinLine(items: readonly PlacedText[]): string {
  let text = '';
  let end = -Infinity;
  let prevSize = 0;
  for (const item of items) {
    const em = Math.min(item.size, prevSize || item.size);
    const gap = item.x - end;
    if (text !== '') text += gap >= TAB_EMS * em ? '\t' : gap >= SPACE_EMS * em ? ' ' : '';
    text += item.str;
    end = Math.max(end, item.x + item.width);
    prevSize = item.size;
  }
  return text.trimEnd();
}
