// The caption every figure carries, built from what the shell knows (the dataset, its source,
// the simulated flag, the scope, the language) plus what the chart adds (title, definition,
// years). 数据截至 is read from the data: the newest publication date among the reports drawn.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Report } from '../../domain/report';
import type { DatasetState } from '../../queries/use-dataset';
import type { Lang } from '../../state/url-state';
import type { FigureCaption } from '../../ui/figure-model';

interface FigureBase {
  lang: Lang;
  dataset: string;
  simulated: boolean;
  source: string;
  /** The scope as a reader names it (全部单位 / a region / a unit). */
  units: string;
}

const FigureContext = createContext<FigureBase | null>(null);

export function FigureCaptionProvider({
  dataset,
  units,
  lang,
  children,
}: {
  dataset: DatasetState;
  units: string;
  lang: Lang;
  children: ReactNode;
}) {
  const entry = dataset.entry;
  const base = useMemo<FigureBase>(
    () => ({
      lang,
      dataset: entry ? entry.title[lang] : '',
      simulated: entry?.simulated ?? false,
      source: entry ? entry.source[lang] : '',
      units,
    }),
    [entry, units, lang],
  );
  return <FigureContext.Provider value={base}>{children}</FigureContext.Provider>;
}

export interface CaptionSpec {
  title: string;
  definition: string;
  /** The years the chart draws (first–last), or one year. */
  years: readonly number[];
  /** The reports the chart draws from, for 数据截至. */
  reports: readonly Report[];
  /** Overrides the scope name (e.g. the unit of the unit profile). */
  units?: string;
}

export function useFigureCaption(spec: CaptionSpec): FigureCaption {
  const base = useContext(FigureContext);
  const { title, definition, years, reports, units } = spec;
  const link = typeof window === 'undefined' ? '' : readableLink(window.location.href);
  return useMemo(() => {
    const b = base ?? { lang: 'zh', dataset: '', simulated: false, source: '', units: '' };
    return {
      ...b,
      title,
      definition,
      units: units ?? b.units,
      years: yearSpan(years),
      asOf: latestPublished(reports, years),
      link,
    };
  }, [base, title, definition, years, reports, units, link]);
}

export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

// Per reports array (identity): the newest date of each year, found in one pass, so a change of
// year (every figure asks again) reads a handful of years, not every report.
const LATEST = new WeakMap<readonly Report[], Map<number, string>>();

/** The newest `source.published` (YYYY-MM-DD) among the reports of those years, or null. */
export function latestPublished(
  reports: readonly Report[],
  years: readonly number[],
): string | null {
  let byYear = LATEST.get(reports);
  if (!byYear) LATEST.set(reports, (byYear = latestByYear(reports)));
  let latest: string | null = null;
  for (const y of years) {
    const date = byYear.get(y);
    if (date !== undefined && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

function latestByYear(reports: readonly Report[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of reports) {
    const date = r.source.published ?? null;
    if (date === null) continue;
    const was = out.get(r.year);
    // Not later than the latest so far (its day is no later either): no need to read it.
    if (was !== undefined && date <= was) continue;
    if (!/^\d{4}-\d{2}-\d{2}/.test(date)) continue;
    const day = date.slice(0, 10);
    if (was === undefined || day > was) out.set(r.year, day);
  }
  return out;
}

/**
 * The address as a reader can type it from a printed figure: Chinese in the query (unit=平潭…)
 * instead of its %E5%B9%B3… escapes. Only runs of non-ASCII bytes are decoded, so an escaped
 * &, =, space or < stays escaped and the link still reproduces the view.
 */
export function readableLink(href: string): string {
  return href.replace(/(?:%[89a-f][0-9a-f])+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
