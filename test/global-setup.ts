import { execFileSync } from 'node:child_process';

/** Builds dist/ once per test run, so that the end-to-end tests spawn the code under test, not a stale build. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
