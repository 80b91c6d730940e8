// What every view receives from the shell: the loaded dataset, the URL state (already checked
// against the data) and the way to change it.
import type { DatasetState } from '../queries/use-dataset';
import type { UpdateUrlState } from '../state/use-url-state';
import type { Lang, UrlState } from '../state/url-state';

export interface ViewProps {
  dataset: DatasetState;
  state: UrlState;
  update: UpdateUrlState;
  lang: Lang;
}
