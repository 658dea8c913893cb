// Charts on Slack: the reply's chart rendered to PNG and uploaded with files.uploadV2 (needs files:write).
// Into the thread or channel an answer went to, it shows there with the caption as its comment. For an
// ephemeral /aiecon answer, or its shared copy posted through response_url, it is uploaded privately and
// shown by an image block referencing the file (slack_file), which needs no channel membership.
import type { webApi } from '@slack/bolt';
import type { Chart } from '../../core/types.js';
import { SLACK_MAX_IMAGE_ALT_TEXT } from './limits.js';
import { truncate } from './render.js';

/** The name the PNG carries in Slack. */
export const CHART_FILENAME = 'chart.png';

/** Where an uploaded chart is shared; none keeps it private to the app. */
export interface ChartDestination {
  channel: string;
  threadTs?: string;
}

/** Renders and uploads a chart; resolves with the Slack file id. Rejects with the Web API error (e.g. missing_scope). */
export async function uploadChart(
  client: webApi.WebClient,
  chart: Chart,
  destination?: ChartDestination,
  render: 'fresh' | 'shared' = 'fresh',
): Promise<string> {
  const renderer = await loadRenderer();
  // Digests post the same chart into many channels: their PNG is rendered once ('shared').
  const png =
    render === 'shared' ? await renderer.renderChartPngShared(chart) : (await renderer.renderChartPng(chart)).png;
  const share = destination
    ? {
        channel_id: destination.channel,
        ...(destination.threadTs ? { thread_ts: destination.threadTs } : {}),
        initial_comment: chart.caption,
      }
    : {};
  const result = (await client.files.uploadV2({
    file: png,
    filename: CHART_FILENAME,
    title: chart.title,
    alt_text: truncate(chart.alt, SLACK_MAX_IMAGE_ALT_TEXT),
    ...share,
  } as webApi.FilesUploadV2Arguments)) as { files?: Array<{ files?: Array<{ id?: string }> }> };
  const id = result.files?.[0]?.files?.[0]?.id;
  if (!id) throw new Error('files.uploadV2 returned no file id');
  return id;
}

/**
 * Private uploads per workspace client and chart object: the engine returns the same reply for a repeated question,
 * so one upload serves all in a workspace; a file uploaded in one workspace cannot be shown in another.
 */
export class PrivateChartUploads {
  private readonly byClient = new WeakMap<webApi.WebClient, WeakMap<Chart, Promise<string>>>();

  /** The file id of this chart's private upload, uploading once. A failed upload is forgotten so a later ask retries. */
  fileId(client: webApi.WebClient, chart: Chart): Promise<string> {
    let byChart = this.byClient.get(client);
    if (!byChart) {
      byChart = new WeakMap();
      this.byClient.set(client, byChart);
    }
    const known = byChart.get(chart);
    if (known) return known;
    const pending = uploadChart(client, chart);
    byChart.set(chart, pending);
    pending.catch(() => byChart.delete(chart));
    return pending;
  }
}

/** vega and resvg load with the first chart, not at start-up: a bot that never draws one never pays for them. */
const loadRenderer = () => import('../../chart/render.js');
