// Zod compiles fast parsers with `new Function` and probes for it once; under the page's CSP
// (no 'unsafe-eval') the probe is refused and reported as a violation. jitless parsing is the
// same validation without eval. Must run before any schema module is evaluated.
import { z } from '../domain/zod';

z.config({ jitless: true });
