// Saving the kept drafts: pick a new or an existing dataset of one's own → for an existing one,
// the (unit, year) pairs already there, each with replace / keep both / skip (default skip) →
// importReports, all-or-nothing, its progress shown on the button for a large import → the
// outcome and a link into the dashboard. A storage error is shown with its message and the
// preview stays, so nothing typed is lost.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Report } from '../../domain/report';
import { invalidateUserDatasets, userDatasetsQueryOptions } from '../../queries/user-datasets';
import { useLang, useT } from '../../state/lang';
import type { Lang } from '../../state/url-state';
import {
  createUserDataset,
  deleteUserDataset,
  findConflicts,
  importReports,
  type Conflict,
  type ImportOutcome,
  type StoreError,
} from '../../storage/user-datasets';
import { L, savingText } from './labels';

interface Props {
  reports: Report[];
  source: string;
  disabled: boolean;
  onSaved: (id: string, outcome: ImportOutcome) => void;
}

type Pair = { unit: string; year: number };
const pairKey = (p: Pair) => `${p.year}\u0000${p.unit}`;

/** The new dataset's name until the user types one: 我的数据 / My data and today's date. */
export function defaultTitle(lang: Lang = 'zh', now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${lang === 'zh' ? '我的数据' : 'My data'} ${date}`;
}

export function ConfirmPanel({ reports, source, disabled, onSaved }: Props) {
  const tr = useT();
  const client = useQueryClient();
  const list = useQuery(userDatasetsQueryOptions());
  const [target, setTarget] = useState<'new' | string>('new');
  const lang = useLang();
  const [title, setTitle] = useState(() => defaultTitle(lang));
  const conflicts = useConflicts(target, reports);
  const [choices, setChoices] = useState<Record<string, Conflict>>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<StoreError | null>(null);

  const save = async () => {
    setBusy(true);
    setProgress(null);
    setError(null);
    const result = await saveInto(
      target,
      title.trim() || defaultTitle(lang),
      reports,
      source,
      (c) => choices[pairKey(c)] ?? 'skip',
      (done, total) => setProgress({ done, total }),
    );
    setBusy(false);
    setProgress(null);
    await invalidateUserDatasets(client);
    if (!result.ok) return setError(result.error);
    onSaved(result.value.id, result.value.outcome);
  };

  return (
    <section className="import-confirm" data-import-confirm>
      <fieldset>
        <legend>{tr(L.target)}</legend>
        <label>
          <input
            type="radio"
            name="import-target"
            checked={target === 'new'}
            onChange={() => setTarget('new')}
          />
          {tr(L.newDataset)}
        </label>
        {target === 'new' && (
          <label className="import-title">
            {tr(L.datasetTitle)}
            <input data-dataset-title value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
        )}
        {(list.data ?? []).length > 0 && (
          <label>
            <input
              type="radio"
              name="import-target"
              checked={target !== 'new'}
              onChange={() => setTarget(list.data?.[0]?.id ?? 'new')}
            />
            {tr(L.existing)}
            <select
              data-target-dataset
              value={target === 'new' ? '' : target}
              disabled={target === 'new'}
              onChange={(e) => setTarget(e.target.value)}
            >
              {target === 'new' && <option value="" />}
              {(list.data ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      {conflicts.length > 0 && (
        <div className="import-conflicts" data-conflicts={conflicts.length}>
          <p>{tr(L.conflicts)}</p>
          <ul>
            {conflicts.map((c) => (
              <li key={pairKey(c)} data-conflict={`${c.unit} ${c.year}`}>
                <span>
                  {c.unit} {c.year}
                </span>
                {(['replace', 'keep-both', 'skip'] as const).map((choice) => (
                  <label key={choice}>
                    <input
                      type="radio"
                      name={`conflict-${pairKey(c)}`}
                      value={choice}
                      checked={(choices[pairKey(c)] ?? 'skip') === choice}
                      onChange={() => setChoices({ ...choices, [pairKey(c)]: choice })}
                    />
                    {tr(
                      choice === 'replace'
                        ? L.replace
                        : choice === 'keep-both'
                          ? L.keepBoth
                          : L.skip,
                    )}
                  </label>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p className="import-error" role="alert" data-store-error={error.code}>
          {tr(L.failed)} {tr(error)}
        </p>
      )}
      <button
        type="button"
        className="primary"
        data-confirm-import
        disabled={disabled || busy || reports.length === 0}
        onClick={() => void save()}
      >
        {!busy
          ? tr(L.confirm)
          : progress
            ? tr(savingText(progress.done, progress.total))
            : tr(L.importing)}
      </button>
      {reports.length === 0 && <p className="panel-note">{tr(L.nothing)}</p>}
    </section>
  );
}

/** The pairs already in the chosen dataset; a new dataset has none. */
function useConflicts(target: string, reports: readonly Report[]): Pair[] {
  const [found, setFound] = useState<{ key: string; pairs: Pair[] }>({ key: '', pairs: [] });
  const key = `${target}|${reports.map(pairKey).join('|')}`;
  useEffect(() => {
    if (target === 'new') return;
    let live = true;
    void findConflicts(target, reports).then((r) => {
      if (live) setFound({ key, pairs: r.ok ? r.value : [] });
    });
    return () => {
      live = false;
    };
    // The key stands for the target and the reports' (unit, year) pairs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return target !== 'new' && found.key === key ? found.pairs : [];
}

async function saveInto(
  target: string,
  title: string,
  reports: readonly Report[],
  source: string,
  decide: (c: Pair) => Conflict,
  onProgress: (done: number, total: number) => void,
): Promise<
  { ok: true; value: { id: string; outcome: ImportOutcome } } | { ok: false; error: StoreError }
> {
  let id = target;
  if (target === 'new') {
    const created = await createUserDataset(title);
    if (!created.ok) return created;
    id = created.value.id;
  }
  const result = await importReports(id, reports, decide, source, onProgress);
  if (!result.ok) {
    // A new dataset whose import failed would be an empty leftover: the import is all-or-nothing.
    if (target === 'new') await deleteUserDataset(id);
    return result;
  }
  return { ok: true, value: { id, outcome: result.value } };
}
