// Region and level of a report's body. Stages: read the unit name's places from its start
// (province → prefecture → a directly-run unit or a county/district → a town) and its organ →
// level from organ and deepest place → complete the region upwards from the gazetteer, and from
// the places the report's text prints where the name stops short (示范区 + 焦作市 + 河南省).
// Where the text gives no ground or its places disagree, region stays null for the user to type.
import type { Level } from '../../domain/meta';
import {
  directAtStart,
  isMunicipality,
  mentionsIn,
  prefectureAtStart,
  prefecturesBefore,
  provinceAtStart,
  shortFormAtStart,
  type DirectUnit,
  type Division,
} from './gazetteer';

export interface Place {
  region: string | null;
  level: Level | null;
  /** What the guesses rest on; null when nothing was inferred. */
  from: 'unit' | 'unit+body' | null;
}

interface Local {
  name: string;
  level: Level;
  /** A 市 the gazetteer does not list, read as a county-level city only if the text places it. */
  unlisted?: boolean;
}

interface UnitPlaces {
  province: Division | null;
  prefecture: Division | null;
  direct: DirectUnit | null;
  local: Local | null;
  town: string | null;
  /** What is left after the places: 人民政府, 发展和改革局, 管委会办公室 … */
  organ: string;
}

/** A county, district or banner name; 红旗区 is one name, not 红旗 + 区. No organ word inside. */
const LOCAL = /^([\u4e00-\u9fa5]{1,12}?[县区旗])(?![区县旗])/;
/** A county-level city after its prefecture (苏州市昆山市); 城市管理局 is not a place. */
const COUNTY_CITY = /^([\u4e00-\u9fa5]{2,4}?市)(?!场)/;
const TOWN = /^([\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道))(?=(?:人民)?政府|办事处)/;
const ORGAN_CHARS = /[局委厅办府会处所院队署室]/;
/** The government of the place itself, or its office publishing the place's report. */
const GOVERNMENT =
  /^(?:(?:人民)?政府|(?:党工委)?(?:管委会|管理委员会)|行政公署)?(?:办公室)?$|^(?:人民)?政府办事处$|^办事处$/;
const DEPARTMENT = /(?:局|委员会|委|厅|办公室|办|署|中心)$/;

export function inferPlace(unit: string | null, text: string): Place {
  if (unit === null) return { region: null, level: null, from: null };
  let places = readUnitPlaces(unit);
  let region = regionOf(places, text);
  if (places.local?.unlisted && region.path === null) {
    places = { ...places, local: null };
    region = { path: null, usedBody: false };
  }
  const level = levelOf(places);
  if (level === null && region.path === null) return { region: null, level: null, from: null };
  return {
    region: region.path,
    level,
    from: region.path && region.usedBody ? 'unit+body' : 'unit',
  };
}

function readUnitPlaces(unit: string): UnitPlaces {
  const out: UnitPlaces = {
    province: null,
    prefecture: null,
    direct: null,
    local: null,
    town: null,
    organ: unit,
  };
  let rest = unit;
  const take = (n: number): void => {
    rest = rest.slice(n);
  };
  const province = provinceAtStart(rest) ?? confirmedShortForm(rest);
  if (province) {
    out.province = province.division;
    take(province.length);
  }
  const prefecture = prefectureAtStart(rest);
  if (prefecture && (!out.province || out.province.name === prefecture.division.province)) {
    out.prefecture = prefecture.division;
    out.province = {
      name: prefecture.division.province,
      path: prefecture.division.province,
      province: prefecture.division.province,
    };
    take(prefecture.length);
  }
  const direct = directAtStart(rest);
  if (direct && fitsUnder(direct, out)) {
    out.direct = direct;
    take(direct.name.length);
  } else {
    const local = localAtStart(rest, out);
    if (local) {
      out.local = local;
      take(local.name.length);
    }
  }
  const town = out.local || out.direct ? TOWN.exec(rest)?.[1] : undefined;
  if (town) {
    out.town = town;
    take(town.length);
  }
  out.organ = rest;
  return out;
}

/** 河北雄安新区 is 河北省; 河南蒙古族自治县 (in 青海) and 海南区 (in 乌海) are not. */
function confirmedShortForm(text: string): ReturnType<typeof shortFormAtStart> {
  const short = shortFormAtStart(text);
  if (!short) return null;
  const rest = text.slice(short.length);
  const under = prefectureAtStart(rest)?.division.province ?? directAtStart(rest)?.province ?? null;
  if (under === short.division.name) return short;
  return under === null && !LOCAL.test(rest) && isOrgan(rest) ? short : null;
}

function fitsUnder(direct: DirectUnit, places: UnitPlaces): boolean {
  const stated = places.prefecture?.path ?? places.province?.path;
  return stated === undefined || direct.parent === stated || direct.parent.startsWith(`${stated}/`);
}

function localAtStart(text: string, above: UnitPlaces): Local | null {
  const city = COUNTY_CITY.exec(text)?.[1];
  if (city && !ORGAN_CHARS.test(city) && prefectureAtStart(text) === null) {
    if (above.prefecture) return { name: city, level: 'county' };
    const municipality = above.province !== null && isMunicipality(above.province.name);
    if (!municipality && isOrgan(text.slice(city.length))) {
      return { name: city, level: 'county', unlisted: true };
    }
  }
  const name = LOCAL.exec(text)?.[1];
  if (!name || ORGAN_CHARS.test(name)) return null;
  return { name, level: name.endsWith('区') ? 'district' : 'county' };
}

function isOrgan(organ: string): boolean {
  return GOVERNMENT.test(organ) || DEPARTMENT.test(organ);
}

function levelOf(p: UnitPlaces): Level | null {
  if (DEPARTMENT.test(p.organ) && !GOVERNMENT.test(p.organ)) return 'department';
  if (!GOVERNMENT.test(p.organ)) return null;
  if (p.town) return 'other';
  if (p.local) return p.local.level;
  if (p.direct) return p.direct.level;
  if (p.prefecture) return 'city';
  if (p.province) return 'province';
  return null;
}

interface Region {
  path: string | null;
  usedBody: boolean;
}

function regionOf(p: UnitPlaces, text: string): Region {
  const tail = p.town ? `/${p.town}` : '';
  if (p.direct) return { path: p.direct.path + tail, usedBody: false };
  if (!p.local) {
    const path = p.prefecture?.path ?? p.province?.path ?? null;
    return { path, usedBody: false };
  }
  const here = `${p.local.name}${tail}`;
  if (p.prefecture) return { path: `${p.prefecture.path}/${here}`, usedBody: false };
  if (p.province && isMunicipality(p.province.name)) {
    return { path: `${p.province.name}/${here}`, usedBody: false };
  }
  const parent = parentFromText(p.local.name, p.province?.name ?? null, text);
  return { path: parent === null ? null : `${parent}/${here}`, usedBody: true };
}

/**
 * The prefecture (or municipality) a county or district sits under, from the text: the one
 * printed right before its name (淮安市洪泽区), else the only province and the only prefecture
 * of it the text prints. Two provinces, or two prefectures of the province, leave it open.
 */
function parentFromText(local: string, province: string | null, text: string): string | null {
  const adjacent = prefecturesBefore(text, local).filter(
    (d) => province === null || d.province === province,
  );
  if (adjacent.length === 1) return adjacent[0]!.path;
  if (adjacent.length > 1) return null;
  const seen = mentionsIn(text);
  if (province === null && seen.provinces.size !== 1) return null;
  const only = province ?? [...seen.provinces][0]!;
  if (isMunicipality(only)) return only;
  const prefectures = [...seen.prefectures.values()].filter((d) => d.province === only);
  return prefectures.length === 1 ? prefectures[0]!.path : null;
}
