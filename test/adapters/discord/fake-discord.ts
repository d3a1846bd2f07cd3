import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BOT_USER, IDS, STUDENT, channel, guild, member, message } from './fake-discord-payloads.js';

export { BOT_USER, IDS, STUDENT } from './fake-discord-payloads.js';

/**
 * A stand-in for Discord on 127.0.0.1, for tests that run a real discord.js `Client` (or `REST`) against it:
 * an HTTP server for the REST API (point discord.js at `apiUrl` with `rest: { api }`) and a WebSocket gateway
 * (HELLO, IDENTIFY → READY and GUILD_CREATE, heartbeat ACKs, RESUME → RESUMED) that pushes the events a test
 * asks for. It records every REST request and gateway payload the client sends, so tests assert on what the
 * bot really put on the wire. Nothing leaves the machine.
 */

/** One REST request as the client sent it; `path` is relative to `/api/v10`. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

/** A gateway payload the client sent (IDENTIFY, RESUME, HEARTBEAT…). */
export interface GatewayPayload {
  readonly op: number;
  readonly d: unknown;
}

type Waiter<T> = { match: (item: T) => boolean; resolve: (item: T) => void };

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayReceived: GatewayPayload[] = [];
  private readonly requestWaiters = new Set<Waiter<RecordedRequest>>();
  private readonly gatewayWaiters = new Set<Waiter<GatewayPayload>>();
  private readonly sockets = new Set<WebSocket>();
  /** The `[shard_id, num_shards]` each connection identified with; `[0, 1]` when it sent none. */
  private readonly shardOf = new Map<WebSocket, readonly [number, number]>();
  private sequence = 0;
  private sessions = 0;
  private sessionId: string | null = null;
  private nextId = 500000000000000000n;
  private readonly commandIds = new Map<string, string>();

  private constructor(
    private readonly server: Server,
    private readonly gateway: WebSocketServer,
    private readonly heartbeatInterval: number,
    private readonly gatewayBot: { readonly shards: number; readonly maxConcurrency: number },
  ) {}

  /**
   * Starts the stand-in on a free port. A short heartbeat keeps tests fast and exercises ACKs.
   * `GET /gateway/bot` recommends `recommendedShards` (1) and allows `maxConcurrency` (1) identifies at once.
   */
  static async start(options: { heartbeatInterval?: number; recommendedShards?: number; maxConcurrency?: number } = {}): Promise<FakeDiscord> {
    const server = createServer();
    const gateway = new WebSocketServer({ server });
    const gatewayBot = { shards: options.recommendedShards ?? 1, maxConcurrency: options.maxConcurrency ?? 1 };
    const fake = new FakeDiscord(server, gateway, options.heartbeatInterval ?? 250, gatewayBot);
    server.on('request', (request, response) => void fake.onRequest(request, response));
    gateway.on('connection', (socket) => fake.onConnection(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** For discord.js: `new Client({ rest: { api: fake.apiUrl } })`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Resolves with the first request (already received or still to come) that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean, what = 'a matching request'): Promise<RecordedRequest> {
    return this.wait(this.requests, this.requestWaiters, match, what);
  }

  /** Resolves with the first gateway payload from the client (received after `after` of them) that matches. */
  waitForGateway(match: (payload: GatewayPayload) => boolean, after = 0, what = 'a matching gateway payload'): Promise<GatewayPayload> {
    return this.wait(this.gatewayReceived.slice(after), this.gatewayWaiters, match, what);
  }

  /** The IDENTIFY payloads received so far, one per connection that logged in (each shard sends one). */
  get identifies(): readonly GatewayPayload[] {
    return this.gatewayReceived.filter((payload) => payload.op === 2);
  }

  /**
   * Pushes a dispatch event (op 0) to the connected clients: an event about a server only to the connection
   * whose shard serves that server, as Discord routes it (`(guild_id >> 22) % num_shards`).
   */
  dispatch(type: string, data: unknown): void {
    const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
    for (const socket of this.sockets) {
      if (typeof guildId !== 'string' || this.serves(socket, guildId)) this.send(socket, type, data);
    }
  }

  /** Cuts every gateway connection without a close frame, as a network drop does. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
  }

  /** Sends a slash command as a student; returns the interaction token its responses are addressed to. */
  sendCommand(name: string, options: readonly { name: string; type: number; value: unknown }[] = []): string {
    return this.sendInteraction(2, { id: this.commandId(name), name, type: 1, options, guild_id: IDS.guild });
  }

  /** Sends an autocomplete request for a command's focused option. */
  sendAutocomplete(name: string, options: readonly { name: string; type: number; value: unknown; focused?: boolean }[]): string {
    return this.sendInteraction(4, { id: this.commandId(name), name, type: 1, options, guild_id: IDS.guild });
  }

  /** Presses a button (by `custom_id`) on a message the bot sent earlier; `ephemeral` marks that message so. */
  pressButton(customId: string, options: { ephemeral?: boolean } = {}): string {
    const message = this.newMessage({ content: '', flags: options.ephemeral ? 64 : 0 }, BOT_USER);
    return this.sendInteraction(3, { custom_id: customId, component_type: 2 }, { message });
  }

  /** Posts a message in the class channel from the student, mentioning the given users. */
  sendMessage(content: string, mentions: readonly (typeof BOT_USER | typeof STUDENT)[] = []): string {
    const message = { ...this.newMessage({ content }, STUDENT), mentions, member: member(), guild_id: IDS.guild };
    this.dispatch('MESSAGE_CREATE', message);
    return message.id;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private sendInteraction(type: number, data: unknown, extra: Record<string, unknown> = {}): string {
    const id = this.snowflake();
    const token = `interaction-token-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: IDS.app,
      type,
      data,
      guild_id: IDS.guild,
      channel_id: IDS.channel,
      channel: channel(),
      member: member(),
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      context: 0,
      ...extra,
    });
    return token;
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', this.apiUrl);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: request.headers,
      body: text && request.headers['content-type']?.includes('json') ? JSON.parse(text) : text || null,
    };
    this.requests.push(recorded);
    const [status, reply] = this.route(recorded);
    response.writeHead(status, reply === null ? {} : { 'content-type': 'application/json' });
    response.end(reply === null ? undefined : JSON.stringify(reply));
    this.notify(this.requestWaiters, recorded);
  }

  private route({ method, path, body }: RecordedRequest): [number, unknown] {
    const payload = (body ?? {}) as Record<string, unknown>;
    if (method === 'GET' && path === '/gateway/bot') {
      const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.gatewayBot.maxConcurrency };
      return [200, { url: this.gatewayUrl, shards: this.gatewayBot.shards, session_start_limit: limit }];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, null];
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path) && (method === 'PATCH' || method === 'POST')) {
      return [200, { ...this.newMessage(payload, BOT_USER), webhook_id: IDS.app, application_id: IDS.app }];
    }
    const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelMessage) return [200, this.newMessage(payload, BOT_USER)];
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && Array.isArray(body)) {
      return [200, body.map((command: object) => ({ ...command, id: this.snowflake(), application_id: IDS.app, version: '1' }))];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.shardOf.delete(socket);
    });
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as GatewayPayload;
      this.gatewayReceived.push(payload);
      this.onGateway(socket, payload);
      this.notify(this.gatewayWaiters, payload);
    });
    socket.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: this.heartbeatInterval } }));
  }

  private onGateway(socket: WebSocket, payload: GatewayPayload): void {
    if (payload.op === 1) socket.send(JSON.stringify({ op: 11 }));
    if (payload.op === 2) {
      const shard = (payload.d as { shard?: unknown }).shard;
      const [id, count] = Array.isArray(shard) && shard.length === 2 ? shard.map(Number) : [0, 1];
      this.shardOf.set(socket, [id ?? 0, count ?? 1]);
      this.sessions += 1;
      this.sessionId = `session-${this.sessions}`;
      const serves = this.serves(socket, IDS.guild);
      this.send(socket, 'READY', {
        v: 10,
        user: BOT_USER,
        guilds: serves ? [{ id: IDS.guild, unavailable: true }] : [],
        session_id: this.sessionId,
        resume_gateway_url: this.gatewayUrl,
        shard: [id, count],
        application: { id: IDS.app, flags: 0 },
      });
      if (serves) this.send(socket, 'GUILD_CREATE', guild());
    }
    if (payload.op === 6) {
      const resume = payload.d as { session_id?: string };
      if (resume.session_id === this.sessionId) this.send(socket, 'RESUMED', {});
      else socket.send(JSON.stringify({ op: 9, d: false }));
    }
  }

  private send(socket: WebSocket, type: string, data: unknown): void {
    this.sequence += 1;
    socket.send(JSON.stringify({ op: 0, t: type, s: this.sequence, d: data }));
  }

  /** Whether this connection's shard serves the server, by Discord's rule; a connection not yet identified serves all. */
  private serves(socket: WebSocket, guildId: string): boolean {
    const [id, count] = this.shardOf.get(socket) ?? [0, 1];
    return Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;
  }

  private wait<T>(seen: readonly T[], waiters: Set<Waiter<T>>, match: (item: T) => boolean, what: string): Promise<T> {
    const found = seen.find(match);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        match,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        const recent = this.requests.slice(-5).map((request) => `${request.method} ${request.path}`);
        reject(new Error(`The stand-in of Discord did not see ${what} within 5 s (last requests: ${recent.join(', ')})`));
      }, 5000);
      waiters.add(waiter);
    });
  }

  private notify<T>(waiters: Set<Waiter<T>>, item: T): void {
    for (const waiter of [...waiters]) {
      if (waiter.match(item)) {
        waiters.delete(waiter);
        waiter.resolve(item);
      }
    }
  }

  private newMessage(body: Record<string, unknown>, author: object): Record<string, unknown> & { id: string } {
    return message(this.snowflake(), body, author);
  }

  private snowflake(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  private commandId(name: string): string {
    const known = this.commandIds.get(name) ?? this.snowflake();
    this.commandIds.set(name, known);
    return known;
  }
}
