// The fictional city of the demo dataset: 云澜市 in 虚拟省 ("Yunlan City", "Virtual Province"),
// its city government, 6 districts, 6 counties and 8 city departments. Every place name is
// invented (checked against lists of real divisions); the figures are 2020 starting levels.
import type { Level } from '../../src/domain/meta';
import type { TemplateFormat } from '../../src/domain/template';

export interface DemoProfile {
  /** New requests received in 2020. */
  requests: number;
  /** Share of 法人或其他组织 among applicants (the rest are 自然人). */
  business: number;
  licensing: number;
  punishment: number;
  coercion: number;
  /** 行政事业性收费, 万元. */
  fees: number;
  /** 行政规范性文件: stock before 2020 and typical number issued per year. */
  normative: readonly [valid: number, issued: number];
  /** 规章: only the city government makes regulations. */
  regulations: readonly [valid: number, issued: number];
  published: number;
  letters: number;
  media: number;
  /** Template of the 2020 report: a few units were still on the 2019 template. */
  format2020: TemplateFormat;
}

export interface DemoUnit {
  unit: string;
  region: string;
  level: Level;
  profile: DemoProfile;
}

export const DEMO_YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;

const PROVINCE = '虚拟省';
const CITY = '云澜市';

type Row = [
  name: string,
  level: Level,
  requests: number,
  business: number,
  licensing: number,
  punishment: number,
  coercion: number,
  fees: number,
  normValid: number,
  normIssued: number,
  published: number,
  letters: number,
  media: number,
  format2020?: TemplateFormat,
];

// Order matters: a unit that copies another unit's tables (U-CLONE) comes after its source.
// prettier-ignore
const ROWS: readonly Row[] = [
  // name             level         req   biz   licence pun    coerc fees  norm     pub   letter media
  ['人民政府',         'city',       260, 0.10,     0,     0,    0,    0, 210, 16, 7800, 4200, 24],
  ['青岚区',           'district',  1650, 0.12, 18000,  4200,  380, 6200, 160, 18, 5200, 2600, 36],
  ['澄溪区',           'district',   980, 0.10, 12500,  3100,  260, 4300, 120, 14, 4100, 1900, 28],
  ['望舒区',           'district',   240, 0.08,  7600,  1500,  120, 2100,  85,  9, 2600,  900, 19],
  ['霁川区',           'district',    55, 0.08,  5200,   980,   70, 1500,  70,  8, 1900,  620, 15],
  ['鹭汀区',           'district',   130, 0.08,  6400,  1250,   95, 1800,  64,  7, 2300,  780, 17],
  ['沐檀区',           'district',    88, 0.08,  4300,   760,   52, 1100,  52,  6, 1500,  450, 12],
  ['桐雾县',           'county',      42, 0.06,  3600,   640,   45,  900,  58,  6, 1300,  380, 11, '2019'],
  ['鹤汀县',           'county',     115, 0.08,  5100,   890,   66, 1300,  75,  8, 1700,  560, 14],
  ['枫渚县',           'county',      34, 0.06,  2900,   520,   38,  760,  46,  5, 1100,  310,  9, '2019'],
  ['溪棠县',           'county',      26, 0.06,  2500,   430,   30,  640,  40,  5,  980,  260,  8],
  ['梨砚县',           'county',      64, 0.08,  3900,   700,   50, 1000,  55,  6, 1400,  420, 12],
  ['芷岚县',           'county',      17, 0.05,  1800,   310,   22,  450,  36,  4,  760,  190,  7, '2019'],
  ['自然资源和规划局', 'department', 310, 0.18,  2600,   180,   25, 8600,  48,  5,  920,  640,  4],
  ['住房和城乡建设局', 'department', 170, 0.15,  5400,   260,   18, 1200,  44,  5,  860,  720,  4],
  ['人力资源和社会保障局', 'department', 38, 0.06, 21000, 45,   0,    0,  36,  4, 1100,  980,  5],
  ['公安局',           'department',  58, 0.08, 46000, 24000, 3200, 2300,  30,  3, 1300, 1500,  6],
  ['教育局',           'department',  14, 0.05,   420,     6,    0,    0,  26,  3, 1200,  860,  5, '2019'],
  ['市场监督管理局',   'department',  24, 0.20, 15000,   900,  110,  150,  28,  3,  980, 1200,  4],
  ['生态环境局',       'department',   9, 0.15,   360,   160,   22,    0,  22,  2,  640,  520,  3],
  ['交通运输局',       'department',   7, 0.10,   480,   210,   24,    0,  20,  2,  700,  560,  3],
];

function toUnit(row: Row): DemoUnit {
  const [name, level, requests, business, licensing, punishment, coercion, fees] = row;
  const [, , , , , , , , normValid, normIssued, published, letters, media, format2020] = row;
  const place = level === 'district' || level === 'county';
  return {
    unit: place ? `${CITY}${name}人民政府` : `${CITY}${name}`,
    region: place ? `${PROVINCE}/${CITY}/${name}` : `${PROVINCE}/${CITY}`,
    level,
    profile: {
      requests,
      business,
      licensing,
      punishment,
      coercion,
      fees,
      normative: [normValid, normIssued],
      regulations: level === 'city' ? [46, 2] : [0, 0],
      published,
      letters,
      media,
      format2020: format2020 ?? '2021',
    },
  };
}

export const DEMO_UNITS: readonly DemoUnit[] = ROWS.map(toUnit);
