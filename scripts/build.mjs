// Bundles the shipped entry points to dist/ so that no TypeScript is compiled at start-up, and so that the CLI
// loads one file instead of resolving hundreds of modules: a cold `counterpoint ask` is felt at a prompt.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

/** Entry point → output name. The CLI bundles its few pure dependencies; the bots keep theirs external. */
const entries = [
  { in: 'adapters/cli/bin.ts', out: 'cli', bundleDependencies: true },
  { in: 'adapters/slack/main.ts', out: 'slack', bundleDependencies: false },
  { in: 'adapters/discord/main.ts', out: 'discord', bundleDependencies: false },
  { in: 'adapters/discord/deploy.ts', out: 'discord-deploy', bundleDependencies: false },
  { in: 'adapters/discord/shards.ts', out: 'discord-shards', bundleDependencies: false },
];

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: { [entry.out]: entry.in },
      outdir: 'dist',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: entry.bundleDependencies ? 'bundle' : 'external',
      banner: {
        js: "#!/usr/bin/env node\nimport { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);",
      },
      sourcemap: 'linked',
      logLevel: 'warning',
    }),
  ),
);
for (const entry of entries) chmodSync(`dist/${entry.out}.js`, 0o755);
