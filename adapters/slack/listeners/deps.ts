import type { Counterpoint } from '../../../src/index.js';

/** What every listener needs: the core to answer with. Passed in, so tests run listeners on any corpus. */
export interface ListenerDeps {
  readonly core: Counterpoint;
}
