import type { Counterpoint } from '../../../src/index.js';
import type { Throttle } from '../throttle.js';

/** What every listener needs, passed in so tests can run listeners on any corpus and any limits. */
export interface ListenerDeps {
  /** The core to answer with. */
  readonly core: Counterpoint;
  /** Checked before each answer; a refused request is told so privately. */
  readonly throttle: Throttle;
}
