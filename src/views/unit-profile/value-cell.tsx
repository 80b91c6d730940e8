// One printed cell of a template table: the figure as printed, a blank as "—" (never 0), and a
// cell named by a finding marked with its severity and the finding's message as its title.
import { getCell } from '../../domain/cells';
import { fieldLabel } from '../../domain/fields';
import type { Report } from '../../domain/report';
import { useLang, useT } from '../../state/lang';
import type { CellFlag } from '../findings/findings-detail';
import { U } from './labels';
import { cellText } from './profile-model';

export type Flags = ReadonlyMap<string, CellFlag>;

export function ValueCell({
  report,
  cellKey,
  flags,
  colSpan,
}: {
  report: Report;
  cellKey: string;
  flags: Flags;
  colSpan?: number;
}) {
  const lang = useLang();
  const tr = useT();
  const text = cellText(cellKey, getCell(report, cellKey));
  const flag = flags.get(cellKey);
  const classes = ['num', 'tpl-cell'];
  if (text === null) classes.push('cell-blank');
  if (flag) classes.push('cell-flagged', `cell-flagged-${flag.severity}`);
  const title = [
    fieldLabel(cellKey, lang),
    text === null ? tr(U.blank) : '',
    ...(flag?.messages ?? []),
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <td
      className={classes.join(' ')}
      colSpan={colSpan}
      title={title}
      data-cell={cellKey}
      data-flagged={flag ? flag.severity : undefined}
    >
      {text ?? '—'}
    </td>
  );
}
