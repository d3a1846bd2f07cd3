import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** Stable codes for installation-store failures; Bolt reports them when a workspace cannot be authorized. */
export type InstallationErrorCode = 'SLACK_INSTALLATION_NOT_FOUND' | 'SLACK_INSTALLATION_CORRUPT' | 'SLACK_INSTALLATION_BAD_ID';

export class InstallationError extends Error {
  constructor(
    readonly code: InstallationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InstallationError';
  }
}

const IdSchema = z.string().regex(/^[A-Z0-9]{1,40}$/i);

const InstallationSchema = z.object({
  team: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  enterprise: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  user: z.object({
    token: z.string().optional(),
    refreshToken: z.string().optional(),
    expiresAt: z.number().optional(),
    scopes: z.array(z.string()).optional(),
    id: z.string(),
  }),
  bot: z
    .object({
      token: z.string(),
      refreshToken: z.string().optional(),
      expiresAt: z.number().optional(),
      scopes: z.array(z.string()),
      id: z.string(),
      userId: z.string(),
    })
    .optional(),
  incomingWebhook: z
    .object({ url: z.string(), channel: z.string().optional(), channelId: z.string().optional(), configurationUrl: z.string().optional() })
    .optional(),
  appId: z.string().optional(),
  tokenType: z.literal('bot').optional(),
  enterpriseUrl: z.string().optional(),
  isEnterpriseInstall: z.boolean().optional(),
  authVersion: z.enum(['v1', 'v2']).optional(),
  metadata: z.string().optional(),
});

/**
 * Keeps each workspace's (or Enterprise Grid org's) installation in its own JSON file in `dir`, so the bot
 * serves several newsrooms and survives restarts without a database. What callers can rely on:
 * - writes are atomic: the file is written under a temporary name, flushed to disk, then renamed over the
 *   old one, so a crash mid-write leaves the previous installation, never half a file;
 * - files and the folder are readable by the bot's user only (they hold bot tokens);
 * - the latest install for a workspace wins (re-installing after a scope change replaces the old token);
 * - a missing or corrupt file is an `InstallationError` with a stable code naming the workspace and file.
 * One process writes a given folder; several processes would need a database-backed store instead.
 */
export class FileInstallationStore implements InstallationStore {
  constructor(private readonly dir: string) {}

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(installation: Installation<AuthVersion, boolean>): Promise<void> {
    const file = this.fileFor(
      installation.isEnterpriseInstall === true && installation.enterprise !== undefined
        ? { kind: 'enterprise', id: installation.enterprise.id }
        : { kind: 'team', id: installation.team?.id ?? '' },
    );
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(installation, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const file = this.fileFor(keyOf(query));
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new InstallationError('SLACK_INSTALLATION_NOT_FOUND', `No installation in ${file}: install the app in that workspace (the /slack/install page).`);
    }
    let parsed: z.infer<typeof InstallationSchema>;
    try {
      parsed = InstallationSchema.parse(JSON.parse(text));
    } catch (error) {
      const where = error instanceof z.ZodError ? error.issues.map((issue) => issue.path.join('.')).join(', ') : 'not valid JSON';
      throw new InstallationError('SLACK_INSTALLATION_CORRUPT', `${file}: ${where}: re-install the app in that workspace to rewrite it.`);
    }
    // Installation's required-but-possibly-undefined keys are spelled out; zod gives them as optional keys.
    const user = { ...parsed.user, token: parsed.user.token, scopes: parsed.user.scopes };
    return { ...parsed, team: parsed.team, enterprise: parsed.enterprise, user };
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await rm(this.fileFor(keyOf(query)), { force: true });
  }

  /** One file per workspace or org; ids are checked so that no query can name a path outside `dir`. */
  private fileFor(key: { kind: 'team' | 'enterprise'; id: string }): string {
    if (!IdSchema.safeParse(key.id).success) {
      throw new InstallationError('SLACK_INSTALLATION_BAD_ID', `An installation needs a Slack ${key.kind} id of letters and digits.`);
    }
    return join(this.dir, `${key.kind}-${key.id.toUpperCase()}.json`);
  }
}

function keyOf(query: InstallationQuery<boolean>): { kind: 'team' | 'enterprise'; id: string } {
  return query.isEnterpriseInstall && query.enterpriseId !== undefined
    ? { kind: 'enterprise', id: query.enterpriseId }
    : { kind: 'team', id: query.teamId ?? '' };
}
