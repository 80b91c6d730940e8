// A searchable choice for thousands of options (a province's units): a text box that filters by
// label (and hint, a unit's region) as one types, a list of at most LISTED matches under it, the
// count of the rest. Keyboard as the ARIA combobox pattern has it: ↓/↑ move, Enter chooses, Esc
// closes and puts back the chosen label; the list is a listbox whose active option is named by
// aria-activedescendant, so focus stays in the box.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLang } from '../state/lang';
import type { ChoiceOption, ChoiceProps } from './choice';

/** Matches listed at once; typing more narrows the rest down. */
export const LISTED = 50;

const W = {
  more: { zh: '另有 {n} 项，请继续输入以缩小范围', en: '{n} more: type more to narrow down' },
  none: { zh: '没有匹配项', en: 'Nothing matches' },
  hint: { zh: '输入以查找', en: 'Type to search' },
};

/** Options whose label or hint contains the query (trimmed, any case); all for an empty one. */
export function matchOptions(options: readonly ChoiceOption[], query: string): ChoiceOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...options];
  return options.filter(
    (o) => o.label.toLowerCase().includes(q) || (o.hint ?? '').toLowerCase().includes(q),
  );
}

export function Combobox({ options, value, onChange, filter, label }: ChoiceProps) {
  const lang = useLang();
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  /** What is typed; null while not searching (the box shows the chosen label). */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const chosen = options.find((o) => o.value === value);
  const matches = useMemo(() => matchOptions(options, query ?? ''), [options, query]);
  const listed = matches.slice(0, LISTED);
  const current = Math.min(active, listed.length - 1);

  useEffect(() => {
    if (!open || current < 0) return;
    listRef.current
      ?.querySelector(`[data-index="${current}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [open, current]);

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const choose = (o: ChoiceOption | undefined) => {
    if (o) onChange(o.value);
    close();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(Math.max(current + step, 0), listed.length - 1));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      choose(listed[current]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  };
  const text = (t: { zh: string; en: string }, n = 0) =>
    t[lang].replace('{n}', n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'));
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <span className="combobox">
      <input
        className="combobox-input"
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={text(W.hint)}
        data-filter={filter}
        data-value={value}
        value={query ?? chosen?.label ?? ''}
        onFocus={(e) => e.currentTarget.select()}
        onClick={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
      />
      {open && (
        <div className="combobox-popup">
          <ul
            className="combobox-list"
            id={`${id}-list`}
            role="listbox"
            aria-label={label}
            ref={listRef}
          >
            {listed.map((o, i) => {
              const heading = o.group !== undefined && o.group !== listed[i - 1]?.group;
              return [
                heading && (
                  <li key={`group-${i}`} role="presentation" className="combobox-group">
                    {o.group}
                  </li>
                ),
                <li
                  key={o.value}
                  id={optionId(i)}
                  role="option"
                  aria-selected={o.value === value}
                  className={i === current ? 'combobox-option active' : 'combobox-option'}
                  data-index={i}
                  data-value={o.value}
                  // Chosen on mousedown, before the box loses focus and closes the list.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(o);
                  }}
                  onMouseMove={() => i !== current && setActive(i)}
                >
                  {o.label}
                  {o.hint && <span className="combobox-hint">{o.hint}</span>}
                </li>,
              ];
            })}
          </ul>
          <p className="combobox-status" role="status" data-more={matches.length - listed.length}>
            {matches.length === 0
              ? text(W.none)
              : matches.length > LISTED
                ? text(W.more, matches.length - LISTED)
                : ''}
          </p>
        </div>
      )}
    </span>
  );
}
