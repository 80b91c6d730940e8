// A PDF's page count, first page size (points) and text, read with pdf.js in a worker thread.
// pdf.js's legacy build (the one Node 20 runs) installs core-js polyfills on the globals of the
// thread it is imported into: in the test runner itself they made every later test's traffic
// with the browser about 40% slower (the province tests 40 → 62 s).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Page count, first page size (points) and text of the PDF `bytes`. */
export function readPdf(bytes) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: new Uint8Array(bytes) });
    worker.once('message', (result) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the PDF reader stopped (${code})`)));
  });
}

if (!isMainThread) parentPort.postMessage(await read(workerData));

async function read(data) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  const first = await doc.getPage(1);
  const [, , width, height] = first.view;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => item.str ?? '').join('');
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, width, height, text };
}
