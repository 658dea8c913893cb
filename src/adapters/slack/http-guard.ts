// Limits in front of Bolt's HTTPReceiver. Bolt buffers a whole request body, of any size, before it checks the
// signature, and its HTTP server has no connection cap; an unauthenticated client could fill memory or sockets.
// The guard reads the body itself with a cap (Bolt skips buffering a request that already has `rawBody`),
// refuses timestamps from the future, and the server gets header and body deadlines and a connection cap.
import type { IncomingMessage, ServerOptions, ServerResponse } from 'node:http';
import type { Server } from 'node:net';
import type { HTTPReceiver } from '@slack/bolt';
import { log } from '../../log.js';
import { SLACK_SIGNATURE_MAX_AGE_S } from './limits.js';

/** What one HTTP client may cost the app. */
export interface HttpLimits {
  /** Largest body read; Slack's payloads are a few kilobytes, an event with a long message some tens. */
  maxBodyBytes: number;
  /** Time for the request headers to arrive. */
  headersTimeoutMs: number;
  /** Time for the whole request, body included, to arrive. */
  requestTimeoutMs: number;
  /** Open connections at once; more are refused by the server. */
  maxConnections: number;
}

/** Production limits: generous for Slack, small for anyone else. */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  maxConnections: 256,
};

/** Options for http.createServer: the header and request deadlines, checked often enough to matter (Node's default
 * check runs every 30 s, so a trickling client would hold its socket three times the deadline). */
export function serverOptions(limits: HttpLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs / 2),
  };
}

/** Applies the connection cap to the server Bolt started. */
export function capConnections(server: Server, limits: HttpLimits): void {
  server.maxConnections = limits.maxConnections;
}

function refuse(res: ServerResponse, status: number, why: string): void {
  log.warn('slack request refused', { status, why });
  if (!res.headersSent) res.writeHead(status, { connection: 'close' });
  res.end();
}

/** Reads the body, at most `max` bytes; undefined once it is larger (the rest is not read). */
function readBounded(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(undefined);
        return;
      }
      parts.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/** A request timestamp (seconds) later than this many seconds ahead of our clock is refused, like a stale one. */
const MAX_FUTURE_S = SLACK_SIGNATURE_MAX_AGE_S;

/** Wraps the receiver's request listener so every POST is bounded before Bolt sees it. */
export function guardReceiver(receiver: HTTPReceiver, limits: HttpLimits): void {
  const bolt = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST') return bolt(req, res);
    const declared = Number(req.headers['content-length']);
    if (declared > limits.maxBodyBytes) return refuse(res, 413, 'body over the limit (declared)');
    // Bolt refuses old timestamps only; a future one would let a captured request be replayed for longer.
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(stamp) && stamp - Date.now() / 1000 > MAX_FUTURE_S)
      return refuse(res, 401, 'timestamp in the future');
    readBounded(req, limits.maxBodyBytes).then(
      (body) => {
        if (!body) return refuse(res, 413, 'body over the limit');
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        try {
          bolt(req, res);
        } catch (err) {
          log.warn('slack request not handled', { err });
          refuse(res, 404, 'not handled');
        }
      },
      () => refuse(res, 400, 'body could not be read'),
    );
  };
}
