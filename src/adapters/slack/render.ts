// The one Slack renderer: a neutral Reply becomes Block Kit plus a plain-text `text` fallback for
// notifications. Pure; every string is stripped of mentions and mrkdwn-escaped, and every limit holds.
import type { types } from '@slack/bolt';
import { renderPlainText } from '../../core/render-text.js';
import { FEEDBACK_REASONS, FEEDBACK_TEXT } from '../../core/replies.js';
import { cutText, stripMentions } from '../../core/safe-text.js';
import type { Chart, Reply } from '../../core/types.js';
import {
  SLACK_MAX_BLOCKS,
  SLACK_MAX_BUTTON_TEXT,
  SLACK_MAX_BUTTON_VALUE,
  SLACK_MAX_CONTEXT_ELEMENTS,
  SLACK_MAX_CONTEXT_TEXT,
  SLACK_MAX_FIELD_TEXT,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_IMAGE_ALT_TEXT,
  SLACK_MAX_MESSAGE_TEXT,
  SLACK_MAX_SECTION_FIELDS,
  SLACK_MAX_SECTION_TEXT,
} from './limits.js';

type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;
type ContextBlock = types.ContextBlock;

/** The action id of the "Share in channel" button; the app routes clicks on it. */
export const SHARE_ACTION_ID = 'aiecon_share';
/** Label of the share button. */
export const SHARE_BUTTON_LABEL = 'Share in channel';

/** What a Slack message body needs: Block Kit plus the notification fallback. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Action ids of suggestion buttons start with this (then their index: ids are unique within a block); the value is
 * the question. */
export const ASK_ACTION_PREFIX = 'aiecon_ask_';
/** Suggestions shown as buttons; more would crowd the answer (an actions block holds up to 25). */
export const MAX_SUGGESTION_BUTTONS = 5;

/** The action id of the 👍/👎 feedback buttons; their values are `up:<question>` / `down:<question>`. */
export const FEEDBACK_ACTION_ID = 'aiecon_feedback';
/** Action ids of the reason buttons after a 👎 start with this; their values are `<vote id>:<reason>`. */
export const FEEDBACK_REASON_ACTION_PREFIX = 'aiecon_feedback_reason_';

/** Options: `shareable` adds the share button carrying the question; `sharedBy` credits the user who shared;
 * `feedback` adds 👍/👎 buttons about the question as answered. */
export interface BlockKitOptions {
  shareable?: { question: string };
  sharedBy?: string;
  feedback?: { question: string };
}

/** Feedback buttons in a context_actions block. https://docs.slack.dev/reference/block-kit/blocks/context-actions-block */
function feedbackBlock(question: string): KnownBlock {
  const value = (vote: string) => `${vote}:${withoutMentions(question)}`.slice(0, SLACK_MAX_BUTTON_VALUE);
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION_ID,
        positive_button: {
          text: { type: 'plain_text', text: FEEDBACK_TEXT.up },
          accessibility_label: FEEDBACK_TEXT.upLabel,
          value: value('up'),
        },
        negative_button: {
          text: { type: 'plain_text', text: FEEDBACK_TEXT.down },
          accessibility_label: FEEDBACK_TEXT.downLabel,
          value: value('down'),
        },
      },
    ],
  };
}

/** The optional "what was wrong?" question after a 👎, as buttons carrying the vote's id. */
export function renderFeedbackReasons(voteId: number): SlackMessage {
  return {
    text: FEEDBACK_TEXT.askReason,
    blocks: [
      { type: 'section', text: mrkdwn(FEEDBACK_TEXT.askReason) },
      {
        type: 'actions',
        elements: FEEDBACK_REASONS.map((r) => ({
          type: 'button' as const,
          action_id: `${FEEDBACK_REASON_ACTION_PREFIX}${r.id}`,
          text: { type: 'plain_text' as const, text: r.label },
          value: `${voteId}:${r.id}`,
        })),
      },
    ],
  };
}

/** stripMentions, skipped when no token can be present: most answer text has neither marker, and the regex passes were most of a render's cost. */
function withoutMentions(text: string): string {
  // Every token stripMentions removes starts with `<` (Slack/Discord syntax) or `@` (typed mass mention).
  return text.includes('<') || text.includes('@') ? stripMentions(text) : text;
}

/** Escapes the three characters Slack reserves in mrkdwn; mentions are removed first so none survive. https://docs.slack.dev/messaging/formatting-message-text#escaping */
export function escapeMrkdwn(text: string): string {
  const clean = withoutMentions(text);
  return clean.includes('&') || clean.includes('<') || clean.includes('>')
    ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    : clean;
}

/** Cuts to `max` characters with an ellipsis, never leaving half an HTML entity or half an emoji behind. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutText(text, max - 1).replace(/&[a-z]{0,3}$/, '')}…`;
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });

/** The head of a line that fits in `max`: up to a space when one is near the end, and never through an HTML
 * entity or an emoji, so the rest starts where this piece stops. */
function piece(line: string, max: number): string {
  const space = line.lastIndexOf(' ', max);
  const head = space > max / 2 ? line.slice(0, space) : cutText(line, max);
  const entity = /&[a-z]{0,3}$/.exec(head);
  const fitted = entity && entity.index > 0 ? head.slice(0, entity.index) : head;
  return fitted || line.slice(0, max);
}

/** Splits text into pieces no longer than `max`, preferring line boundaries. */
function chunk(lines: string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    let line = raw;
    while (line.length > max) {
      if (current) {
        out.push(current);
        current = '';
      }
      out.push(piece(line, max));
      line = line.slice(out[out.length - 1]!.length).trimStart();
    }
    if (!line) continue;
    const next = current ? `${current}\n${line}` : line;
    if (next.length > max) {
      out.push(current);
      current = line;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

function contextBlock(texts: string[]): ContextBlock | undefined {
  const items = texts.filter(Boolean);
  if (!items.length) return undefined;
  const head = items.slice(0, SLACK_MAX_CONTEXT_ELEMENTS - 1);
  const rest = items.slice(SLACK_MAX_CONTEXT_ELEMENTS - 1);
  if (rest.length) head.push(rest.join('  ·  '));
  return { type: 'context', elements: head.map((t) => mrkdwn(truncate(t, SLACK_MAX_CONTEXT_TEXT))) };
}

/** A source as mrkdwn: its credit line (or title, short name and date), linked to its page when it has one. */
function sourceText(s: Reply['sources'][number]): string {
  const label = s.credit ? escapeMrkdwn(s.credit) : `${escapeMrkdwn(s.title)} (as of ${escapeMrkdwn(s.asOf)})`;
  // Only web links; the three characters that would end Slack's <url|text> early are percent-encoded.
  if (!s.link || !/^https?:\/\//.test(s.link)) return label;
  return `<${s.link.replace(/[<>|]/g, encodeURIComponent)}|${label}>`;
}

/** Suggestions as buttons that ask them: the label shows the question (cut to fit), the value carries it whole. */
function suggestionButtons(suggestions: string[]): KnownBlock | undefined {
  const questions = [...new Set(suggestions.map((q) => withoutMentions(q).trim()).filter(Boolean))];
  if (!questions.length) return undefined;
  return {
    type: 'actions',
    elements: questions.slice(0, MAX_SUGGESTION_BUTTONS).map((q, i) => ({
      type: 'button' as const,
      action_id: `${ASK_ACTION_PREFIX}${i}`,
      text: { type: 'plain_text' as const, text: truncate(q, SLACK_MAX_BUTTON_TEXT) },
      value: q.slice(0, SLACK_MAX_BUTTON_VALUE),
    })),
  };
}

/** Renders a reply as a Slack message; whole payload is deterministic for the same input. */
export function renderBlockKit(reply: Reply, options: BlockKitOptions = {}): SlackMessage {
  const body: KnownBlock[] = [];
  for (const text of chunk(reply.lines.map(escapeMrkdwn), SLACK_MAX_SECTION_TEXT))
    body.push({ type: 'section', text: mrkdwn(text) });
  const fields = reply.fields.map((f) =>
    mrkdwn(truncate(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, SLACK_MAX_FIELD_TEXT)),
  );
  for (let i = 0; i < fields.length; i += SLACK_MAX_SECTION_FIELDS)
    body.push({ type: 'section', fields: fields.slice(i, i + SLACK_MAX_SECTION_FIELDS) } satisfies SectionBlock);

  const tail: KnownBlock[] = [];
  const notes = contextBlock(reply.notes.map((n) => `_${escapeMrkdwn(n)}_`));
  if (notes) tail.push(notes);
  const sources = reply.sources.length
    ? contextBlock([`*Sources:* ${reply.sources.map(sourceText).join(' · ')}`])
    : undefined;
  if (sources) tail.push(sources);
  const tries = suggestionButtons(reply.suggestions);
  if (tries) tail.push(tries);
  if (options.sharedBy && /^[UW][A-Z0-9]{2,}$/.test(options.sharedBy))
    tail.push({ type: 'context', elements: [mrkdwn(`Shared by <@${options.sharedBy}>`)] });
  if (options.shareable) {
    tail.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: SHARE_ACTION_ID,
          text: { type: 'plain_text', text: truncate(SHARE_BUTTON_LABEL, SLACK_MAX_BUTTON_TEXT) },
          value: cutText(withoutMentions(options.shareable.question), SLACK_MAX_BUTTON_VALUE),
        },
      ],
    });
  }

  if (options.feedback) tail.push(feedbackBlock(options.feedback.question));

  const header: KnownBlock = {
    type: 'header',
    text: { type: 'plain_text', text: truncate(withoutMentions(reply.title) || 'aiecon', SLACK_MAX_HEADER_TEXT) },
  };
  const room = SLACK_MAX_BLOCKS - 1 - tail.length;
  const kept =
    body.length > room
      ? [
          ...body.slice(0, room - 1),
          {
            type: 'context',
            elements: [mrkdwn('_…answer shortened to fit Slack; ask a narrower question for the rest._')],
          } as ContextBlock,
        ]
      : body;
  return {
    // With blocks present Slack shows `text` only in notifications and clients without Block Kit, and
    // recommends a summary there: the plain text is that summary (the answer line and what answers the question).
    // https://docs.slack.dev/reference/methods/chat.postMessage#text_usage
    text: truncate(escapeMrkdwn(renderPlainText(reply)), SLACK_MAX_MESSAGE_TEXT),
    blocks: [header, ...kept, ...tail],
  };
}

/** A reply's chart as its own message: an image block showing an uploaded file, and the caption citing sources.
 * The text fallback is the alt text, so a client without images still reads what the chart shows. */
export function renderChartBlocks(chart: Chart, fileId: string): SlackMessage {
  return {
    text: truncate(escapeMrkdwn(chart.alt), SLACK_MAX_MESSAGE_TEXT),
    blocks: [
      {
        type: 'image',
        slack_file: { id: fileId },
        alt_text: truncate(withoutMentions(chart.alt), SLACK_MAX_IMAGE_ALT_TEXT),
        title: { type: 'plain_text', text: truncate(withoutMentions(chart.title), SLACK_MAX_IMAGE_ALT_TEXT) },
      },
      { type: 'context', elements: [mrkdwn(truncate(escapeMrkdwn(chart.caption), SLACK_MAX_CONTEXT_TEXT))] },
    ],
  };
}
