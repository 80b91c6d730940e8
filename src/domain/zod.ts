// The validator the app's schemas are built with: zod/mini, the tree-shakable form of zod 4 (the
// same core, so the same checks and issues), with full zod's English messages, which zod/mini
// leaves out unless configured. Messages shown to users are built from them (io/messages.ts).
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config(en());

export { z };
