// The units of a fictional province (虚拟省) at any size, for the load benchmarks: the provincial
// government and its departments, then city by city — the city government, its departments, and
// its districts and counties, each with its own departments — until `count` units are listed.
// Place names are two characters drawn from the same invented syllables as the demo's 云澜市
// (a test checks them against the real prefectures and the real samples). Each unit's starting
// figures come from a demo unit of the same kind, scaled to its tier and jittered, so magnitudes
// stay those of real reports: a county's 教育局 gets a few requests, a province's 公安厅 thousands.
import type { Level } from '../../src/domain/meta';
import type { TemplateFormat } from '../../src/domain/template';
import { createRng, type Rng } from '../demo/prng';
import { DEMO_UNITS, type DemoProfile, type DemoUnit } from '../demo/units';

export const PROVINCE = '虚拟省';

// prettier-ignore
const FIRST = ['澜', '汀', '渚', '棠', '砚', '芷', '霁', '璟', '蘅', '沐', '鹭', '枫', '桐', '鹤',
  '岚', '檀', '雾', '舒', '澄', '珩', '琅', '筠', '蔚', '黛', '樾', '泠', '漪', '菁', '萱', '棣'];
// prettier-ignore
const SECOND = ['溪', '川', '屿', '渊', '汐', '墨', '湄', '湾', '泽', '汀', '崖', '岑', '麓', '陂',
  '潭', '洲', '皋', '浦', '澜', '砾', '岫', '峤', '坳', '垣', '陌', '阡', '畈', '堰', '隈', '滢'];

// prettier-ignore
const DEPARTMENTS = ['发展和改革委员会', '教育局', '科学技术局', '工业和信息化局', '公安局',
  '民政局', '司法局', '财政局', '人力资源和社会保障局', '自然资源和规划局', '生态环境局',
  '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化和旅游局',
  '卫生健康委员会', '退役军人事务局', '应急管理局', '审计局', '市场监督管理局', '统计局',
  '医疗保障局', '林业局', '体育局', '信访局', '城市管理局', '数据局', '行政审批局',
  '粮食和物资储备局', '机关事务管理局', '档案局', '民族宗教事务委员会', '国有资产监督管理委员会'];

const PROVINCE_DEPARTMENTS = DEPARTMENTS.length;
const CITY_DEPARTMENTS = 30;
const COUNTY_DEPARTMENTS = 20;

/** Demo units by kind: the templates the province's units are scaled from. */
const TEMPLATES = {
  government: DEMO_UNITS.filter((u) => u.level === 'city'),
  district: DEMO_UNITS.filter((u) => u.level === 'district'),
  county: DEMO_UNITS.filter((u) => u.level === 'county'),
  department: DEMO_UNITS.filter((u) => u.level === 'department'),
};

/** How a tier's figures compare with the demo city's. */
const SCALE = { province: 2.5, city: 1, county: 0.3 } as const;

/** The invented place names, shuffled by the seed; never a pair of equal characters. */
function placeNames(rng: Rng): string[] {
  const names = FIRST.flatMap((a) => SECOND.filter((b) => b !== a).map((b) => a + b));
  for (let i = names.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  return names;
}

/** The most units `provinceUnits` can name (every place name used once). */
export const MAX_UNITS = 20_000;

/** `count` fictional units of 虚拟省, in a fixed order for a seed. */
export function provinceUnits(count: number, seed: number): DemoUnit[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_UNITS) {
    throw new RangeError(`unit count must be an integer 1–${MAX_UNITS}, got ${count}`);
  }
  const rng = createRng(seed >>> 0);
  const places = placeNames(rng);
  const units: DemoUnit[] = [];
  const add = (unit: string, region: string, level: Level, profile: DemoProfile) => {
    if (units.length < count) units.push({ unit, region, level, profile });
  };
  add(`${PROVINCE}人民政府`, PROVINCE, 'province', profile(rng, 'government', 'province'));
  for (const d of DEPARTMENTS.slice(0, PROVINCE_DEPARTMENTS)) {
    add(`${PROVINCE}${provincial(d)}`, PROVINCE, 'department', deptProfile(rng, d, 'province'));
  }
  while (units.length < count) {
    const city = `${next(places)}市`;
    const region = `${PROVINCE}/${city}`;
    add(`${city}人民政府`, region, 'city', profile(rng, 'government', 'city'));
    for (const d of pick(rng, DEPARTMENTS, CITY_DEPARTMENTS)) {
      add(`${city}${d}`, region, 'department', deptProfile(rng, d, 'city'));
    }
    const districts = rng.int(3, 7);
    const counties = rng.int(3, 7);
    for (let i = 0; i < districts + counties; i++) {
      const level = i < districts ? 'district' : 'county';
      const place = `${next(places)}${level === 'district' ? '区' : '县'}`;
      const local = `${region}/${place}`;
      add(`${city}${place}人民政府`, local, level, profile(rng, level, 'county'));
      for (const d of pick(rng, DEPARTMENTS, COUNTY_DEPARTMENTS)) {
        add(`${city}${place}${d}`, local, 'department', deptProfile(rng, d, 'county'));
      }
    }
  }
  return units;
}

function next(places: string[]): string {
  const name = places.pop();
  if (name === undefined) throw new RangeError('out of invented place names');
  return name;
}

/** A province's bureaux are 厅 (公安厅); its commissions keep their names. */
function provincial(department: string): string {
  return department.replace(/局$/, '厅');
}

/** `n` of `list`, in list order, chosen by the seed. */
function pick<T>(rng: Rng, list: readonly T[], n: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, list.length)) chosen.add(rng.int(0, list.length - 1));
  return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
}

/** A demo department of the same name when there is one (公安局's many penalties), else any. */
function deptProfile(rng: Rng, department: string, tier: keyof typeof SCALE): DemoProfile {
  const same = TEMPLATES.department.find((u) => u.unit.endsWith(department));
  return scaled(rng, same ?? choose(rng, TEMPLATES.department), tier);
}

function profile(
  rng: Rng,
  kind: 'government' | 'district' | 'county',
  tier: keyof typeof SCALE,
): DemoProfile {
  return scaled(rng, choose(rng, TEMPLATES[kind]), tier);
}

function choose<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(0, list.length - 1)]!;
}

function scaled(rng: Rng, template: DemoUnit, tier: keyof typeof SCALE): DemoProfile {
  const p = template.profile;
  const k = SCALE[tier];
  const x = (v: number): number => v * k * rng.float(0.6, 1.6);
  const whole = (v: number): number => Math.round(x(v));
  // About one unit in twelve still used the 2019 template for its 2020 report.
  const format2020: TemplateFormat = rng.chance(1 / 12) ? '2019' : '2021';
  return {
    requests: x(p.requests),
    business: p.business,
    licensing: x(p.licensing),
    punishment: x(p.punishment),
    coercion: x(p.coercion),
    fees: x(p.fees),
    normative: [whole(p.normative[0]), Math.max(1, whole(p.normative[1]))],
    regulations: tier === 'county' ? [0, 0] : [whole(p.regulations[0]), whole(p.regulations[1])],
    published: x(p.published),
    letters: x(p.letters),
    media: Math.max(1, whole(p.media)),
    format2020,
  };
}
