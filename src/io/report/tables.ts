// Find the blocks of the report: narrative (before table 2), table 2, table 3, table 4.
// Headings are matched loosely (numbering varies: 二、/ 一、/ ## 表二：); when one is missing
// the block is found from its first row label instead.
import { squeeze } from './lines';

export interface Span {
  readonly from: number;
  readonly to: number;
}
export interface Blocks {
  readonly narrative: Span;
  readonly t2: Span | null;
  readonly t3: Span | null;
  readonly t4: Span | null;
}

const MAX_HEADING = 26;
const isT2 = (s: string): boolean => s.includes('主动公开政府信息情况');
const isT3 = (s: string): boolean => s.includes('收到和处理政府信息公开申请');
const isT4 = (s: string): boolean =>
  s.includes('行政复议') && s.includes('行政诉讼') && s.includes('情况');
const isEnd = (s: string): boolean => /存在的主要问题|其他需要报告的事项/.test(s);

function findHeading(lines: readonly string[], test: (s: string) => boolean, from: number): number {
  for (let i = from; i < lines.length; i++) {
    const s = squeeze(lines[i]!);
    if (s.length <= MAX_HEADING && test(s)) return i;
  }
  return -1;
}

function findText(lines: readonly string[], needle: RegExp, from: number): number {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    if (needle.test(squeeze(lines[i]!))) return i;
  }
  return -1;
}

export function locateBlocks(lines: readonly string[]): Blocks {
  const n = lines.length;
  let t2 = findHeading(lines, isT2, 0);
  if (t2 < 0) t2 = findText(lines, /第二十条第|^规章\d/, 0);
  let t3 = findHeading(lines, isT3, Math.max(t2, 0));
  if (t3 < 0) t3 = findText(lines, /本年新收/, Math.max(t2, 0));
  let t4 = findHeading(lines, isT4, Math.max(t3, t2, 0));
  if (t4 < 0) t4 = findText(lines, /结转下年度/, Math.max(t3, 0)) + 1 || -1;
  const end = findHeading(lines, isEnd, Math.max(t4, t3, t2, 0));
  const stop = (start: number, ...next: number[]): number =>
    Math.min(...next.filter((x) => x > start), end > start ? end : n, n);
  return {
    narrative: { from: 0, to: t2 >= 0 ? t2 : t3 >= 0 ? t3 : n },
    t2: t2 >= 0 ? { from: t2, to: stop(t2, t3, t4) } : null,
    t3: t3 >= 0 ? { from: t3, to: stop(t3, t4) } : null,
    t4: t4 >= 0 ? { from: t4, to: stop(t4) } : null,
  };
}
