// A loopback stand-in for Discord's REST API and gateway, enough for a real discord.js client to log in,
// receive MESSAGE_CREATE / INTERACTION_CREATE and answer. It records what the bot sent and can fail the
// next call to a route. Point a client at it with `rest: { api: standIn.apiUrl }` (or DISCORD_API_URL);
// discord.js appends /v10 and learns the gateway URL from GET /gateway/bot.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** Permission bits the stand-in's guild uses. https://discord.com/developers/docs/topics/permissions */
export const PERMS = {
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
} as const;

/** Routes as templates; failNext takes one of these. */
export type StandInRoute =
  | 'GET /gateway/bot'
  | 'POST /channels/:id/messages'
  | 'GET /channels/:id/messages'
  | 'POST /interactions/:id/:token/callback'
  | 'PATCH /webhooks/:appId/:token/messages/@original'
  | 'PUT /applications/:appId/commands'
  | 'PUT /applications/:appId/guilds/:guildId/commands';

const ROUTES: Array<[StandInRoute, RegExp]> = (
  [
    'GET /gateway/bot',
    'POST /channels/:id/messages',
    'GET /channels/:id/messages',
    'POST /interactions/:id/:token/callback',
    'PATCH /webhooks/:appId/:token/messages/@original',
    'PUT /applications/:appId/commands',
    'PUT /applications/:appId/guilds/:guildId/commands',
  ] as StandInRoute[]
).map((r) => {
  const [method, path] = r.split(' ') as [string, string];
  return [r, new RegExp(`^${method} ${path.replace(/:[a-zA-Z]+/g, '([^/]+)')}$`)];
});

/** A file uploaded with a message (multipart `files[n]`), as Discord receives it. */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}
/** A message the bot created (POST /channels/:id/messages), with the JSON body exactly as sent (`payload_json` when multipart). */
export interface RecordedMessage {
  id: string;
  channelId: string;
  body: Record<string, any>;
  files?: RecordedFile[];
}
/** An interaction response (POST /interactions/:id/:token/callback). */
export interface RecordedCallback {
  interactionId: string;
  token: string;
  body: { type: number; data?: Record<string, any> };
  files?: RecordedFile[];
}
/** An edit of the original interaction response (after a deferral). */
export interface RecordedEdit {
  token: string;
  body: Record<string, any>;
  files?: RecordedFile[];
}
/** One thing the bot sent, as `onRecord` reports it. */
export type StandInRecord =
  | { kind: 'message'; message: RecordedMessage }
  | { kind: 'callback'; callback: RecordedCallback }
  | { kind: 'edit'; edit: RecordedEdit };

/** Every request, with the status the stand-in answered. */
export interface RecordedRequest {
  method: string;
  path: string;
  route?: StandInRoute;
  status: number;
}

/** A multipart body as Discord reads it: the JSON in `payload_json`, every other part a file.
 * https://discord.com/developers/docs/reference#uploading-files */
async function parseMultipart(bytes: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  const files: RecordedFile[] = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
      continue;
    }
    files.push({ field, filename: value.name, contentType: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, files };
}

/** A user message to deliver over the gateway. */
export interface DispatchMessageOptions {
  content: string;
  /** DM instead of the guild channel. */
  dm?: boolean;
  authorId?: string;
  bot?: boolean;
  /** Put the bot in `mentions` (default: whenever content contains <@botId>). */
  mentionsBot?: boolean;
  /** Give the author the guild's Moderator role (Manage Channels). */
  moderator?: boolean;
  /** Give the author the guild's Server Manager role (Manage Server). */
  manager?: boolean;
  /** Post in the guild's private channel (@everyone cannot view it) instead of #general. */
  privateChannel?: boolean;
  /** Post in the public thread under #general (one conversation, like a DM). */
  thread?: boolean;
  /** Make it a reply to this message id (Discord's reply chain: `message_reference`). */
  replyTo?: string;
}

/** A click on a button of a message the bot sent (a MESSAGE_COMPONENT interaction). */
export interface DispatchComponentOptions {
  customId: string;
  /** The id of the bot's message the button is on. */
  messageId: string;
  dm?: boolean;
  userId?: string;
}

/** Typing in an autocomplete option of /aiecon (an APPLICATION_COMMAND_AUTOCOMPLETE interaction). */
export interface DispatchAutocompleteOptions {
  subcommand: string;
  /** The option being typed in and what it holds so far. */
  focused: string;
  value: string;
  /** Other options already filled in. */
  options?: Record<string, string>;
}

/** A /aiecon interaction to deliver over the gateway. */
export interface DispatchInteractionOptions {
  subcommand: string;
  options?: Record<string, string | boolean>;
  dm?: boolean;
  userId?: string;
  /** The member's permissions in the channel (guild only). */
  memberPermissions?: bigint;
  /** In the guild's private channel (@everyone cannot view it) instead of #general. */
  privateChannel?: boolean;
  commandName?: string;
}

export interface StandInOptions {
  token?: string;
  heartbeatIntervalMs?: number;
  /** @everyone's permissions in the guild. */
  everyonePermissions?: bigint;
}

export interface DiscordStandIn {
  /** REST base for discord.js `rest.api` / DISCORD_API_URL (no version segment). */
  apiUrl: string;
  gatewayUrl: string;
  token: string;
  ids: {
    bot: string;
    application: string;
    guild: string;
    channel: string;
    /** A guild text channel @everyone cannot view (the bot can). */
    privateChannel: string;
    /** A public thread under #general. */
    thread: string;
    dmChannel: string;
    user: string;
    moderatorRole: string;
    managerRole: string;
  };
  messages: RecordedMessage[];
  callbacks: RecordedCallback[];
  edits: RecordedEdit[];
  commands: Array<{ route: StandInRoute; body: unknown }>;
  requests: RecordedRequest[];
  /** IDENTIFY payloads (`d`), token included so tests can check it. */
  identifies: Array<Record<string, any>>;
  heartbeats: () => number;
  /** Resolves when a client has identified and received READY and GUILD_CREATE. */
  ready: Promise<void>;
  dispatchMessage(options: DispatchMessageOptions): string;
  dispatchInteraction(options: DispatchInteractionOptions): { id: string; token: string };
  dispatchComponent(options: DispatchComponentOptions): { id: string; token: string };
  dispatchAutocomplete(options: DispatchAutocompleteOptions): { id: string; token: string };
  /** The id of the message an interaction's response created (what buttons on that answer refer to). */
  originalMessageId(token: string): string | undefined;
  /** Sends a raw frame (string as is, objects as JSON) to every connected gateway client. */
  dispatchRaw(frame: string | object): void;
  /** Answers the next request on `route` with `status`, `body` and `headers` instead of handling it. */
  failNext(route: StandInRoute, status: number, body?: unknown, headers?: Record<string, string>): void;
  /** The bot lacks Attach Files in `channelId`: a message with a file is refused there as Discord does (403, 50013). */
  denyAttachFiles(channelId: string): void;
  /** Calls `listener` for every recorded message, callback or edit as it arrives; returns an unsubscribe. */
  onRecord(listener: (record: StandInRecord) => void): () => void;
  waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;
/** A real-looking snowflake: timestamp, then a counter so ids are unique and increasing. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

function user(id: string, username: string, bot = false) {
  return { id, username, discriminator: '0', global_name: username, avatar: null, bot, system: false, public_flags: 0 };
}

/** Starts the stand-in on a random loopback port. */
export async function startDiscordStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
  const token = options.token ?? 'standin-bot-token';
  const ids = {
    bot: snowflake(),
    application: snowflake(),
    guild: snowflake(),
    channel: snowflake(),
    privateChannel: snowflake(),
    thread: snowflake(),
    dmChannel: snowflake(),
    user: snowflake(),
    moderatorRole: snowflake(),
    managerRole: snowflake(),
  };
  const owner = snowflake();
  const botUser = user(ids.bot, 'aiecon', true);
  const everyone =
    options.everyonePermissions ?? PERMS.ViewChannel | PERMS.SendMessages | PERMS.EmbedLinks | PERMS.ReadMessageHistory;
  const joinedAt = new Date().toISOString();

  const messages: RecordedMessage[] = [];
  const callbacks: RecordedCallback[] = [];
  const edits: RecordedEdit[] = [];
  const commands: Array<{ route: StandInRoute; body: unknown }> = [];
  const requests: RecordedRequest[] = [];
  const identifies: Array<Record<string, any>> = [];
  const history = new Map<string, Array<Record<string, any>>>(); // channel → messages, oldest first
  /** Interactions sent, by id: where they happened and their type, so a response can create its message there. */
  const interactions = new Map<string, { channelId: string; type: number }>();
  /** An interaction's original response message, by interaction token. */
  const originals = new Map<string, Record<string, any>>();
  const noAttach = new Set<string>();
  const failures = new Map<StandInRoute, Array<{ status: number; body?: unknown; headers?: Record<string, string> }>>();
  const sockets = new Set<WebSocket>();
  let heartbeats = 0;
  const listeners = new Set<(record: StandInRecord) => void>();
  const notify = (record: StandInRecord) => {
    for (const l of listeners) l(record);
  };
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const remember = (m: Record<string, any>) => {
    const list = history.get(m.channel_id) ?? [];
    list.push(m);
    history.set(m.channel_id, list);
  };
  const messageObject = (channelId: string, author: object, body: Record<string, any>) => ({
    id: snowflake(),
    channel_id: channelId,
    ...(channelId === ids.dmChannel ? {} : { guild_id: ids.guild }),
    author,
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    type: body.type === 20 ? 20 : body.message_reference ? 19 : 0,
    flags: body.flags ?? 0,
    ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
    ...(body.message_reference ? { message_reference: { ...body.message_reference, channel_id: channelId } } : {}),
  });

  function handle(
    method: string,
    path: string,
    query: URLSearchParams,
    body: any,
    files: RecordedFile[] | undefined,
  ): { status: number; json?: unknown; route?: StandInRoute } {
    const withFiles = files?.length ? { files } : {};
    const match = ROUTES.map(([route, rx]) => [route, rx.exec(`${method} ${path}`)] as const).find(([, m]) => m);
    if (!match) return { status: 404, json: { message: '404: Not Found', code: 0 } };
    const [route, m] = match as [StandInRoute, RegExpExecArray];
    switch (route) {
      case 'GET /gateway/bot':
        return {
          route,
          status: 200,
          json: {
            url: gatewayUrl,
            shards: 1,
            session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
          },
        };
      case 'POST /channels/:id/messages': {
        const channelId = m[1]!;
        if (files?.length && noAttach.has(channelId))
          return { route, status: 403, json: { message: 'Missing Permissions', code: 50013 } };
        if (body?.enforce_nonce && body.nonce !== undefined) {
          const same = (history.get(channelId) ?? []).find((x) => x.author.id === ids.bot && x.nonce === body.nonce);
          if (same) return { route, status: 200, json: same };
        }
        const created = messageObject(channelId, botUser, body ?? {});
        remember(created);
        const message = { id: created.id, channelId, body, ...withFiles };
        messages.push(message);
        notify({ kind: 'message', message });
        return { route, status: 200, json: created };
      }
      case 'GET /channels/:id/messages': {
        const limit = Math.min(100, Number(query.get('limit') ?? 50));
        let list = [...(history.get(m[1]!) ?? [])].reverse(); // newest first, as Discord answers
        const before = query.get('before');
        const after = query.get('after');
        if (before) list = list.filter((x) => BigInt(x.id) < BigInt(before));
        if (after) list = list.filter((x) => BigInt(x.id) > BigInt(after));
        return { route, status: 200, json: list.slice(0, limit).map(({ nonce: _n, ...x }) => x) };
      }
      case 'POST /interactions/:id/:token/callback': {
        const callback = { interactionId: m[1]!, token: m[2]!, body, ...withFiles };
        callbacks.push(callback);
        notify({ kind: 'callback', callback });
        // A message response (4) or a deferral (5) creates the interaction's original message, which buttons
        // on it and later edits refer to; `with_response` returns it. https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
        const asked = interactions.get(m[1]!);
        if (!asked || (body?.type !== 4 && body?.type !== 5)) return { route, status: 204 };
        const original = messageObject(asked.channelId, botUser, { ...(body.data ?? {}), type: 20 });
        remember(original);
        originals.set(m[2]!, original);
        if (query.get('with_response') !== 'true') return { route, status: 204 };
        const ephemeral = ((body.data?.flags ?? 0) & 64) !== 0;
        return {
          route,
          status: 200,
          json: {
            interaction: {
              id: m[1]!,
              type: asked.type,
              response_message_id: original.id,
              response_message_loading: body.type === 5,
              response_message_ephemeral: ephemeral,
            },
            resource: { type: body.type, message: original },
          },
        };
      }
      case 'PATCH /webhooks/:appId/:token/messages/@original': {
        const edit = { token: m[2]!, body, ...withFiles };
        edits.push(edit);
        notify({ kind: 'edit', edit });
        const original = originals.get(m[2]!);
        if (original) {
          Object.assign(original, {
            content: body?.content ?? original.content,
            embeds: body?.embeds ?? original.embeds,
            components: body?.components ?? original.components,
          });
          return { route, status: 200, json: original };
        }
        return { route, status: 200, json: messageObject(ids.channel, botUser, body ?? {}) };
      }
      case 'PUT /applications/:appId/commands':
      case 'PUT /applications/:appId/guilds/:guildId/commands':
        commands.push({ route, body });
        return {
          route,
          status: 200,
          json: (body as Array<Record<string, unknown>>).map((c) => ({
            ...c,
            id: snowflake(),
            application_id: ids.application,
            version: snowflake(),
          })),
        };
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://standin');
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, ''); // discord.js sends @original as %40original
      const method = req.method ?? 'GET';
      const bytes = Buffer.concat(chunks);
      const contentType = req.headers['content-type'] ?? '';
      let body: unknown;
      let files: RecordedFile[] | undefined;
      if (contentType.startsWith('multipart/form-data')) ({ body, files } = await parseMultipart(bytes, contentType));
      else {
        const raw = bytes.toString('utf8');
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          body = raw;
        }
      }
      const route = ROUTES.find(([, rx]) => rx.test(`${method} ${path}`))?.[0];
      const failure = route ? failures.get(route)?.shift() : undefined;
      const out = failure
        ? { status: failure.status, json: failure.body, headers: failure.headers, route }
        : { ...handle(method, path, url.searchParams, body, files), headers: undefined };
      requests.push({ method, path, route: out.route, status: out.status });
      res.writeHead(out.status, {
        ...(out.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...out.headers,
      });
      res.end(out.json !== undefined ? JSON.stringify(out.json) : undefined);
    });
  });
  const wss = new WebSocketServer({ server, path: '/gateway' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  // #staff: hidden from @everyone, visible to the bot (a member overwrite), as a private channel is set up.
  const privateOverwrites = [
    { id: ids.guild, type: 0, allow: '0', deny: PERMS.ViewChannel.toString() },
    { id: ids.bot, type: 1, allow: everyone.toString(), deny: '0' },
  ];
  const guildChannel = (o: { dm?: boolean; privateChannel?: boolean; thread?: boolean }) =>
    o.dm ? ids.dmChannel : o.privateChannel ? ids.privateChannel : o.thread ? ids.thread : ids.channel;
  const guild = () => ({
    id: ids.guild,
    name: 'aiecon test guild',
    icon: null,
    owner_id: owner,
    unavailable: false,
    large: false,
    member_count: 2,
    joined_at: joinedAt,
    features: [],
    emojis: [],
    stickers: [],
    // Active threads come with GUILD_CREATE, so the client knows them before anyone posts in one.
    threads: [
      {
        id: ids.thread,
        type: 11,
        guild_id: ids.guild,
        parent_id: ids.channel,
        owner_id: owner,
        name: 'deepseek costs',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        flags: 0,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: joinedAt, locked: false },
      },
    ],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    roles: [
      {
        id: ids.guild,
        name: '@everyone',
        permissions: everyone.toString(),
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: ids.moderatorRole,
        name: 'Moderator',
        permissions: (everyone | PERMS.ManageChannels).toString(),
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: ids.managerRole,
        name: 'Server Manager',
        permissions: (everyone | PERMS.ManageGuild).toString(),
        position: 2,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [
      {
        id: ids.channel,
        type: 0,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        parent_id: null,
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      },
      {
        id: ids.privateChannel,
        type: 0,
        name: 'staff',
        position: 1,
        permission_overwrites: privateOverwrites,
        parent_id: null,
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      },
    ],
    members: [{ user: botUser, roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 }],
  });

  wss.on('connection', (socket) => {
    sockets.add(socket);
    let seq = 0;
    const dispatch = (t: string, d: unknown) => socket.send(JSON.stringify({ op: 0, t, s: ++seq, d }));
    (socket as WebSocket & { dispatch?: typeof dispatch }).dispatch = dispatch;
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 41_250 } }));
    socket.on('message', (raw) => {
      let frame: { op?: number; d?: any };
      try {
        frame = JSON.parse(String(raw));
      } catch {
        return;
      }
      if (frame.op === 1) {
        heartbeats += 1;
        socket.send(JSON.stringify({ op: 11 }));
      } else if (frame.op === 2) {
        identifies.push(frame.d);
        if (frame.d?.token !== token && frame.d?.token !== `Bot ${token}`)
          return void socket.close(4004, 'Authentication failed');
        dispatch('READY', {
          v: 10,
          user: { ...botUser, verified: true, mfa_enabled: false, flags: 0 },
          guilds: [{ id: ids.guild, unavailable: true }],
          session_id: `session-${snowflake()}`,
          resume_gateway_url: gatewayUrl,
          shard: [0, 1],
          application: { id: ids.application, flags: 0 },
          private_channels: [],
          relationships: [],
          user_settings: {},
          presences: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        });
        dispatch('GUILD_CREATE', guild());
        markReady();
      } else if (frame.op === 6) {
        dispatch('RESUMED', {});
      }
    });
  });

  const broadcast = (t: string, d: unknown) => {
    for (const s of sockets) (s as WebSocket & { dispatch?: (t: string, d: unknown) => void }).dispatch?.(t, d);
  };

  const standIn: DiscordStandIn = {
    apiUrl,
    gatewayUrl,
    token,
    ids,
    messages,
    callbacks,
    edits,
    commands,
    requests,
    identifies,
    heartbeats: () => heartbeats,
    ready,
    dispatchMessage(o) {
      const author = user(o.authorId ?? ids.user, o.bot ? 'otherbot' : 'asker', o.bot ?? false);
      const mentionsBot = o.mentionsBot ?? o.content.includes(`<@${ids.bot}>`);
      const member = {
        roles: [...(o.moderator ? [ids.moderatorRole] : []), ...(o.manager ? [ids.managerRole] : [])],
        joined_at: joinedAt,
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
      };
      const base = messageObject(guildChannel(o), author, {
        content: o.content,
        ...(o.replyTo
          ? { message_reference: { message_id: o.replyTo, ...(o.dm ? {} : { guild_id: ids.guild }) } }
          : {}),
      });
      const message = {
        ...base,
        mention_everyone: /@(everyone|here)\b/.test(o.content),
        mentions: mentionsBot
          ? [
              {
                ...botUser,
                ...(o.dm ? {} : { member: { roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 } }),
              },
            ]
          : [],
        channel_type: o.dm ? 1 : 0,
        ...(o.dm ? {} : { member }),
      };
      remember(message);
      broadcast('MESSAGE_CREATE', message);
      return message.id;
    },
    originalMessageId: (token) => originals.get(token)?.id,
    dispatchAutocomplete(o) {
      return standIn.dispatchInteraction({
        subcommand: o.subcommand,
        options: { ...o.options, [o.focused]: o.value },
        focused: o.focused,
      } as DispatchInteractionOptions);
    },
    dispatchInteraction(o) {
      const id = snowflake();
      const interactionToken = `interaction-token-${id}`;
      const asker = user(o.userId ?? ids.user, 'asker');
      const focused = (o as { focused?: string }).focused;
      const options = Object.entries(o.options ?? {}).map(([name, value]) => ({
        name,
        type: typeof value === 'boolean' ? 5 : 3,
        value,
        ...(name === focused ? { focused: true } : {}),
      }));
      const where = o.dm
        ? {
            context: 1,
            user: asker,
            channel_id: ids.dmChannel,
            channel: { id: ids.dmChannel, type: 1, recipients: [asker], last_message_id: null, flags: 0 },
          }
        : {
            context: 0,
            guild_id: ids.guild,
            guild: { id: ids.guild, locale: 'en-US', features: [] },
            channel_id: guildChannel(o),
            channel: {
              id: guildChannel(o),
              type: 0,
              guild_id: ids.guild,
              name: o.privateChannel ? 'staff' : 'general',
              position: 0,
              permission_overwrites: o.privateChannel ? privateOverwrites : [],
              nsfw: false,
              parent_id: null,
              flags: 0,
            },
            member: {
              user: asker,
              roles: [],
              permissions: (o.memberPermissions ?? everyone).toString(),
              joined_at: joinedAt,
              deaf: false,
              mute: false,
              flags: 0,
              nick: null,
              avatar: null,
            },
          };
      const type = focused === undefined ? 2 : 4;
      interactions.set(id, { channelId: guildChannel(o), type });
      broadcast('INTERACTION_CREATE', {
        id,
        application_id: ids.application,
        type,
        token: interactionToken,
        version: 1,
        locale: 'en-US',
        guild_locale: 'en-US',
        app_permissions: everyone.toString(),
        entitlements: [],
        authorizing_integration_owners: {},
        attachment_size_limit: 10_485_760,
        ...where,
        data: {
          id: snowflake(),
          name: o.commandName ?? 'aiecon',
          type: 1,
          options: [{ type: 1, name: o.subcommand, options }],
        },
      });
      return { id, token: interactionToken };
    },
    dispatchComponent(o) {
      const id = snowflake();
      const interactionToken = `interaction-token-${id}`;
      const asker = user(o.userId ?? ids.user, 'asker');
      const channelId = o.dm ? ids.dmChannel : ids.channel;
      const where = o.dm
        ? { context: 1, user: asker }
        : {
            context: 0,
            guild_id: ids.guild,
            member: {
              user: asker,
              roles: [],
              permissions: everyone.toString(),
              joined_at: joinedAt,
              deaf: false,
              mute: false,
              flags: 0,
              nick: null,
              avatar: null,
            },
          };
      const shown = (history.get(channelId) ?? []).find((m) => m.id === o.messageId);
      interactions.set(id, { channelId, type: 3 });
      broadcast('INTERACTION_CREATE', {
        id,
        application_id: ids.application,
        type: 3,
        token: interactionToken,
        version: 1,
        locale: 'en-US',
        app_permissions: everyone.toString(),
        entitlements: [],
        authorizing_integration_owners: {},
        attachment_size_limit: 10_485_760,
        channel_id: channelId,
        channel: { id: channelId, type: o.dm ? 1 : 0, ...(o.dm ? {} : { guild_id: ids.guild, name: 'general' }) },
        ...where,
        message: shown ?? messageObject(channelId, botUser, {}),
        data: { custom_id: o.customId, component_type: 2 },
      });
      return { id, token: interactionToken };
    },
    dispatchRaw(frame) {
      for (const s of sockets) s.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    },
    denyAttachFiles(channelId) {
      noAttach.add(channelId);
    },
    failNext(route, status, body, headers) {
      const list = failures.get(route) ?? [];
      list.push({ status, body, headers });
      failures.set(route, list);
    },
    onRecord(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async waitFor(probe, what, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`stand-in: timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    async close() {
      for (const s of sockets) s.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}

/** Short name for `startDiscordStandIn`. */
export const start = startDiscordStandIn;
