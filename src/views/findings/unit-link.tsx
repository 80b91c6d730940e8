// A link to a unit's profile: a real href (open in a new tab, copy the link) that, on a plain
// click, changes the URL state in place instead of reloading the page.
import type { MouseEvent, ReactNode } from 'react';
import { serializeUrlState, type UrlState } from '../../state/url-state';
import type { UpdateUrlState } from '../../state/use-url-state';

export function unitProfilePatch(unitKey: string, year: number | null): Partial<UrlState> {
  return { view: 'unit', unit: unitKey, year };
}

interface Props {
  state: UrlState;
  update: UpdateUrlState;
  unitKey: string;
  year: number | null;
  children: ReactNode;
}

export function UnitLink({ state, update, unitKey, year, children }: Props) {
  const patch = unitProfilePatch(unitKey, year);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    update(patch);
    window.scrollTo?.({ top: 0 });
  };
  return (
    <a
      className="unit-link"
      href={serializeUrlState({ ...state, ...patch })}
      onClick={onClick}
      data-unit-link={unitKey}
    >
      {children}
    </a>
  );
}
