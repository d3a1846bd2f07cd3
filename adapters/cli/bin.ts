// The `counterpoint` executable (package.json `bin`, bundled to dist/cli.js). Kept apart from main.ts so that
// it runs however it is invoked — directly, through npm's .bin symlink, or from npx's cache — while tests and
// other code import `main` without starting anything.
import { EXIT_OK } from './command-io.js';
import { main } from './main.js';

// A reader that closes the pipe early (`counterpoint ask … | head`) is not an error.
process.stdout.on('error', () => process.exit(EXIT_OK));
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
