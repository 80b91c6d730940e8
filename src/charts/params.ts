// What ECharts hands a tooltip formatter: one params object (trigger 'item') or a list of them
// (trigger 'axis'). Shared by option builders of both registration modules.

/** The data index of the (first) series point the tooltip is for, or null. */
export function dataIndex(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (first && typeof first === 'object' && 'dataIndex' in first) {
    const index = (first as { dataIndex: unknown }).dataIndex;
    return typeof index === 'number' ? index : null;
  }
  return null;
}
