// The list of datasets: the manifest's, one button each (the simulated ones carry the mark),
// then the user's own from IndexedDB, marked 我的数据 / My data.
import type { DatasetState } from '../../queries/use-dataset';
import { useLang, useT } from '../../state/lang';
import type { UserDatasetSummary } from '../../storage/user-dataset';
import { L } from '../../ui/labels';

interface Props {
  dataset: DatasetState;
  /** The user's datasets, listed after the shipped ones. */
  userDatasets?: readonly UserDatasetSummary[];
  onSelect: (id: string) => void;
}

const MY_DATA = { zh: '我的数据', en: 'My data' };

export function DatasetSwitcher({ dataset, userDatasets = [], onSelect }: Props) {
  const lang = useLang();
  const tr = useT();
  const shipped = dataset.manifest?.datasets ?? [];
  const items = [
    ...shipped.map((d) => ({
      id: d.id,
      title: d.title[lang],
      simulated: d.simulated,
      user: false,
    })),
    ...userDatasets.map((d) => ({ id: d.id, title: d.title, simulated: false, user: true })),
  ];
  if (items.length === 0) return null;
  return (
    <nav className="dataset-switcher" aria-label={tr(L.datasets)}>
      <span className="dataset-switcher-label">{tr(L.datasets)}</span>
      {items.map((d) => {
        const current = d.id === dataset.entry?.id;
        return (
          <button
            key={d.id}
            type="button"
            data-dataset={d.id}
            data-user-dataset={d.user || undefined}
            aria-pressed={current}
            className={current ? 'dataset-button current' : 'dataset-button'}
            onClick={() => onSelect(d.id)}
          >
            {d.title}
            {d.simulated && <span className="badge badge-simulated">{tr(L.simulated)}</span>}
            {d.user && <span className="badge badge-real badge-user">{tr(MY_DATA)}</span>}
          </button>
        );
      })}
    </nav>
  );
}
