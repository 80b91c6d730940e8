// Where a report comes from and what it is: region, level, template version, the source (a link
// only when it is http(s)), and the notes made when it was entered.
import { LEVEL_LABELS } from '../../domain/meta';
import type { Report } from '../../domain/report';
import { useLang, useT } from '../../state/lang';
import { formatDate } from '../../ui/dates';
import { U } from './labels';

/** Only http(s) URLs become links; anything else (javascript:, data:) stays text. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function SourceDetails({ report }: { report: Report }) {
  const tr = useT();
  const lang = useLang();
  const { source } = report;
  const href = safeHttpUrl(source.url);
  return (
    <div className="source-details">
      <dl className="facts">
        <dt>{tr(U.region)}</dt>
        <dd>{report.region ?? '—'}</dd>
        <dt>{tr(U.level)}</dt>
        <dd>{report.level ? tr(LEVEL_LABELS[report.level]) : '—'}</dd>
        <dt>{tr(U.template)}</dt>
        <dd data-template={report.format}>
          {tr(report.format === '2019' ? U.template2019 : U.template2021)}
        </dd>
        <dt>{tr(U.source)}</dt>
        <dd data-source>
          {href ? (
            <a href={href} rel="noopener noreferrer" target="_blank">
              {source.title ?? tr(U.sourceLink)}
            </a>
          ) : (
            (source.url ?? source.title ?? tr(U.noSource))
          )}
        </dd>
        {source.published && (
          <>
            <dt>{tr(U.published)}</dt>
            <dd>
              <time dateTime={source.published}>{formatDate(source.published, lang)}</time>
            </dd>
          </>
        )}
        {source.file && (
          <>
            <dt>{tr(U.file)}</dt>
            <dd className="file-name">{source.file}</dd>
          </>
        )}
      </dl>
      {report.notes.length > 0 && (
        <>
          <h3>{tr(U.notes)}</h3>
          <ul className="notes">
            {report.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
