import { describe, expect, it } from 'vitest';
import { parseSlackConfig, SlackConfigError } from '../../../adapters/slack/config.js';

const SECRET = 'xoxb-VERY-SECRET-do-not-print';

function problemsOf(env: Record<string, string>): string {
  try {
    parseSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SlackConfigError);
    expect((error as SlackConfigError).code).toBe('SLACK_CONFIG');
    return (error as SlackConfigError).message;
  }
  throw new Error('expected a SlackConfigError');
}

describe('parseSlackConfig', () => {
  it('defaults to Socket Mode with a bot token, /perspectives and the bundled corpus', () => {
    const config = parseSlackConfig({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(config.transport).toEqual({ mode: 'socket', appToken: 'xapp-1', port: null });
    expect(config.auth).toEqual({ kind: 'token', botToken: 'xoxb-1' });
    expect(config.command).toBe('/perspectives');
    expect(config.corpusDir).toMatch(/corpus$/);
  });

  it('uses HTTP mode when a signing secret and a port are set, and takes the command and corpus from the environment', () => {
    const config = parseSlackConfig({
      SLACK_SIGNING_SECRET: 's3cret',
      PORT: '8080',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_COMMAND: 'counterpoint',
      COUNTERPOINT_CORPUS: '/srv/corpus',
    });
    expect(config.transport).toEqual({ mode: 'http', signingSecret: 's3cret', port: 8080 });
    expect(config.command).toBe('/counterpoint');
    expect(config.corpusDir).toBe('/srv/corpus');
  });

  it('prefers SLACK_PORT over PORT', () => {
    const config = parseSlackConfig({ SLACK_SIGNING_SECRET: 's', SLACK_PORT: '3001', PORT: '80', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(config.transport).toMatchObject({ port: 3001 });
  });

  it('uses OAuth with a file installation store when a client id and secret are set', () => {
    const config = parseSlackConfig({ SLACK_APP_TOKEN: 'xapp-1', SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 's' });
    expect(config.auth).toEqual({ kind: 'oauth', clientId: '1.2', clientSecret: 'c', stateSecret: 's', installationsDir: '.slack-installations' });
  });

  it('names every missing variable at once', () => {
    const message = problemsOf({});
    expect(message).toMatch(/SLACK_APP_TOKEN is missing/);
    expect(message).toMatch(/SLACK_BOT_TOKEN is missing/);
    expect(problemsOf({ SLACK_APP_TOKEN: 'xapp-1', SLACK_CLIENT_ID: '1.2' })).toMatch(/SLACK_CLIENT_SECRET is missing[\s\S]*SLACK_STATE_SECRET is missing/);
  });

  it('names wrong values without printing them', () => {
    const message = problemsOf({ SLACK_APP_TOKEN: SECRET, SLACK_BOT_TOKEN: 'xapp-VERY-SECRET', SLACK_PORT: 'eighty', SLACK_COMMAND: '/Bad Command' });
    expect(message).toMatch(/SLACK_APP_TOKEN should start with "xapp-"/);
    expect(message).toMatch(/SLACK_BOT_TOKEN should start with "xoxb-"/);
    expect(message).toMatch(/SLACK_PORT should be a port number/);
    expect(message).toMatch(/SLACK_COMMAND should be/);
    expect(message).not.toContain('VERY-SECRET');
    expect(message).not.toContain('eighty');
  });

  it('treats blank variables as unset', () => {
    expect(problemsOf({ SLACK_APP_TOKEN: '  ', SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/SLACK_APP_TOKEN is missing/);
  });
});
