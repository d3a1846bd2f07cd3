import type { Installation } from '@slack/bolt';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileInstallationStore, InstallationError } from '../../../adapters/slack/file-installation-store.js';

const installation = (team: string, token: string): Installation<'v2', false> => ({
  team: { id: team, name: 'Newsroom' },
  enterprise: undefined,
  user: { token: undefined, scopes: undefined, id: 'U0ADMIN' },
  bot: { token, scopes: ['commands', 'chat:write'], id: 'B0BOT', userId: 'U0BOT' },
  appId: 'A0COUNTER',
  tokenType: 'bot',
  isEnterpriseInstall: false,
  authVersion: 'v2',
});

const query = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false as const });

function freshDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'counterpoint-installs-')), 'installations');
}

async function rejection(promise: Promise<unknown>): Promise<InstallationError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InstallationError);
  return error as InstallationError;
}

describe('FileInstallationStore', () => {
  it('keeps each workspace’s installation, across store instances (a restart)', async () => {
    const dir = freshDir();
    await new FileInstallationStore(dir).storeInstallation(installation('T0NEWS', 'xoxb-news'));
    await new FileInstallationStore(dir).storeInstallation(installation('T0SPORT', 'xoxb-sport'));
    const reopened = new FileInstallationStore(dir);
    expect((await reopened.fetchInstallation(query('T0NEWS'))).bot?.token).toBe('xoxb-news');
    expect((await reopened.fetchInstallation(query('T0SPORT'))).bot?.token).toBe('xoxb-sport');
  });

  it('replaces a workspace’s installation atomically, leaving no temporary files, readable by the owner only', async () => {
    const dir = freshDir();
    const store = new FileInstallationStore(dir);
    await Promise.all([store.storeInstallation(installation('T0NEWS', 'xoxb-one')), store.storeInstallation(installation('T0NEWS', 'xoxb-two'))]);
    expect(readdirSync(dir)).toEqual(['team-T0NEWS.json']);
    expect(['xoxb-one', 'xoxb-two']).toContain((await store.fetchInstallation(query('T0NEWS'))).bot?.token);
    expect(statSync(join(dir, 'team-T0NEWS.json')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('keys an org-wide install by its enterprise id', async () => {
    const store = new FileInstallationStore(freshDir());
    await store.storeInstallation({ ...installation('T0NEWS', 'xoxb-org'), team: undefined, enterprise: { id: 'E0GRID', name: 'Grid' }, isEnterpriseInstall: true });
    expect((await store.fetchInstallation({ teamId: undefined, enterpriseId: 'E0GRID', isEnterpriseInstall: true })).bot?.token).toBe('xoxb-org');
  });

  it('names the workspace and file when there is no installation, and after one is deleted', async () => {
    const store = new FileInstallationStore(freshDir());
    expect((await rejection(store.fetchInstallation(query('T0NONE')))).code).toBe('SLACK_INSTALLATION_NOT_FOUND');
    await store.storeInstallation(installation('T0GONE', 'xoxb-gone'));
    await store.deleteInstallation(query('T0GONE'));
    const error = await rejection(store.fetchInstallation(query('T0GONE')));
    expect(error.message).toMatch(/team-T0GONE\.json/);
  });

  it('refuses a corrupt file with the fields named, and ids that could name other paths', async () => {
    const dir = freshDir();
    const store = new FileInstallationStore(dir);
    await store.storeInstallation(installation('T0BAD', 'xoxb-bad'));
    const file = join(dir, 'team-T0BAD.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), bot: { token: 42 } }));
    const corrupt = await rejection(store.fetchInstallation(query('T0BAD')));
    expect(corrupt.code).toBe('SLACK_INSTALLATION_CORRUPT');
    expect(corrupt.message).toMatch(/bot\.token/);
    expect(corrupt.message).not.toContain('xoxb');
    expect((await rejection(store.fetchInstallation(query('../../etc/passwd')))).code).toBe('SLACK_INSTALLATION_BAD_ID');
  });
});
