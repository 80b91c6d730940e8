// One choice among many: a native <select> while the options are few enough to scroll through
// (every dataset of a city), a searchable combobox (combobox.tsx, loaded only then) beyond: a
// province's thousands of units as <option>s would be thousands of DOM nodes and a list no one
// can scroll. Both write the same value through the same data-filter hook.
import { lazy, Suspense } from 'react';
// With the select, so the box in place while the combobox loads already looks like it.
import './combobox.css';

/** Options up to this many stay a native select. */
export const NATIVE_UP_TO = 300;

export interface ChoiceOption {
  value: string;
  label: string;
  /** Heading the option is listed under (an <optgroup>). */
  group?: string;
  /** Also matched when searching (a unit's region), shown after the label. */
  hint?: string;
}

export interface ChoiceProps {
  options: readonly ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
  /** data-filter of the control, for tests and styles. */
  filter: string;
  /** What is chosen (the control's label), naming the combobox's list for screen readers. */
  label: string;
}

const Combobox = lazy(() => import('./combobox').then((m) => ({ default: m.Combobox })));

export function Choice(props: ChoiceProps) {
  if (props.options.length > NATIVE_UP_TO)
    return (
      <Suspense fallback={<input className="combobox-input" disabled data-filter={props.filter} />}>
        <Combobox {...props} />
      </Suspense>
    );
  return <NativeSelect {...props} />;
}

function NativeSelect({ options, value, onChange, filter }: ChoiceProps) {
  const groups: { label: string | undefined; options: ChoiceOption[] }[] = [];
  for (const o of options) {
    const last = groups[groups.length - 1];
    if (last && last.label === o.group) last.options.push(o);
    else groups.push({ label: o.group, options: [o] });
  }
  const item = (o: ChoiceOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <select data-filter={filter} value={value} onChange={(e) => onChange(e.target.value)}>
      {groups.map((g, i) =>
        g.label === undefined ? (
          g.options.map(item)
        ) : (
          <optgroup key={`${i}-${g.label}`} label={g.label}>
            {g.options.map(item)}
          </optgroup>
        ),
      )}
    </select>
  );
}
