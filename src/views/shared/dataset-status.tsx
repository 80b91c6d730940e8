// How a dataset's loading state maps onto a panel's four states, shared by every data panel.
import type { DatasetState } from '../../queries/use-dataset';
import { MessageList } from '../../ui/message-list';
import type { PanelStatus } from '../../ui/panel';

/** Pending and error come from the dataset; no report at all is the empty state. */
export function datasetPanelStatus(dataset: DatasetState): PanelStatus {
  if (dataset.status !== 'success') return dataset.status;
  return dataset.reports.length === 0 ? 'empty' : 'success';
}

export function DatasetErrors({ dataset }: { dataset: DatasetState }) {
  return <MessageList messages={dataset.errors} kind="error" />;
}
