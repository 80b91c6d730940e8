// pdf.js ships no types for its worker module; the import worker only loads it so that pdf.js
// runs its worker code in that thread (it registers itself as globalThis.pdfjsWorker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
