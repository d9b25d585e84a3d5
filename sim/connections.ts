/**
 * The connection bookkeeping every simulator server shares (AWS, Azure, GCP): open sockets, and
 * responses held open by a `timeout` fault, so `close()` ends everything at once and a held request
 * is dropped after `holdMs` if the client never gives up.
 */
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How long a `timeout` fault holds a request before dropping the connection. */
export const HOLD_MS = 5 * 60 * 1000;

/** What a simulator engine answers: a reply, or `hold` (keep the connection open without answering: a timeout fault). */
export type SimReply = { status: number; headers: Record<string, string>; body: string } | { hold: true };

export class Connections {
  private readonly held = new Map<ServerResponse, NodeJS.Timeout>();
  private readonly sockets = new Set<Socket>();
  private closed: Promise<void> | undefined;

  constructor(
    private readonly server: Server,
    private readonly holdMs = HOLD_MS,
  ) {
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Keeps the response open without answering (a simulated timeout). */
  hold(res: ServerResponse): void {
    const timer = setTimeout(() => {
      this.held.delete(res);
      res.destroy();
    }, this.holdMs);
    this.held.set(res, timer);
    res.on('close', () => {
      clearTimeout(timer);
      this.held.delete(res);
    });
  }

  close(): Promise<void> {
    this.closed ??= new Promise<void>((resolve) => {
      for (const [res, timer] of this.held) {
        clearTimeout(timer);
        res.destroy();
      }
      this.held.clear();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
      for (const s of this.sockets) s.destroy();
    });
    return this.closed;
  }

  /**
   * Sends the engine's reply (or holds the connection); an engine failure becomes a 500 with `errorBody`, the
   * provider's own error shape. A connection the client already dropped gets nothing.
   */
  replyWith(res: ServerResponse, reply: Promise<SimReply>, errorBody: (message: string) => string): void {
    reply.then(
      (out) => {
        if ('hold' in out) return void this.hold(res);
        if (res.destroyed) return;
        res.writeHead(out.status, { ...out.headers, 'content-length': String(Buffer.byteLength(out.body)) });
        res.end(out.body);
      },
      (err: unknown) => {
        if (res.destroyed) return;
        const body = errorBody(`simulator error: ${(err as Error)?.message ?? String(err)}`);
        res.writeHead(500, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
        res.end(body);
      },
    );
  }
}
