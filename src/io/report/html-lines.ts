// Saved web page → text lines: block elements break lines, a table row becomes one line of
// tab-separated cells (so blank cells stay blank), scripts and styles are dropped.
// parse5 decodes entities (&nbsp; becomes U+00A0, folded to a space later).
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'select',
  'button',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'hr',
  'caption',
  'center',
  'form',
  'aside',
  'main',
  'title',
]);

type Node = T.ChildNode | T.Document;

function isElement(node: Node): node is T.Element {
  return 'tagName' in node;
}

function children(node: Node): readonly T.ChildNode[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

/** All text under a node on one line (a table cell: its paragraphs run together). */
function cellText(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (isElement(node) && SKIP.has(node.tagName)) return '';
  return children(node)
    .map(cellText)
    .join('')
    .replace(/[\t\n\r]+/g, ' ')
    .trim();
}

function rowCells(tr: T.Element): string[] {
  return tr.childNodes
    .filter((c): c is T.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
    .map((c) => cellText(c).replace(/\s+/g, ' ').trim());
}

// Word-exported pages carry kilobytes of inline style per cell; dropping scripts, styles and
// presentational attributes before parsing makes parse5 several times faster.
const NOISE = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const ATTRS =
  /\s(?:style|class|width|height|valign|align|lang|face|size|color|border|cellspacing|cellpadding|onclick|onload|href|src|alt|title|target|id|name|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*')/gi;

function slim(html: string): string {
  return html.replace(NOISE, '').replace(ATTRS, '');
}

export function htmlLines(html: string): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') lines.push(current.trim());
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') {
      current += (node as T.TextNode).value.replace(/[\t\n\r]+/g, ' ');
      return;
    }
    if (!isElement(node)) {
      children(node).forEach(walk);
      return;
    }
    if (SKIP.has(node.tagName)) return;
    if (node.tagName === 'tr') {
      flush();
      lines.push(rowCells(node).join('\t'));
      return;
    }
    const block = BLOCK.has(node.tagName);
    if (block) flush();
    children(node).forEach(walk);
    if (block) flush();
  };
  walk(parse(slim(html)));
  flush();
  return lines;
}
