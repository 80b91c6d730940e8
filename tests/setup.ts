// Shared test setup. Waiting is patience, not a timing assertion: on a busy two-core CI
// machine a lazily imported module can take longer than testing-library's 1 s default to
// arrive, so `waitFor` / `findBy*` wait up to 10 s before failing.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
