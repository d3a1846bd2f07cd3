import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';

const AckSchema = z.object({ envelope_id: z.string(), payload: z.record(z.string(), z.unknown()).optional() });
export type Ack = z.infer<typeof AckSchema>;

/**
 * A loopback stand-in for Slack's Socket Mode WebSocket, as in the socket-mode package's own integration
 * tests: a `ws` server that greets each connection with `hello`, delivers envelopes the test hands it, and
 * records the acknowledgements (`{ envelope_id, payload }`) the app sends back. Pair it with
 * `SlackWebApiStandIn.webSocketUrl` so that `apps.connections.open` hands out its URL.
 */
export class SocketModeStandIn {
  readonly acks: Ack[] = [];
  private readonly events = new EventEmitter();
  private socket: WebSocket | null = null;

  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {
    server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data: Buffer) => {
        const ack = AckSchema.safeParse(JSON.parse(data.toString('utf8')));
        if (ack.success) {
          this.acks.push(ack.data);
          this.events.emit('ack');
        }
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0COUNTER' }, debug_info: { host: 'stand-in' } }));
    });
  }

  static async start(): Promise<SocketModeStandIn> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new SocketModeStandIn(server, `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=stand-in`);
  }

  /** Sends an envelope to the connected app; the app must have started (connected) first. */
  deliver(envelope: { envelope_id: string; type: string; payload: Record<string, unknown>; accepts_response_payload?: boolean }): void {
    if (this.socket === null) throw new Error('no app is connected to the Socket Mode stand-in');
    this.socket.send(JSON.stringify(envelope));
  }

  /** Resolves with the app's acknowledgement of the envelope with this id. */
  waitForAck(envelopeId: string): Promise<Ack> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const ack = this.acks.find((candidate) => candidate.envelope_id === envelopeId);
        if (ack === undefined) return;
        this.events.off('ack', check);
        clearTimeout(timer);
        resolve(ack);
      };
      const timer = setTimeout(() => {
        this.events.off('ack', check);
        reject(new Error(`the app never acknowledged envelope ${envelopeId}`));
      }, 8000);
      this.events.on('ack', check);
      check();
    });
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
