// A select over the years a dataset holds; `data-filter` names it for tests and styling.
interface YearSelectProps {
  filter: string;
  value: number | null | undefined;
  years: readonly number[];
  onChange: (year: number) => void;
}

export function YearSelect({ filter, value, years, onChange }: YearSelectProps) {
  return (
    <select
      data-filter={filter}
      value={value ?? ''}
      onChange={(e) => onChange(Number(e.target.value))}
    >
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
}
