// Colours and type shared by every chart. The tooltip markers reuse the palette through CSS
// classes (.tt-c0 …) in src/app/app.css, because the page's CSP forbids inline style attributes.
// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and ordered so
// neighbours differ in lightness too (greyscale print).
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#999999',
] as const;

/** Fixed colours for appeal outcomes, so 维持/纠正/其他/尚未审结 look the same in every chart. */
export const OUTCOME_COLORS = {
  maintained: '#0072B2',
  corrected: '#D55E00',
  other: '#999999',
  pending: '#E69F00',
} as const;

export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const TEXT_COLOR = '#2d3748';
export const AXIS_COLOR = '#a0aec0';
