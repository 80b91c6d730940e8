// The printed page's header and footer (shown only in print): which view of which dataset, the
// scope and years, the simulated mark, when it was printed and the link that reproduces it —
// so a sheet lifted out of an assessment report can still be traced to its source.
import type { DatasetState } from '../../queries/use-dataset';
import { effectiveRange, effectiveYear } from '../../state/resolve';
import type { Lang, UrlState } from '../../state/url-state';
import { L } from '../../ui/labels';
import { scopeName } from '../shared/scope-name';
import { PR } from './print-labels';
import { VIEW_LABELS } from './view-tabs';

interface Props {
  dataset: DatasetState;
  state: UrlState;
  lang: Lang;
}

export function PrintHeader({ dataset, state, lang }: Props) {
  const entry = dataset.entry;
  const range = effectiveRange(state, dataset.years);
  const year = effectiveYear(state, dataset.years);
  const sep = lang === 'zh' ? '：' : ': ';
  const span = range.length > 0 ? `${range[0]}–${range[range.length - 1]}` : '—';
  const years = year !== null && state.view !== 'unit' ? `${span}（${year}）` : span;
  return (
    <header className="print-only print-header" data-print-header>
      <h1>
        {VIEW_LABELS[state.view][lang]} · {L.appTitle[lang]}
      </h1>
      <p className="print-meta">
        <span>
          {PR.dataset[lang]}
          {sep}
          {entry?.title[lang] ?? '—'}
        </span>
        {entry?.simulated && (
          <span className="badge badge-simulated" data-print-simulated>
            {L.simulated[lang]}
          </span>
        )}
        {state.view !== 'unit' && (
          <span>
            {PR.scope[lang]}
            {sep}
            {scopeName(state.scope, dataset.reports, lang)}
          </span>
        )}
        <span>
          {PR.years[lang]}
          {sep}
          {lang === 'zh' ? years : years.replace('（', ' (').replace('）', ')')}
        </span>
        <span>
          {PR.printed[lang]}
          {sep}
          {printDate(lang)}
        </span>
      </p>
    </header>
  );
}

export function PrintFooter({ dataset, lang }: Pick<Props, 'dataset' | 'lang'>) {
  const sep = lang === 'zh' ? '：' : ': ';
  const entry = dataset.entry;
  return (
    <footer className="print-only print-footer" data-print-footer>
      {entry && (
        <p>
          {PR.source[lang]}
          {sep}
          {entry.source[lang]}
          {entry.simulated ? ` · ${L.simulatedNotice[lang]}` : ''}
        </p>
      )}
      <p>
        {PR.link[lang]}
        {sep}
        <span data-print-link>{readableLink()}</span>
      </p>
    </footer>
  );
}

/** The page's address with its Chinese unit names readable (still a working link). */
function readableLink(): string {
  if (typeof window === 'undefined') return '';
  const href = window.location.href;
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

function printDate(lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(),
  );
}
