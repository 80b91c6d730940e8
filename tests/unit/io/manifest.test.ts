import { describe, expect, it } from 'vitest';
import { tryParseManifest } from '../../../src/io/manifest';

const zhEn = (zh: string, en: string) => ({ zh, en });

function dataset(extra: Record<string, unknown> = {}) {
  return {
    id: 'samples',
    title: zhEn('真实报告样本', 'Real published reports'),
    simulated: false,
    years: [2022, 2023],
    files: { '2022': 'samples/2022.json', '2023': 'samples/2023.csv' },
    source: zhEn('各单位官网', 'Publishers’ websites'),
    ...extra,
  };
}
const manifest = (...datasets: unknown[]) => JSON.stringify({ version: 1, datasets });

describe('tryParseManifest', () => {
  it('accepts a valid manifest and keeps only the contract fields', () => {
    const text = manifest(
      dataset({ default: true, description: zhEn('说明', 'About'), colour: 'red' }),
      dataset({ id: 'demo-2', simulated: true, years: [2021], files: { '2021': 'demo/2021.CSV' } }),
    );
    const r = tryParseManifest(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.manifest.version).toBe(1);
    expect(r.manifest.datasets.map((d) => d.id)).toEqual(['samples', 'demo-2']);
    expect(r.manifest.datasets[0]).toEqual({
      ...dataset({ default: true, description: zhEn('说明', 'About') }),
    });
    expect(r.manifest.datasets[1]!.default).toBeUndefined();
  });

  it('accepts an empty list of datasets', () => {
    expect(tryParseManifest(manifest())).toEqual({
      ok: true,
      manifest: { version: 1, datasets: [] },
    });
  });

  it.each([
    ['invalid JSON', '{"version": 1,', 'manifest-syntax', undefined],
    ['version 2', JSON.stringify({ version: 2, datasets: [] }), 'manifest-schema', 'version'],
    ['no datasets', JSON.stringify({ version: 1 }), 'manifest-schema', 'datasets'],
    [
      'a dataset without title',
      manifest(dataset({ title: undefined })),
      'manifest-schema',
      'datasets.0.title',
    ],
    [
      'simulated not boolean',
      manifest(dataset({ simulated: 'no' })),
      'manifest-schema',
      'datasets.0.simulated',
    ],
    [
      'a fractional year',
      manifest(dataset({ years: [2022.5] })),
      'manifest-schema',
      'datasets.0.years.0',
    ],
    ['an uppercase id', manifest(dataset({ id: 'Samples' })), 'manifest-invalid', 'datasets.0.id'],
    [
      'an id with a space',
      manifest(dataset({ id: 'my data' })),
      'manifest-invalid',
      'datasets.0.id',
    ],
    ['a duplicate id', manifest(dataset(), dataset()), 'manifest-invalid', 'datasets.1.id'],
    [
      'a year without a file',
      manifest(dataset({ years: [2022, 2023, 2024] })),
      'manifest-invalid',
      'datasets.0.files',
    ],
    [
      'a year listed twice',
      manifest(dataset({ years: [2022, 2022, 2023] })),
      'manifest-invalid',
      'datasets.0.years',
    ],
    [
      'a file for a year not listed',
      manifest(dataset({ years: [2022] })),
      'manifest-invalid',
      'datasets.0.files.2023',
    ],
    [
      'a path with ..',
      manifest(dataset({ files: { '2022': '../secret.json', '2023': 'a.csv' } })),
      'manifest-invalid',
      'datasets.0.files.2022',
    ],
    [
      'an absolute path',
      manifest(dataset({ files: { '2022': '/etc/x.json', '2023': 'a.csv' } })),
      'manifest-invalid',
      'datasets.0.files.2022',
    ],
    [
      'a URL',
      manifest(dataset({ files: { '2022': 'https://x.cn/a.json', '2023': 'a.csv' } })),
      'manifest-invalid',
      'datasets.0.files.2022',
    ],
    [
      'a Windows path',
      manifest(dataset({ files: { '2022': 'C:\\data\\a.json', '2023': 'a.csv' } })),
      'manifest-invalid',
      'datasets.0.files.2022',
    ],
    [
      'a wrong extension',
      manifest(dataset({ files: { '2022': 'samples/2022.xlsx', '2023': 'a.csv' } })),
      'manifest-invalid',
      'datasets.0.files.2022',
    ],
    [
      'two defaults',
      manifest(dataset({ default: true }), dataset({ id: 'b', default: true })),
      'manifest-invalid',
      'datasets',
    ],
  ])('refuses %s', (_name, text, code, column) => {
    const r = tryParseManifest(text, 'data/manifest.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ code, file: 'data/manifest.json' });
    if (column) expect(r.errors.map((e) => e.column)).toContain(column);
    for (const e of r.errors) expect(e.zh && e.en).toBeTruthy();
  });

  it('names the offending path in both languages', () => {
    const r = tryParseManifest(
      manifest(dataset({ files: { '2022': '../x.json', '2023': 'a.csv' } })),
    );
    expect(!r.ok && r.errors[0]!.zh).toBe(
      '数据目录 manifest.json「datasets.0.files.2022」：文件路径「../x.json」不能含有 ..',
    );
    expect(!r.ok && r.errors[0]!.en).toBe(
      'Manifest manifest.json, datasets.0.files.2022: file path "../x.json" must not contain ..',
    );
  });
});
