import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { SlackMessage } from '../../../../adapters/slack/block-kit.js';

/** One Web API call as the stand-in received it: form fields, with JSON-valued ones (blocks) parsed. */
export interface RecordedCall {
  readonly method: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly authorization: string | null;
}

/** One POST to a `response_url`. */
export interface RecordedResponse {
  readonly name: string;
  readonly body: Readonly<Record<string, unknown>>;
}

type Handler = (body: Record<string, unknown>) => Record<string, unknown>;

/** The message fields of a recorded call or response, checked so a test can assert on them as a message. */
const MessageSchema = z.object({ text: z.string(), blocks: z.array(z.looseObject({ type: z.string() })) });
export function messageOf(body: Readonly<Record<string, unknown>>): SlackMessage {
  return MessageSchema.parse(body) as unknown as SlackMessage;
}

/**
 * A loopback stand-in for Slack's Web API (`POST /api/<method>`) and for `response_url`s
 * (`POST /respond/<name>`), in the spirit of Bolt's own tests: it answers the few methods the adapter and
 * Bolt call (`auth.test`, `chat.postMessage`, `chat.postEphemeral`, `apps.connections.open`) and records
 * every request, so tests assert on what Slack would have received. Failures (429, 500) can be scripted.
 */
export class SlackWebApiStandIn {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  /** Requests answered with a scripted failure (method or response-url name, and the status sent). */
  readonly failed: { readonly name: string; readonly status: number }[] = [];
  /** Set by a Socket Mode test: what `apps.connections.open` hands out. */
  webSocketUrl: string | null = null;
  private readonly events = new EventEmitter();
  private readonly failures = new Map<string, { status: number; retryAfter?: number }[]>();
  private readonly handlers = new Map<string, Handler>();
  private server: Server | null = null;
  private port = 0;

  static async start(): Promise<SlackWebApiStandIn> {
    const standIn = new SlackWebApiStandIn();
    const server = createServer((request, response) => void standIn.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    standIn.server = server;
    standIn.port = (server.address() as AddressInfo).port;
    return standIn;
  }

  /** For `clientOptions.slackApiUrl`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A `response_url` whose POSTs are recorded under `name`. */
  responseUrl(name: string): string {
    return `http://127.0.0.1:${this.port}/respond/${name}`;
  }

  /** The next `times` calls of `method` (or POSTs to `respond/<name>`) fail with `status`. */
  failNext(method: string, status: number, times = 1, retryAfter?: number): void {
    const queue = this.failures.get(method) ?? [];
    for (let index = 0; index < times; index += 1) queue.push(retryAfter === undefined ? { status } : { status, retryAfter });
    this.failures.set(method, queue);
  }

  /** Answers `method` with `handler` instead of the built-in reply. */
  on(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  /** Resolves with the first call of `method` matching `where`, already made or still to come. */
  waitForCall(method: string, where: (call: RecordedCall) => boolean = () => true): Promise<RecordedCall> {
    return this.waitFor('call', () => this.calls.find((call) => call.method === method && where(call)), `a ${method} call`);
  }

  /** Resolves with the first POST to the response URL named `name`. */
  waitForResponse(name: string): Promise<RecordedResponse> {
    return this.waitFor('response', () => this.responses.find((response) => response.name === name), `a POST to response_url ${name}`);
  }

  async close(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private waitFor<T>(event: string, find: () => T | undefined, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        this.events.off(event, check);
        clearTimeout(timer);
        resolve(found);
      };
      // A guard so a missing request fails with a message rather than at the test timeout; not a timing check.
      const timer = setTimeout(() => {
        this.events.off(event, check);
        reject(new Error(`the Slack stand-in never received ${what}`));
      }, 8000);
      this.events.on(event, check);
      check();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, kind, name = ''] = url.pathname.split('/');
    const failure = this.failures.get(name)?.shift();
    if (failure !== undefined) {
      response.writeHead(failure.status, failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) });
      response.end(failure.status === 429 ? '{"ok":false,"error":"ratelimited"}' : 'Internal Server Error');
      this.record('failure', this.failed, { name, status: failure.status });
      return;
    }
    if (kind === 'respond') {
      this.record('response', this.responses, { name, body: JSON.parse(text) as Record<string, unknown> });
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('ok');
      return;
    }
    const body = request.headers['content-type']?.includes('json') ? (JSON.parse(text || '{}') as Record<string, unknown>) : parseForm(text);
    const reply = this.reply(name, body);
    this.record('call', this.calls, { method: name, body, authorization: request.headers.authorization ?? null });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(reply));
  }

  private record<T>(event: string, list: T[], item: T): void {
    list.push(item);
    this.events.emit(event);
  }

  private reply(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const custom = this.handlers.get(method);
    if (custom !== undefined) return custom(body);
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://newsroom.slack.example/', team: 'Newsroom', user: 'counterpoint', team_id: 'T0NEWS', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage':
        return { ok: true, channel: body['channel'], ts: `1700000${String(this.calls.length).padStart(3, '0')}.000100`, message: { text: body['text'] } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1700000999.000100' };
      case 'apps.connections.open':
        return this.webSocketUrl === null ? { ok: false, error: 'not_socket_mode' } : { ok: true, url: this.webSocketUrl };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The Web API client sends form fields, JSON-encoding objects such as `blocks`. */
function parseForm(text: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    body[key] = /^[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
  }
  return body;
}
