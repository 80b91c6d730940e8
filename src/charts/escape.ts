// Escaping data for the HTML of chart tooltips (unit names and labels are data, not markup):
// the five characters ECharts' own format.encodeHTML replaces, without loading ECharts — option
// builders run before the chart library has arrived (src/ui/echart.tsx loads it on its own).
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` with & < > " ' as entities. */
export function encodeHTML(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
