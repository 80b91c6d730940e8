// The unit one-pager: the unit profile printed on one A4 sheet (打印单页). The profile's own
// panels are reused — the three tables as the template prints them, the indicators with the
// trend chart — laid out compactly by one-pager.css when the root says data-print-mode=onepage;
// this file adds what the sheet needs instead of the interactive parts: a heading naming the
// unit, region, year and source in full, and the findings of that year in brief.
import { colon } from '../../charts/format';
import { RULES } from '../../domain/rules/catalogue';
import { LEVEL_LABELS } from '../../domain/meta';
import type { Report } from '../../domain/report';
import type { DatasetState } from '../../queries/use-dataset';
import { useLang, useT } from '../../state/lang';
import { formatDate } from '../../ui/dates';
import { L } from '../../ui/labels';
import type { LocatedFinding } from '../findings/findings-model';
import { SEVERITY_TEXT } from '../findings/labels';
import { U } from './labels';
import { safeHttpUrl } from './source-panel';

/** Findings listed on the sheet; the rest are counted, with the page link in the footer. */
const SHEET_FINDINGS = 8;

export function OnePagerHead({ report, dataset }: { report: Report; dataset: DatasetState }) {
  const tr = useT();
  const lang = useLang();
  const sep = lang === 'zh' ? '：' : ': ';
  const href = safeHttpUrl(report.source.url);
  const entry = dataset.entry;
  return (
    <div className="print-only one-pager-head" data-one-pager-head>
      <h2>
        {report.unit} · {lang === 'zh' ? `${report.year}年度` : report.year}
        {entry?.simulated && <span className="badge badge-simulated">{L.simulated[lang]}</span>}
      </h2>
      <p className="one-pager-facts">
        <span>
          {tr(U.region)}
          {sep}
          {report.region ?? '—'}
        </span>
        <span>
          {tr(U.level)}
          {sep}
          {report.level ? tr(LEVEL_LABELS[report.level]) : '—'}
        </span>
        <span>
          {tr(U.template)}
          {sep}
          {tr(report.format === '2019' ? U.template2019 : U.template2021)}
        </span>
        {report.source.published && (
          <span>
            {tr(U.published)}
            {sep}
            {formatDate(report.source.published, lang)}
          </span>
        )}
      </p>
      <p className="one-pager-facts">
        <span className="one-pager-source">
          {tr(U.source)}
          {sep}
          {report.source.title ? `${report.source.title} ` : ''}
          {href ?? report.source.url ?? (report.source.title ? '' : tr(U.noSource))}
        </span>
      </p>
    </div>
  );
}

export function OnePagerFindings({
  located,
  year,
}: {
  located: readonly LocatedFinding[];
  year: number;
}) {
  const tr = useT();
  const lang = useLang();
  const ofYear = located.filter((l) => l.finding.year === year);
  const shown = ofYear.slice(0, SHEET_FINDINGS);
  const more = ofYear.length - shown.length;
  const title =
    lang === 'zh'
      ? `核对发现（${year}年度，${ofYear.length}条）`
      : `Findings (${year}, ${ofYear.length})`;
  return (
    <section className="one-pager-only one-pager-findings" data-one-pager-findings={ofYear.length}>
      <h3>{title}</h3>
      {ofYear.length === 0 ? (
        <p>{lang === 'zh' ? '本年度报告未发现问题。' : 'No findings for this year.'}</p>
      ) : (
        <ul>
          {shown.map((l, i) => (
            <li key={i} className={`severity-${l.finding.severity}`}>
              <strong>{tr(SEVERITY_TEXT[l.finding.severity])}</strong>{' '}
              {/* The rule is a sentence; its full stop would sit before the colon. */}
              {RULES[l.finding.rule][lang].replace(/[.。]$/, '')}
              {colon(lang)}
              {l.finding.message[lang]}
            </li>
          ))}
        </ul>
      )}
      {(more > 0 || located.length > ofYear.length) && (
        <p className="muted">
          {lang === 'zh'
            ? `${more > 0 ? `另有 ${more} 条未列出；` : ''}全部年度共 ${located.length} 条，见本页链接。`
            : `${more > 0 ? `${more} more not listed; ` : ''}${located.length} across all years at the link below.`}
        </p>
      )}
    </section>
  );
}
