import { describe, expect, it } from 'vitest';
import type { Level } from '../../../../src/domain/meta';
import { inferPlace } from '../../../../src/io/report/place';
import { tryParseReportText } from '../../../../src/io/report/parse-text';
import { renderReportText } from '../../../fixtures/render-report';
import { makeReport } from '../../../fixtures/reports';

type Row = [unit: string, text: string, region: string | null, level: Level | null];

describe('inferPlace: the unit name alone places it', () => {
  it.each<Row>([
    ['淮安市洪泽区人民政府', '', '江苏省/淮安市/洪泽区', 'district'],
    ['淮安市人民政府', '', '江苏省/淮安市', 'city'],
    // the name outweighs a province the text quotes
    ['淮安市洪泽区人民政府', '学习浙江省经验', '江苏省/淮安市/洪泽区', 'district'],
    ['江苏省人民政府', '', '江苏省', 'province'],
    // A municipality is provincial-level, and has no prefecture: never 上海市/上海市.
    ['上海市人民政府', '上海市人民政府办公厅，上海市', '上海市', 'province'],
    ['上海市科学技术委员会', '', '上海市', 'department'],
    ['上海市科委', '市科委编制了本报告', '上海市', 'department'],
    ['上海市人民政府办公厅', '', '上海市', 'department'],
    ['北京市朝阳区人民政府', '', '北京市/朝阳区', 'district'],
    ['重庆市城口县人民政府', '', '重庆市/城口县', 'county'],
    ['上海市浦东新区市场监督管理局', '', '上海市/浦东新区', 'department'],
    ['浦东新区人民政府', '', '上海市/浦东新区', 'district'],
    ['平潭综合实验区', '', '福建省/平潭综合实验区', 'other'],
    ['平潭综合实验区管委会办公室', '', '福建省/平潭综合实验区', 'other'],
    ['河北雄安新区管理委员会', '', '河北省/雄安新区', 'other'],
    ['仙桃市人民政府', '', '湖北省/仙桃市', 'county'],
    ['陵水黎族自治县人民政府', '', '海南省/陵水黎族自治县', 'county'],
    ['广西壮族自治区人民政府', '', '广西壮族自治区', 'province'],
    [
      '新疆维吾尔自治区乌鲁木齐市新市区人民政府',
      '',
      '新疆维吾尔自治区/乌鲁木齐市/新市区',
      'district',
    ],
    ['恩施土家族苗族自治州人民政府', '', '湖北省/恩施土家族苗族自治州', 'city'],
    ['延边州人民政府', '', '吉林省/延边朝鲜族自治州', 'city'],
    ['阿里地区行政公署', '', '西藏自治区/阿里地区', 'city'],
    ['锡林郭勒盟行政公署', '', '内蒙古自治区/锡林郭勒盟', 'city'],
    ['马鞍山市人民政府', '', '安徽省/马鞍山市', 'city'],
    ['苏州市昆山市人民政府', '', '江苏省/苏州市/昆山市', 'county'],
    ['福州市生态环境局', '', '福建省/福州市', 'department'],
    ['淮安市城市管理局', '', '江苏省/淮安市', 'department'],
    ['淮安市市场监督管理局', '', '江苏省/淮安市', 'department'],
    ['淮安市洪泽区高良涧街道办事处', '', '江苏省/淮安市/洪泽区/高良涧街道', 'other'],
    ['新乡市红旗区人民政府', '', '河南省/新乡市/红旗区', 'district'],
  ])('%s → %s', (unit, text, region, level) => {
    expect(inferPlace(unit, text)).toMatchObject({ region, level, from: 'unit' });
  });
});

describe('inferPlace: a county or district placed by the places its text prints', () => {
  it.each<Row>([
    // the seed: 示范区 + a city and a province cited in the body
    [
      '示范区管委会办公室',
      '认真执行《焦作市人民政府办公室关于印发2022年焦作市政务公开工作要点的通知》《河南省人民政府办公厅关于印发2022年度政务公开第三方评估指标的通知》',
      '河南省/焦作市/示范区',
      'district',
    ],
    [
      '沭阳县发展和改革局',
      '《宿迁市人民政府关于》《江苏省政务公开工作要点》',
      '江苏省/宿迁市/沭阳县',
      'department',
    ],
    // a city alone implies its province
    ['沭阳县人民政府', '根据宿迁市政务公开工作要点', '江苏省/宿迁市/沭阳县', 'county'],
    // the city printed right before the name wins over other cities mentioned
    [
      '洪泽区人民政府',
      '赴南京市学习；淮安市洪泽区人民政府办公室编制',
      '江苏省/淮安市/洪泽区',
      'district',
    ],
    ['朝阳区人民政府', '落实北京市政务公开要求', '北京市/朝阳区', 'district'],
    ['昆山市人民政府', '江苏省、苏州市部署', '江苏省/苏州市/昆山市', 'county'],
    // a province's short form only when what follows confirms it
    [
      '河南蒙古族自治县人民政府',
      '青海省黄南藏族自治州',
      '青海省/黄南藏族自治州/河南蒙古族自治县',
      'county',
    ],
    ['海南区人民政府', '内蒙古自治区乌海市', '内蒙古自治区/乌海市/海南区', 'district'],
  ])('%s + “%s” → %s', (unit, text, region, level) => {
    expect(inferPlace(unit, text)).toMatchObject({ region, level, from: 'unit+body' });
  });
});

describe('inferPlace: no ground, or the evidence disagrees → null', () => {
  it.each<Row>([
    // no place in the text at all
    ['示范区管委会办公室', '我区主动公开政府信息2000余条', null, 'district'],
    ['沭阳县发展和改革局', '', null, 'department'],
    // a province but no city: the county's city is unknown
    ['示范区管委会办公室', '《河南省人民政府办公厅关于印发政务公开要点的通知》', null, 'district'],
    // two provinces (a cooperation programme)
    ['沭阳县人民政府', '宿迁市与贵州省毕节市开展东西部协作', null, 'county'],
    ['朝阳区人民政府', '北京市、河北省协同发展', null, 'district'],
    // two cities of the province, neither printed before the name
    ['洪泽区人民政府', '江苏省；淮安市；赴南京市学习', null, 'district'],
    // a place name inside another word is not a place: 洪泽湖 is not 洪泽区, 上海市场 not 上海市
    ['洪泽区人民政府', '洪泽湖畔，面向上海市场', null, 'district'],
    // a 市 the gazetteer does not list is not placed (nor levelled) without its city
    ['昆山市人民政府', '江苏省', null, null],
    ['某某市某某县人民政府', '', null, 'county'],
    // no place in the name: the text's places could be any level's
    ['科学技术委员会', '上海市', null, 'department'],
    ['管委会办公室', '焦作市，河南省', null, null],
    ['新疆生产建设兵团', '新疆维吾尔自治区', null, null],
    ['国家税务总局淮安市税务局', '', null, 'department'],
  ])('%s + “%s” → %s, %s', (unit, text, region, level) => {
    const place = inferPlace(unit, text);
    expect([place.region, place.level]).toEqual([region, level]);
    expect(place.from).toBe(level === null ? null : 'unit');
  });
});

describe('the parser reads region and level and says they were inferred', () => {
  const report = (unit: string, body: string): string =>
    renderReportText(makeReport({ unit, year: 2023 })).replace(/^.*公开为常态.*$/m, body);

  it('fills region and level and warns in both languages', () => {
    const text = report(
      '沭阳县发展和改革局',
      '根据《宿迁市政务公开工作要点》和江苏省的部署，我局……',
    );
    const result = tryParseReportText(text, 'a.txt');
    if (!result.ok) throw new Error('not parsed');
    const p = result.reports[0]!;
    expect([p.report.region, p.report.level]).toEqual(['江苏省/宿迁市/沭阳县', 'department']);
    const w = p.warnings.filter((m) => m.code === 'report-place-inferred');
    expect(w.map((m) => [m.zh, m.en])).toEqual([
      [
        '文件 a.txt 的地区“江苏省/宿迁市/沭阳县”、层级“部门”由单位名称和正文推断，请核对',
        'a.txt: region "江苏省/宿迁市/沭阳县" and level "Department" inferred from the unit name and the body — please check',
      ],
    ]);
  });

  it('asks for the region when only the level could be read', () => {
    const result = tryParseReportText(
      report('沭阳县发展和改革局', '我局全面推进政务公开。'),
      'b.txt',
    );
    if (!result.ok) throw new Error('not parsed');
    const p = result.reports[0]!;
    expect([p.report.region, p.report.level]).toEqual([null, 'department']);
    const w = p.warnings.find((m) => m.code === 'report-place-inferred');
    expect(w?.zh).toBe(
      '文件 b.txt 的层级“部门”由单位名称推断，请核对；报告中没有足够的地名确定地区，请在“地区”中填写',
    );
  });

  it('infers and says nothing when the name gives no ground', () => {
    const result = tryParseReportText(report('单位A', '全面推进政务公开。'), 'c.txt');
    if (!result.ok) throw new Error('not parsed');
    const p = result.reports[0]!;
    expect([p.report.region, p.report.level]).toEqual([null, null]);
    expect(p.warnings.map((m) => m.code)).not.toContain('report-place-inferred');
  });
});
