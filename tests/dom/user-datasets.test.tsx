// @vitest-environment jsdom
// The user's own datasets in (fake) IndexedDB as a user meets them: what is imported is still
// there after a reload, a (unit, year) already held is replaced, kept as a new version or
// skipped as asked, a failed import changes nothing, and rename/delete do what they say.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/domain/report';
import { closeDb } from '../../src/storage/idb';
import * as store from '../../src/storage/user-datasets';
import { makeReport } from '../fixtures/reports';

const A23 = makeReport({ unit: '单位A', year: 2023 });
const B23 = makeReport({ unit: '单位B', year: 2023 });
const A24 = makeReport({ unit: '单位A', year: 2024 });

function ok<T>(result: store.StoreResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.en}`);
  return result.value;
}

async function newDataset(reports: readonly Report[] = []): Promise<string> {
  const { id } = ok(await store.createUserDataset('我的报告'));
  if (reports.length) ok(await store.importReports(id, reports, () => 'skip', 'seed.txt'));
  return id;
}

const newTotal = (r: Report) => r.requests.new.total;

beforeEach(() => {
  closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDb());

describe('user datasets in IndexedDB', () => {
  it('keeps an imported dataset across a reload (fresh module, new connection)', async () => {
    const id = await newDataset([A23, B23, A24]);
    expect(id.startsWith(store.USER_PREFIX)).toBe(true);

    closeDb();
    vi.resetModules();
    const fresh = await import('../../src/storage/user-datasets');
    const list = ok(await fresh.listUserDatasets());
    expect(list).toMatchObject([
      { id, title: '我的报告', reports: 3, units: 2, years: [2023, 2024] },
    ]);
    const dataset = ok(await fresh.getUserDataset(id));
    expect(fresh.currentReports(dataset)).toEqual([A23, B23, A24]);
    expect(dataset.entries.every((e) => e.source === 'seed.txt' && e.version === 1)).toBe(true);
  });

  it('asks about each (unit, year) already held and replaces it when told to', async () => {
    const id = await newDataset([A23, B23]);
    const newer = makeReport({ unit: '单位A', year: 2023, cells: { 'requests.new.total': 999 } });
    expect(ok(await store.findConflicts(id, [newer, A24]))).toEqual([
      { unit: '单位A', year: 2023 },
    ]);

    const asked: { unit: string; year: number }[] = [];
    const outcome = ok(
      await store.importReports(id, [newer, A24], (c) => (asked.push(c), 'replace'), 'b.csv'),
    );
    expect(asked).toEqual([{ unit: '单位A', year: 2023 }]);
    expect(outcome).toEqual({ added: 1, replaced: 1, versioned: 0, skipped: 0 });
    const dataset = ok(await store.getUserDataset(id));
    expect(
      dataset.entries.filter((e) => e.report.unit === '单位A' && e.report.year === 2023),
    ).toHaveLength(1);
    expect(store.currentReports(dataset).map(newTotal)).toContain(999);
    expect(dataset.reports).toBe(3);
  });

  it('keeps both as versions and shows the latest; skip leaves the held report', async () => {
    const id = await newDataset([A23]);
    const v2 = makeReport({ unit: '单位A', year: 2023, cells: { 'requests.new.total': 222 } });
    const v3 = makeReport({ unit: '单位A', year: 2023, cells: { 'requests.new.total': 333 } });
    expect(ok(await store.importReports(id, [v2], () => 'keep-both', 'v2'))).toMatchObject({
      versioned: 1,
    });
    expect(ok(await store.importReports(id, [v3], () => 'skip', 'v3'))).toMatchObject({
      skipped: 1,
    });

    const dataset = ok(await store.getUserDataset(id));
    expect(dataset.entries.map((e) => [e.version, newTotal(e.report)]).sort()).toEqual([
      [1, newTotal(A23)],
      [2, 222],
    ]);
    expect(store.currentReports(dataset).map(newTotal)).toEqual([222]);
    expect(dataset.reports).toBe(1);
  });

  it('leaves the dataset exactly as it was when an import fails half-way', async () => {
    const id = await newDataset([A23, B23]);
    const before = ok(await store.getUserDataset(id));

    const thrown = await store.importReports(
      id,
      [A24, A23],
      () => {
        throw new Error('decide failed');
      },
      'x',
    );
    expect(thrown).toMatchObject({ ok: false, error: { code: 'unknown' } });

    const badKey = { ...A24, year: Number.NaN }; // not a valid IndexedDB key: the put throws
    const invalid = await store.importReports(id, [A24, badKey], () => 'replace', 'x');
    expect(invalid.ok).toBe(false);

    expect(ok(await store.getUserDataset(id))).toEqual(before);
    expect(ok(await store.listUserDatasets())).toEqual([expect.objectContaining({ reports: 2 })]);
  });

  it('writes thousands of reports in steps, telling progress, as one all-or-nothing import', async () => {
    const many = Array.from({ length: 2 * store.WRITE_STEP + 30 }, (_, i) =>
      makeReport({ unit: `单位${i}`, year: 2023 }),
    );
    const id = await newDataset([A23]);
    const progress: [number, number][] = [];
    const outcome = ok(
      await store.importReports(
        id,
        many,
        () => 'skip',
        'big.csv',
        (done, total) => progress.push([done, total]),
      ),
    );
    expect(outcome).toMatchObject({ added: many.length, skipped: 0 });
    const total = many.length;
    expect(progress).toEqual([
      [store.WRITE_STEP, total],
      [2 * store.WRITE_STEP, total],
      [total, total],
    ]);
    expect(ok(await store.getUserDataset(id)).reports).toBe(total + 1);

    // A write failing in a later step undoes the earlier steps too.
    const other = await newDataset([A23]);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === store.WRITE_STEP + 50) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      const failed = await store.importReports(other, many, () => 'skip', 'big.csv');
      expect(failed).toMatchObject({ ok: false, error: { code: 'quota' } });
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(store.WRITE_STEP + 50);
    expect(ok(await store.getUserDataset(other)).entries).toHaveLength(1);
  });

  it('reports a full disk during an import as "quota", saving nothing', async () => {
    const id = await newDataset([A23]);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const result = await store.importReports(id, [B23], () => 'skip', 'x');
      expect(result).toMatchObject({ ok: false, error: { code: 'quota' } });
      if (!result.ok) expect(result.error.zh).toMatch(/约 [\d.]+ KB/);
    } finally {
      put.mockRestore();
    }
    expect(ok(await store.getUserDataset(id)).entries).toHaveLength(1);
  });

  it('renames and deletes; a deleted dataset is gone with its reports', async () => {
    const keep = await newDataset([A23]);
    const gone = await newDataset([B23, A24]);
    ok(await store.renameUserDataset(keep, '  二〇二三年报告 '));
    ok(await store.deleteUserDataset(gone));

    expect(ok(await store.listUserDatasets()).map((d) => [d.id, d.title])).toEqual([
      [keep, '二〇二三年报告'],
    ]);
    expect(await store.getUserDataset(gone)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await store.importReports(gone, [A23], () => 'skip', 'x')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await store.renameUserDataset(gone, 'x')).toMatchObject({ ok: false });
  });

  it('reports "unavailable" instead of throwing when the browser has no IndexedDB', async () => {
    closeDb();
    vi.stubGlobal('indexedDB', undefined);
    try {
      const result = await store.listUserDatasets();
      expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      if (!result.ok) expect(result.error.zh).toContain('隐私模式');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('toStoreError', () => {
  it('turns a full disk into a "quota" message naming how much was being saved', () => {
    const error = store.toStoreError(
      new DOMException('full', 'QuotaExceededError'),
      3 * 1024 * 1024,
    );
    expect(error.code).toBe('quota');
    expect(error.zh).toContain('3.0 MB');
    expect(error.en).toContain('3.0 MB');
    expect(error.en).toContain('nothing was changed');
  });

  it('maps a blocked/insecure context to "unavailable" and anything else to "unknown"', () => {
    expect(store.toStoreError(new DOMException('no', 'SecurityError')).code).toBe('unavailable');
    expect(store.toStoreError(new TypeError('boom'))).toMatchObject({ code: 'unknown' });
    expect(store.toStoreError('odd').en).toContain('odd');
  });
});
