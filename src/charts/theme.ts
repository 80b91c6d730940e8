// Colours and type shared by every chart. The tooltip markers reuse the palette through CSS
// classes (.tt-c0 …) in src/app/app.css, because the page's CSP forbids inline style attributes.
export const PALETTE = ['#2b6cb0', '#c05621', '#2f855a', '#6b46c1', '#b83280'] as const;

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const TEXT_COLOR = '#2d3748';
export const AXIS_COLOR = '#a0aec0';
