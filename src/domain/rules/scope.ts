// Which cells each template version owns, as indices into `Values`. A 2019-template report's
// comparable proactive.licensing / .punishment / .coercion are copies of its 处理决定数量, so the
// rules look at the originals only and never report the same blank or bad figure twice.
import { fieldsForFormat, isTableField, type FieldDef } from '../fields';
import type { TemplateFormat } from '../template';
import { idx } from './context';

function owned(format: TemplateFormat, keep: (f: FieldDef) => boolean): readonly number[] {
  return fieldsForFormat(format)
    .filter((f) => !(format === '2019' && f.table === 't2') && keep(f))
    .map((f) => idx(f.key));
}

const ALL = { '2019': owned('2019', () => true), '2021': owned('2021', () => true) };
const TABLES = { '2019': owned('2019', isTableField), '2021': owned('2021', isTableField) };

/** Every figure a report of this version carries (tables 2–4 and narrative). */
export function ownFields(format: TemplateFormat): readonly number[] {
  return ALL[format];
}

/** The cells of tables 2–4 (MISSING, Y-CLONE, U-CLONE). */
export function tableCells(format: TemplateFormat): readonly number[] {
  return TABLES[format];
}
