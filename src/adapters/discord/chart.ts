// Charts on Discord: the reply's chart rendered to PNG, attached to the answer and shown inside its embed
// (`attachment://chart.png`). Without Attach Files the answer goes as text, with a note saying why.
import { chartNeedsAttachFiles } from '../../core/replies.js';
import type { Reply } from '../../core/types.js';
import { DISCORD_MAX_ATTACHMENT_DESCRIPTION_CHARS } from './limits.js';
import { clip, type DiscordMessagePayload, renderEmbed, renderPlainContent } from './render.js';

/** The chart's file name; the embed refers to it. */
export const CHART_ATTACHMENT = 'chart.png';

/** What the bot may do where it answers. */
export interface ChannelAbilities {
  embed: boolean;
  attach: boolean;
}

/** The reply as a Discord payload: embed or plain content, with the chart attached (and shown in the embed) when it can be. */
export async function renderWithChart(reply: Reply, can: ChannelAbilities): Promise<DiscordMessagePayload> {
  const text = (r: Reply) => (can.embed ? renderEmbed(r) : renderPlainContent(r));
  if (!reply.chart) return text(reply);
  // First among the notes: a long chart answer's notes are clipped at Discord's field limit, and this one says
  // why the picture the user asked for is missing.
  if (!can.attach) return text({ ...reply, notes: [chartNeedsAttachFiles(), ...reply.notes] });
  const { png } = await (await loadRenderer()).renderChartPng(reply.chart);
  const payload = text(reply);
  const files = [
    {
      attachment: png,
      name: CHART_ATTACHMENT,
      description: clip(reply.chart.alt, DISCORD_MAX_ATTACHMENT_DESCRIPTION_CHARS),
    },
  ];
  const [embed, ...rest] = payload.embeds;
  return {
    ...payload,
    embeds: embed ? [{ ...embed, image: { url: `attachment://${CHART_ATTACHMENT}` } }, ...rest] : [],
    files,
  };
}

/** vega and resvg load with the first chart, not at start-up: a bot that never draws one never pays for them. */
const loadRenderer = () => import('../../chart/render.js');
