// Builds and sends requests the way Slack does: signed with v0=HMAC-SHA256(v0:timestamp:body), slash
// commands and interactivity form-encoded, events as JSON.
// https://docs.slack.dev/authentication/verifying-requests-from-slack
import { createHmac } from 'node:crypto';

/** Slack's signature for a body: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` keyed by the signing secret. */
export function signSlackRequest(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Content types Slack sends with. */
export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

/** A slash command body, form-encoded with the fields Slack sends. */
export function slashCommandBody(fields: {
  text: string;
  user_id?: string;
  channel_id?: string;
  response_url: string;
  command?: string;
  /** The workspace the command was typed in. */
  team_id?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.team_id ?? 'T0STANDIN',
    team_domain: 'standin',
    channel_id: fields.channel_id ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: fields.user_id ?? 'U0ASKER',
    user_name: 'asker',
    command: fields.command ?? '/aiecon',
    text: fields.text,
    api_app_id: 'A0STANDIN',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: '1.2.3',
  }).toString();
}

/** An Events API envelope around one event, from workspace `teamId` (default the stand-in's). */
export function eventBody(event: Record<string, unknown>, teamId = 'T0STANDIN'): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0STANDIN',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UAIECONBOT', is_bot: true, is_enterprise_install: false }],
    event,
  });
}

/** An interactivity body: `payload=<JSON>` form-encoded, as Slack posts button clicks. */
export function interactivityBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A block_actions payload for a click on a button in an ephemeral message. */
export function buttonClick(fields: {
  action_id: string;
  value: string;
  user_id?: string;
  channel_id?: string;
  response_url: string;
}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0STANDIN', domain: 'standin' },
    user: { id: fields.user_id ?? 'U0ASKER', username: 'asker', team_id: 'T0STANDIN' },
    api_app_id: 'A0STANDIN',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1700000000.000100',
      channel_id: fields.channel_id ?? 'C0GENERAL',
      is_ephemeral: true,
    },
    trigger_id: '1.2.3',
    channel: { id: fields.channel_id ?? 'C0GENERAL', name: 'general' },
    response_url: fields.response_url,
    actions: [
      {
        type: 'button',
        action_id: fields.action_id,
        block_id: 'b1',
        value: fields.value,
        action_ts: '1700000001.000200',
        text: { type: 'plain_text', text: 'Share in channel' },
      },
    ],
  };
}

/** Options for one signed POST. `signature` or `timestamp` override the correct ones; `omit` drops headers. */
export interface SignedPost {
  secret: string;
  body: string;
  contentType: string;
  timestamp?: number;
  signature?: string;
  omit?: Array<'signature' | 'timestamp'>;
  /** Extra headers, e.g. Slack's `x-slack-retry-num` on a redelivery. */
  headers?: Record<string, string>;
}

/** Header marking a message that reached the stand-in's response_url from an ack, not from the app. */
export const VIA_ACK_HEADER = 'x-standin-via';

/**
 * POSTs a body to the app's events URL as Slack would. Like Slack, it shows a slash command's ack
 * message the way it shows a response_url post: the message is handed to the command's response_url
 * (marked with VIA_ACK_HEADER, recorded as `via: 'ack'`), so a test can read either delivery in one place.
 * The returned response still carries the ack body.
 */
export async function postSigned(url: string, opts: SignedPost): Promise<Response> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': opts.contentType, ...opts.headers };
  if (!opts.omit?.includes('timestamp')) headers['x-slack-request-timestamp'] = String(ts);
  if (!opts.omit?.includes('signature'))
    headers['x-slack-signature'] = opts.signature ?? signSlackRequest(opts.secret, ts, opts.body);
  const res = await fetch(url, { method: 'POST', headers, body: opts.body });
  const form = opts.contentType === FORM ? new URLSearchParams(opts.body) : undefined;
  const responseUrl = form?.get('command') ? form.get('response_url') : undefined;
  if (!responseUrl || !res.headers.get('content-type')?.includes('application/json')) return res;
  const text = await res.text();
  await fetch(responseUrl, {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE, [VIA_ACK_HEADER]: 'ack' },
    body: text,
  });
  return new Response(text, { status: res.status, headers: res.headers });
}
