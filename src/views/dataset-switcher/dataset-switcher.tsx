// The list of datasets in the manifest, one button each; the simulated ones carry the mark.
import type { DatasetState } from '../../queries/use-dataset';
import { useLang, useT } from '../../state/lang';
import { L } from '../../ui/labels';

interface Props {
  dataset: DatasetState;
  onSelect: (id: string) => void;
}

export function DatasetSwitcher({ dataset, onSelect }: Props) {
  const lang = useLang();
  const tr = useT();
  const datasets = dataset.manifest?.datasets ?? [];
  if (datasets.length === 0) return null;
  return (
    <nav className="dataset-switcher" aria-label={tr(L.datasets)}>
      <span className="dataset-switcher-label">{tr(L.datasets)}</span>
      {datasets.map((d) => {
        const current = d.id === dataset.entry?.id;
        return (
          <button
            key={d.id}
            type="button"
            data-dataset={d.id}
            aria-pressed={current}
            className={current ? 'dataset-button current' : 'dataset-button'}
            onClick={() => onSelect(d.id)}
          >
            {d.title[lang]}
            {d.simulated && <span className="badge badge-simulated">{tr(L.simulated)}</span>}
          </button>
        );
      })}
    </nav>
  );
}
