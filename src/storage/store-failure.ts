// A storage failure as the page shows it (zh + en), apart from the IndexedDB code: the page's
// first view needs to recognise one (use-dataset.ts), not to open a database.

export type StoreError = {
  code: 'quota' | 'unavailable' | 'not-found' | 'blocked' | 'unknown';
  zh: string;
  en: string;
};
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** A failure that already carries its StoreError (thrown inside our own code paths only). */
export class StoreFailure extends Error {
  constructor(readonly error: StoreError) {
    super(error.en);
  }
}
