// A loopback stand-in for the Slack Web API, response_url endpoints and the Socket Mode WebSocket.
// It records everything the app sends so tests assert on real payloads; digest tests reuse it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { VIA_ACK_HEADER } from './slack-requests.js';

/** One request the app made: a Web API method (`chat.postMessage`) or `response_url`. */
export interface RecordedCall {
  method: string;
  /** Decoded body: form fields with JSON-valued ones (blocks, metadata) parsed, or the JSON body. */
  body: Record<string, any>;
  /** Bearer token the call carried, if any. */
  token?: string;
  /** HTTP status the stand-in answered with. */
  status: number;
  /** `ack` when the message came from a slash command's ack (handed over by postSigned), not posted by the app. */
  via?: 'ack';
  at: number;
}

/**
 * What the stand-in does with one call instead of answering it at once: `status` (e.g. 500, 429), after
 * `until` (milliseconds or a promise: a slow or hung call), with `land` saying whether the call still takes
 * effect (a post that lands and then errors). By default a fault with a status does not land, one without does.
 * `answerAfter` holds the answer back that many milliseconds after the call took effect (landed, answer in transit).
 */
export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  land?: boolean;
  until?: number | Promise<unknown>;
  answerAfter?: number;
}

/** A message kept per channel so conversations.history can return it (with metadata). */
interface StoredMessage {
  ts: string;
  text: string;
  blocks?: unknown;
  metadata?: unknown;
  thread_ts?: string;
}

/** A file uploaded the way files.uploadV2 does it: getUploadURLExternal → POST bytes → completeUploadExternal. */
export interface UploadedFile {
  id: string;
  filename: string;
  alt_text?: string;
  /** The bytes POSTed to the upload URL. */
  bytes?: Buffer;
  /** Set by files.completeUploadExternal; a file never completed is not shared anywhere. */
  completed: boolean;
  title?: string;
  /** Where completeUploadExternal shared it; none means private to the uploader (for slack_file image blocks). */
  channel_id?: string;
  thread_ts?: string;
  initial_comment?: string;
}

/** The Socket Mode side: push envelopes to the connected app and read its acks. */
export interface SocketModeStandin {
  /** Resolves once the app has connected and received `hello`. */
  connected(): Promise<void>;
  /** Sends an envelope (`slash_commands`, `events_api`, `interactive`) and resolves with the app's ack. */
  send(type: string, payload: unknown, timeoutMs?: number): Promise<{ envelope_id: string; payload?: unknown }>;
}

/** What users.info returns for a user: timezone, name, and the workspace roles Slack reports. */
export interface StandinUser {
  tz?: string;
  name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

/** A running stand-in. */
export interface SlackStandin {
  /** Web API base URL for SLACK_API_URL / clientOptions.slackApiUrl (ends with `/`). */
  url: string;
  /** A response_url the stand-in accepts; calls to it are recorded as method `response_url`. */
  responseUrl(id?: string): string;
  /** Every recorded call, in order. */
  calls: RecordedCall[];
  /** Successful calls to one method. */
  callsTo(method: string): RecordedCall[];
  /** Waits until `count` successful calls to `method` were recorded. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** The next call to `method` is answered with this status, headers and body instead (e.g. 429 + Retry-After). */
  failNext(method: string, status: number, headers?: Record<string, string>, body?: unknown): void;
  /** The next call to `method` meets `fault` (slow, hung, lands then errors…). */
  faultNext(method: string, fault: Fault): void;
  /** Sets what users.info returns for a user. */
  setUser(id: string, user: StandinUser): void;
  /** Sets the channels users.conversations lists for a user. */
  setUserChannels(id: string, channels: string[]): void;
  /** Makes conversations.info call a C… channel private (as Slack does for private channels made since 2021). */
  setPrivateChannel(id: string): void;
  /** Home views published per user (views.publish), newest last. */
  homeViews(user: string): Array<Record<string, any>>;
  /** The OAuth app the stand-in accepts in oauth.v2.access (otherwise `invalid_client_id` / `bad_client_secret`). */
  setOAuthClient(clientId: string, clientSecret: string): void;
  /** Issues a one-time OAuth code that oauth.v2.access exchanges for `workspace`'s bot token. */
  grant(code: string, workspace: StandinWorkspace): void;
  /** Revokes a token: auth.test and every other call made with it answer `token_revoked`. */
  revoke(token: string): void;
  /** Files uploaded through the external-upload flow, in order. */
  uploads(): UploadedFile[];
  /** Messages chat.postMessage stored in a channel (newest last). */
  messages(channel: string): StoredMessage[];
  /** Forgets recorded calls (stored messages stay). */
  reset(): void;
  socket: SocketModeStandin;
  close(): Promise<void>;
}

/** Identity auth.test reports; tests use it to build mentions of the bot. */
export const STANDIN_BOT = { user_id: 'UAIECONBOT', bot_id: 'BAIECON', team_id: 'T0STANDIN', user: 'aiecon' } as const;

/** A workspace that installs the app through OAuth: the bot token and identity the stand-in issues for it. */
export interface StandinWorkspace {
  teamId: string;
  teamName?: string;
  /** Set for a workspace inside an Enterprise Grid org. */
  enterpriseId?: string;
  botToken: string;
  botUserId?: string;
  botId?: string;
  /** Who clicked "Allow". */
  installerId?: string;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'files', 'view']);

function decodeBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, any>;
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(k)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        /* keep the raw string */
      }
    }
    out[k] = v === 'true' ? true : v === 'false' ? false : v;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/** The file's bytes from an upload body: raw, or the first part of a multipart form (what WebClient sends). */
function uploadedBytes(body: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!boundary) return body;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(delimiter);
  const headersEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(Buffer.from(`\r\n${delimiter}`), headersEnd);
  return start < 0 || headersEnd < 0 || end < 0 ? body : body.subarray(headersEnd + 4, end);
}

/** Starts the stand-in on a random loopback port. */
export async function start(): Promise<SlackStandin> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Fault[]>();
  const users = new Map<string, StandinUser>();
  const userChannels = new Map<string, string[]>();
  const privateChannels = new Set<string>();
  const views = new Map<string, Array<Record<string, any>>>();
  const channels = new Map<string, StoredMessage[]>();
  const uploads = new Map<string, UploadedFile>();
  const codes = new Map<string, StandinWorkspace>();
  /** Bot tokens issued through OAuth, with the workspace each belongs to (auth.test answers per token). */
  const issued = new Map<string, StandinWorkspace>();
  const revoked = new Set<string>();
  let oauthClient: { id: string; secret: string } | undefined;
  const waiters = new Set<() => void>();
  let tsCounter = 0;
  let base = '';

  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++tsCounter).padStart(6, '0')}`;
  const notify = () => {
    for (const w of waiters) w();
  };

  /** oauth.v2.access with a code: the client is checked, the code is spent, the workspace's bot token handed out. https://docs.slack.dev/reference/methods/oauth.v2.access */
  function exchangeCode(body: Record<string, any>): unknown {
    if (!oauthClient || body.client_id !== oauthClient.id) return { ok: false, error: 'invalid_client_id' };
    if (body.client_secret !== oauthClient.secret) return { ok: false, error: 'bad_client_secret' };
    const ws = codes.get(String(body.code));
    if (!ws) return { ok: false, error: 'invalid_code' };
    codes.delete(String(body.code));
    issued.set(ws.botToken, ws);
    return {
      ok: true,
      app_id: 'A0STANDIN',
      authed_user: { id: ws.installerId ?? 'U0INSTALLER' },
      scope: 'app_mentions:read,chat:write,commands',
      token_type: 'bot',
      access_token: ws.botToken,
      bot_user_id: ws.botUserId ?? STANDIN_BOT.user_id,
      team: { id: ws.teamId, name: ws.teamName ?? ws.teamId },
      enterprise: ws.enterpriseId ? { id: ws.enterpriseId, name: ws.enterpriseId } : null,
      is_enterprise_install: false,
    };
  }

  function api(method: string, body: Record<string, any>, token: string | undefined): unknown {
    if (token && revoked.has(token)) return { ok: false, error: 'token_revoked' };
    const ws = token ? issued.get(token) : undefined;
    switch (method) {
      case 'oauth.v2.access':
        return exchangeCode(body);
      case 'auth.test':
        return ws
          ? {
              ok: true,
              url: `https://${ws.teamId.toLowerCase()}.slack.test/`,
              team: ws.teamName ?? ws.teamId,
              team_id: ws.teamId,
              user: STANDIN_BOT.user,
              user_id: ws.botUserId ?? STANDIN_BOT.user_id,
              bot_id: ws.botId ?? STANDIN_BOT.bot_id,
              ...(ws.enterpriseId ? { enterprise_id: ws.enterpriseId } : {}),
            }
          : { ok: true, url: 'https://standin.slack.test/', team: 'standin', ...STANDIN_BOT };
      case 'chat.postMessage': {
        const ts = nextTs();
        const msg: StoredMessage = {
          ts,
          text: String(body.text ?? ''),
          blocks: body.blocks,
          metadata: body.metadata,
          thread_ts: body.thread_ts,
        };
        channels.set(body.channel, [...(channels.get(body.channel) ?? []), msg]);
        return {
          ok: true,
          channel: body.channel,
          ts,
          message: { ...msg, bot_id: STANDIN_BOT.bot_id, type: 'message' },
        };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'users.info': {
        const u = users.get(body.user);
        return {
          ok: true,
          user: {
            id: body.user,
            name: u?.name ?? 'someone',
            tz: u?.tz,
            is_admin: u?.is_admin ?? false,
            is_owner: u?.is_owner ?? false,
          },
        };
      }
      case 'users.conversations': {
        // One page per call; `cursor` is an offset, like conversations.history here.
        const all = userChannels.get(body.user) ?? [];
        const offset = Number(body.cursor ?? 0);
        const limit = Number(body.limit ?? 100);
        const more = offset + limit < all.length;
        return {
          ok: true,
          channels: all.slice(offset, offset + limit).map((id) => ({ id, is_member: true })),
          response_metadata: { next_cursor: more ? String(offset + limit) : '' },
        };
      }
      case 'conversations.info': {
        // D…: a DM; G…: an older private channel; C…: public unless made private here.
        const id = String(body.channel);
        const isIm = id.startsWith('D');
        return {
          ok: true,
          channel: { id, is_im: isIm, is_private: !isIm && (id.startsWith('G') || privateChannels.has(id)) },
        };
      }
      case 'views.publish': {
        const view = typeof body.view === 'string' ? JSON.parse(body.view) : body.view;
        views.set(body.user_id, [...(views.get(body.user_id) ?? []), view]);
        return { ok: true, view: { id: `V${views.size}`, ...view } };
      }
      case 'conversations.history': {
        const oldest = Number(body.oldest ?? 0);
        const limit = Number(body.limit ?? 100);
        const offset = Number(body.cursor ?? 0);
        const all = [...(channels.get(body.channel) ?? [])].reverse().filter((m) => Number(m.ts) >= oldest);
        const page = all
          .slice(offset, offset + limit)
          .map((m) => (body.include_all_metadata ? m : { ...m, metadata: undefined }));
        const more = offset + limit < all.length;
        return {
          ok: true,
          messages: page,
          has_more: more,
          response_metadata: { next_cursor: more ? String(offset + limit) : '' },
        };
      }
      case 'files.getUploadURLExternal': {
        // files.uploadV2's step 1: a one-off URL for the bytes. https://docs.slack.dev/reference/methods/files.getuploadurlexternal
        const id = `F${String(uploads.size + 1).padStart(8, '0')}`;
        uploads.set(id, { id, filename: String(body.filename), alt_text: body.alt_text, completed: false });
        return { ok: true, upload_url: `${base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        // Step 3: title and share; without channel_id the file stays private. https://docs.slack.dev/reference/methods/files.completeuploadexternal
        const done = [];
        for (const f of (body.files ?? []) as Array<{ id: string; title?: string }>) {
          const file = uploads.get(f.id);
          if (!file?.bytes) return { ok: false, error: 'file_not_found' };
          Object.assign(file, {
            completed: true,
            title: f.title,
            channel_id: body.channel_id,
            thread_ts: body.thread_ts,
            initial_comment: body.initial_comment,
          });
          done.push({ id: file.id, name: file.filename, title: f.title, mimetype: 'image/png' });
        }
        return { ok: true, files: done };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${base.replace('http', 'ws')}/socket` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const bytes = await readBody(req);
    const raw = bytes.toString('utf8');
    const path = (req.url ?? '/').split('?')[0]!;
    // Step 2 of files.uploadV2: the bytes themselves, POSTed to the URL step 1 handed out.
    if (path.startsWith('/upload/')) {
      const file = uploads.get(path.slice('/upload/'.length));
      if (file) file.bytes = uploadedBytes(bytes, req.headers['content-type']);
      calls.push({
        method: 'file_upload',
        body: { file_id: file?.id, length: bytes.length },
        status: file ? 200 : 404,
        at: Date.now(),
      });
      notify();
      res.writeHead(file ? 200 : 404, { 'content-type': 'text/plain' });
      res.end(file ? `OK - ${bytes.length}` : 'not found');
      return;
    }
    const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/response/') ? 'response_url' : path;
    const body = decodeBody(raw, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof body.token === 'string' ? body.token : undefined;
    const failure = failures.get(method)?.shift();
    const status = failure?.status ?? 200;
    const via = req.headers[VIA_ACK_HEADER] === 'ack' ? ('ack' as const) : undefined;
    calls.push({ method, body, token, status, at: Date.now(), ...(via && { via }) });
    notify();
    if (typeof failure?.until === 'number') await new Promise((r) => setTimeout(r, failure.until as number));
    else if (failure?.until) await failure.until;
    const lands = failure?.land ?? failure?.status === undefined;
    const result = !lands ? undefined : method === 'response_url' ? { ok: true } : api(method, body, token);
    const payload =
      failure?.status !== undefined
        ? (failure.body ?? { ok: false, error: status === 429 ? 'ratelimited' : 'fatal_error' })
        : result;
    if (failure?.answerAfter) await new Promise((r) => setTimeout(r, failure.answerAfter));
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...failure?.headers });
    res.end(JSON.stringify(payload));
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  let socket: WebSocket | undefined;
  let onConnect: Array<() => void> = [];
  const acks = new Map<string, (ack: { envelope_id: string; payload?: unknown }) => void>();
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
      acks.get(msg.envelope_id)?.(msg);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'standin' },
        connection_info: { app_id: 'A0STANDIN' },
      }),
    );
    for (const f of onConnect) f();
    onConnect = [];
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let envelopeCounter = 0;

  const callsTo = (method: string) => calls.filter((c) => c.method === method && c.status === 200);

  return {
    url: `${base}/api/`,
    responseUrl: (id = 'r1') => `${base}/response/${id}`,
    calls,
    callsTo,
    waitFor(method, count = 1, timeoutMs = 3_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = callsTo(method);
          if (found.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `stand-in: expected ${count} ${method} call(s) within ${timeoutMs} ms, saw ${callsTo(method).length}; calls: ${calls.map((c) => c.method).join(', ')}`,
            ),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    failNext(method, status, headers = {}, body) {
      failures.set(method, [...(failures.get(method) ?? []), { status, headers, body }]);
    },
    faultNext(method, fault) {
      failures.set(method, [...(failures.get(method) ?? []), fault]);
    },
    setUser: (id, user) => void users.set(id, user),
    setOAuthClient: (id, secret) => {
      oauthClient = { id, secret };
    },
    grant: (code, workspace) => void codes.set(code, workspace),
    revoke: (token) => void revoked.add(token),
    setUserChannels: (id, list) => void userChannels.set(id, list),
    setPrivateChannel: (id) => void privateChannels.add(id),
    homeViews: (user) => views.get(user) ?? [],
    uploads: () => [...uploads.values()],
    messages: (channel) => channels.get(channel) ?? [],
    reset: () => void calls.splice(0, calls.length),
    socket: {
      connected: () => (socket ? Promise.resolve() : new Promise<void>((resolve) => onConnect.push(resolve))),
      send(type, payload, timeoutMs = 3_000) {
        const envelope_id = `env-${++envelopeCounter}`;
        return new Promise((resolve, reject) => {
          if (!socket) return reject(new Error('stand-in: no Socket Mode connection'));
          const timer = setTimeout(
            () => reject(new Error(`stand-in: no ack for ${envelope_id} within ${timeoutMs} ms`)),
            timeoutMs,
          );
          acks.set(envelope_id, (ack) => {
            clearTimeout(timer);
            acks.delete(envelope_id);
            resolve(ack);
          });
          socket.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api' }));
        });
      },
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
