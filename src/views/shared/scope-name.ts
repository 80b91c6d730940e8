// The chosen scope as a reader would name it: 全部单位, a region path, or the unit's name (the
// URL holds the unit key, which may be an id).
import type { Report } from '../../domain/report';
import { unitKey, type Scope } from '../../domain/scope';
import { OV } from '../overview/labels';

export function scopeName(scope: Scope, reports: readonly Report[], lang: 'zh' | 'en'): string {
  if (scope.kind === 'all') return OV.allUnits[lang];
  if (scope.kind === 'region') return `${OV.region[lang]} ${scope.path}`;
  return reports.find((r) => unitKey(r) === scope.unit)?.unit ?? scope.unit;
}
