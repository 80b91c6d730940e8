// The report's text as the parser read it, numbered, beside the extracted tables. The line the
// pointed-at figure came from is marked and scrolled into view inside the pane only (moving the
// page under the pointer would lose the cell being hovered). Lines are plain text children.
import { useEffect, useRef } from 'react';
import { useT } from '../../state/lang';
import { L } from './labels';

interface Props {
  lines: readonly string[];
  /** 0-based index of the line to mark, or null */
  active: number | null;
}

export function SourcePane({ lines, active }: Props) {
  const tr = useT();
  const pane = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = pane.current;
    if (active === null || !list) return;
    const item = list.children[active];
    if (!(item instanceof HTMLElement)) return;
    const top = item.offsetTop - list.clientHeight / 2 + item.offsetHeight / 2;
    list.scrollTop = Math.max(0, top);
  }, [active]);
  return (
    <section className="import-source" data-source-pane={lines.length}>
      <h4>{tr(L.sourceText)}</h4>
      <p className="panel-note">{tr(L.sourceHint)}</p>
      <ol className="source-lines" ref={pane} tabIndex={0} aria-label={tr(L.sourceText)}>
        {lines.map((line, i) => (
          <li
            // Lines are static for a draft; the index is their identity.
            key={i}
            className={i === active ? 'source-line active' : 'source-line'}
            data-source-line={i + 1}
            data-active={i === active || undefined}
          >
            <span className="source-no" aria-hidden="true">
              {i + 1}
            </span>
            {/* The report's own words: Chinese, whatever the page's language. */}
            <span className="source-text" lang="zh-CN">
              {line}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
