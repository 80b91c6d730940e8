// Figures stated in prose (一、总体情况 and around it). Only plainly worded statements count:
// "主动公开政府信息2000余条", "13个政务新媒体", "群众信件274件，回复办结率100%". Nothing is inferred.
import type { Narrative } from '../../domain/report';
import type { NarrativeFigure } from '../../domain/template';
import { squeeze } from './lines';
import type { Sink } from './sink';

const NUM = String.raw`(近|约|超过|逾)?(\d[\d,]*)(余|多)?`;
const TOTAL = String.raw`(?:共计|共|累计|总计|达)?`;
// The strict form first: "主动公开（我区各级单位）政府信息2645条"; then "公布政府信息2599条".
const PUBLISHED = [
  new RegExp(String.raw`(?<!应)主动公开[\u4e00-\u9fa5]{0,8}?政府信息${TOTAL}${NUM}(?:条|件)`),
  new RegExp(String.raw`(?<!应主动公开)(?:公布|发布|公开)(?:政府)?信息${TOTAL}${NUM}(?:条|件)`),
];
const NOT_TOTAL = /关停|关闭|注销|整合|清理|下线|开设|新增/;
const MEDIA = [
  new RegExp(String.raw`(\d+)个政务新媒体`),
  new RegExp(String.raw`政务新媒体(?:账号)?(?:共|共计)?(\d+)个`),
];
const LETTERS = new RegExp(
  String.raw`(?:群众|网民)?(?:信件|来信|留言)(?:共计|共|总计)?(\d[\d,]*)(?:件|封|条)`,
);
const RATE = /(?:回复|答复)?办结率(?:为|达到|达)?(\d+(?:\.\d+)?)%/;
const ITEM =
  /^(?:其中|主动发布|发布|公开|包括|含)?([\u4e00-\u9fa5]{2,12}?)(?:近|约)?(\d+)(?:余|多)?(?:条|个|篇|件)$/;

function num(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function sentenceAt(text: string, index: number): string {
  const start = text.lastIndexOf('。', index) + 1;
  const end = text.indexOf('。', index);
  return text.slice(start, end < 0 ? text.length : end);
}

function clauseAt(text: string, index: number): string {
  const start = Math.max(...['，', '。', '；'].map((p) => text.lastIndexOf(p, index))) + 1;
  const end = text.slice(index).search(/[，。；]/);
  return text.slice(start, end < 0 ? undefined : index + end);
}

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** The prose with all whitespace removed, and which source line a position in it falls on. */
interface Prose {
  readonly text: string;
  readonly lineAt: (index: number) => number;
}

function proseOf(lines: readonly string[], from: number): Prose {
  const starts: number[] = [];
  let text = '';
  for (const line of lines) {
    starts.push(text.length);
    text += squeeze(line);
  }
  const lineAt = (index: number): number => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= index) i++;
    return from + i;
  };
  return { text, lineAt };
}

function setFigure(
  sink: Sink,
  key: NarrativeFigure,
  value: number,
  source: string,
  line: number,
): void {
  sink.report.narrative[key] = value;
  sink.provenance[`narrative.${key}`] = { line, text: source.slice(0, 200) };
}

/** The list right after the published total: 政务要闻373条、公示公告214条 … */
function breakdown(rest: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of rest.split(/[，、]/)) {
    if (part === '') continue;
    const m = ITEM.exec(part);
    if (!m) return out;
    out[m[1]!] = num(m[2]!);
  }
  return out;
}

/** `lines` are the narrative block's lines, the first of them at index `from` of the source. */
export function readNarrative(sink: Sink, lines: readonly string[], from: number): void {
  const { text, lineAt } = proseOf(lines, from);
  const n: Narrative = sink.report.narrative;
  const pub = firstMatch(PUBLISHED, text);
  if (pub) {
    setFigure(sink, 'publishedItems', num(pub[2]!), sentenceAt(text, pub.index), lineAt(pub.index));
    if (pub[1] || pub[3]) n.approx.push('publishedItems');
    const end = text.indexOf('。', pub.index);
    n.publishedBreakdown = breakdown(
      text.slice(pub.index + pub[0].length, end < 0 ? undefined : end),
    );
  }
  const media = firstMatch(MEDIA, text);
  // "关停政务新媒体2个" / "新开设1个政务新媒体" count changes, not the accounts run.
  if (media && !NOT_TOTAL.test(clauseAt(text, media.index))) {
    const at = lineAt(media.index);
    setFigure(sink, 'newMediaAccounts', num(media[1]!), sentenceAt(text, media.index), at);
  }
  const letters = LETTERS.exec(text);
  if (letters) {
    const sentence = sentenceAt(text, letters.index);
    setFigure(sink, 'lettersReceived', num(letters[1]!), sentence, lineAt(letters.index));
    const rate = RATE.exec(sentence);
    const sentenceStart = text.lastIndexOf('。', letters.index) + 1;
    if (rate && Number(rate[1]) <= 100) {
      const at = lineAt(sentenceStart + rate.index);
      setFigure(sink, 'lettersCompletionRate', Number(rate[1]), sentence, at);
    }
  }
}
