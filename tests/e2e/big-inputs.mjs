// Large inputs generated on the fly for the robustness spec and the import benchmark (never
// committed): a big text file, a big three-column CSV of millions of rows, and a wide dataset CSV
// of N reports built from the demo dataset's rows (unique unit names, some totals broken so the
// checks have errors to find).
import Papa from 'papaparse';

const SENTENCE = '本机关依法做好政府信息公开工作，及时回应社会关切，方便群众办事。\n';

/** `bytes` bytes (rounded down to whole sentences) of one Chinese sentence repeated. */
export function bigText(bytes) {
  const one = Buffer.from(SENTENCE);
  const count = Math.floor(bytes / one.length);
  const out = Buffer.allocUnsafe(count * one.length);
  for (let i = 0; i < count; i++) one.copy(out, i * one.length);
  return out;
}

/** `unit,year,requests.new.natural` then rows until about `bytes` bytes. */
export function bigCsv(bytes) {
  const parts = [Buffer.from('unit,year,requests.new.natural\n')];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i += 100000) {
    const rows = [];
    for (let j = i; j < i + 100000; j++) rows.push(`单位${j},2023,${j % 97}\n`);
    const chunk = Buffer.from(rows.join(''));
    parts.push(chunk);
    size += chunk.length;
  }
  return Buffer.concat(parts);
}

/**
 * A wide CSV (UTF-8 with BOM) of `count` reports: the demo CSV's rows repeated with unit names
 * 测试单位00001…; every 10th report has 本年新收 total off by one (an error finding).
 */
export function datasetCsv(demoCsv, count) {
  const text = demoCsv.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse(text, { header: false, skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const unit = header.indexOf('unit');
  const total = header.indexOf('requests.new.total');
  const out = [];
  for (let i = 0; i < count; i++) {
    const row = [...rows[i % rows.length]];
    row[unit] = `测试单位${String(i + 1).padStart(5, '0')}`;
    if (i % 10 === 0 && row[total] !== '') row[total] = String(Number(row[total]) + 1);
    out.push(row);
  }
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(Papa.unparse({ fields: header, data: out }, { newline: '\r\n' })),
  ]);
}
