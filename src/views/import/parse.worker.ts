// The import view's worker: reads a file handed to it (or takes pasted text), runs parse-job
// and posts the drafts' data back in batches, then the file's messages. Says 'ready' once
// loaded, so the page can tell a worker that started from one the browser refused. (Once a PDF
// has been read, pdf.js's worker code also lives in this thread and listens on it; its messages
// carry no `type` and the page ignores them.)
import { message } from '../../io/messages';
import { runJob, type JobInput } from './parse-job';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply) => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const { id, name } = request;
  let input: JobInput;
  try {
    input =
      request.kind === 'text'
        ? request
        : { kind: request.kind, name, bytes: new Uint8Array(await request.file.arrayBuffer()) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const errors = [message('internal', { file: name, detail })];
    post({ type: 'done', id, outcome: { file: name, errors, warnings: [] } });
    return;
  }
  const outcome = await runJob(input, (drafts) => post({ type: 'batch', id, drafts }));
  post({ type: 'done', id, outcome });
};

post({ type: 'ready' });
