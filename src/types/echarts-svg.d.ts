// The SVG renderer's installer by its file: `echarts/renderers` also holds the canvas renderer the
// page draws with, so importing the SVG one through it would put it on the first page (see
// src/ui/figure-export.ts, which loads it when an SVG is first exported).
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  import type { SVGRenderer } from 'echarts/renderers';
  export const install: typeof SVGRenderer;
}
