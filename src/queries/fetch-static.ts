// Fetching the shipped data files. Paths are relative to the data/ folder, which Vite serves at
// the site's base URL (publicDir), so the dashboard works under any deploy path.
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\/+/, '')}`;
}

/** An HTTP failure, kept apart from network errors so the page can name the status. */
export class HttpError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(`HTTP ${status}: ${path}`);
    this.name = 'HttpError';
  }
}

export async function fetchBytes(path: string, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(dataUrl(path), { signal });
  if (!response.ok) throw new HttpError(path, response.status);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchText(path: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(dataUrl(path), { signal });
  if (!response.ok) throw new HttpError(path, response.status);
  return response.text();
}
