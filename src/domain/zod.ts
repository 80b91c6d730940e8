// The validator the app's schemas are built with: zod/mini, the tree-shakable form of zod 4 (the
// same core, so the same checks and issues), with full zod's English messages, which zod/mini
// leaves out unless configured. Messages shown to users are built from them (io/messages.ts).
// jitless: zod compiles fast parsers with `new Function` and probes for it once; under the page's
// CSP (no 'unsafe-eval') the probe is refused and reported as a violation. jitless parsing is the
// same validation without eval. Configured here, before any schema module that imports `z` runs,
// so the page loads schema code only where it uses it (the import view, and the dataset worker).
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config({ ...en(), jitless: true });

export { z };
