import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCommand } from '../../helpers/run-cli.js';

describe('the counterpoint executable', () => {
  it('runs through a symlink named counterpoint, as npm and npx link it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpoint-bin-'));
    try {
      const link = join(dir, 'counterpoint');
      symlinkSync(BIN, link);
      const result = await runCommand(link, ['ask', 'what did the ACLU say?']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Luz Maria Henríquez');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
