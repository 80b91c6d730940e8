// A query failure that carries the loader's messages, so the page can list every one of them
// (file, row, column) instead of a bare "failed".
import type { LoadMessage } from '../io/load';

export class LoadFailure extends Error {
  constructor(readonly messages: readonly LoadMessage[]) {
    super(messages.map((m) => m.zh).join('；') || '加载失败 / load failed');
    this.name = 'LoadFailure';
  }
}

/** The messages of any error a query can end with. */
export function errorMessages(error: unknown, file: string): LoadMessage[] {
  if (error instanceof LoadFailure) return [...error.messages];
  const detail = error instanceof Error ? error.message : String(error);
  return [
    {
      code: 'FETCH',
      file,
      zh: `无法读取文件：${detail}`,
      en: `Could not read the file: ${detail}`,
    },
  ];
}
