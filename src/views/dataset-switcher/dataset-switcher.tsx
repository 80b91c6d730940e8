// The list of datasets in the manifest, one button each; the simulated ones carry the mark.
import type { DatasetState } from '../../queries/use-dataset';
import { L, t } from '../../ui/labels';

interface Props {
  dataset: DatasetState;
  onSelect: (id: string) => void;
}

export function DatasetSwitcher({ dataset, onSelect }: Props) {
  const datasets = dataset.manifest?.datasets ?? [];
  if (datasets.length === 0) return null;
  return (
    <nav className="dataset-switcher" aria-label={t(L.datasets)}>
      <span className="dataset-switcher-label">{t(L.datasets)}</span>
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
            {d.title.zh}
            {d.simulated && <span className="badge badge-simulated">{t(L.simulated)}</span>}
          </button>
        );
      })}
    </nav>
  );
}
