// Binds composeDigest to the loaded knowledge and the Store: stores the current snapshot once, and caches
// diffs by the old snapshot's hash because most channels share the same one.
import type { Knowledge } from '../knowledge/load.js';
import type { DigestState, Store, Subscription } from '../storage/store.js';
import { DigestCharts } from './chart.js';
import { type ComposedDigest, composeDigest, MAX_GAP_LINES } from './compose.js';
import { gapScopeFor } from './gaps.js';
import { buildRotationItems, type RotationItem } from './rotation.js';
import {
  diffKnowledge,
  type KnowledgeDiff,
  type KnowledgeSnapshot,
  serializeSnapshot,
  takeSnapshot,
} from './snapshot.js';

/** Composes digests for any subscription against the knowledge loaded at start. */
export interface DigestComposer {
  readonly snapshotHash: string;
  /** The state a new subscription starts from, so its first digest lists changes since subscribing. */
  baseline(): DigestState;
  compose(sub: Subscription, now: Date): Promise<ComposedDigest>;
}

const NO_CHANGES: KnowledgeDiff = { newEntities: [], newFigures: [], changedFigures: [], removedFigures: 0 };

/** Creates the composer and stores the current knowledge snapshot. */
export async function createDigestComposer(knowledge: Knowledge, store: Store): Promise<DigestComposer> {
  const { json, hash } = serializeSnapshot(takeSnapshot(knowledge));
  await store.putSnapshot(hash, json);
  const items: RotationItem[] = buildRotationItems(knowledge);
  const diffs = new Map<string, KnowledgeDiff | undefined>([[hash, NO_CHANGES]]);
  const charts = new DigestCharts(knowledge);

  const diffSince = async (oldHash: string | undefined): Promise<KnowledgeDiff | undefined> => {
    if (!oldHash) return undefined;
    if (!diffs.has(oldHash)) {
      const old = await store.getSnapshot(oldHash);
      diffs.set(oldHash, old ? diffKnowledge(JSON.parse(old) as KnowledgeSnapshot, knowledge) : undefined);
    }
    return diffs.get(oldHash);
  };

  return {
    snapshotHash: hash,
    baseline: () => ({ snapshotHash: hash, shown: [] }),
    async compose(sub, now) {
      const state = await store.getState(sub.id);
      // A channel sees the questions asked in it, or, when an admin turned it on, those of every public channel of
      // its workspace; DMs and private channels never reach another channel.
      const scope = sub.options.gaps ? await gapScopeFor(store, sub) : undefined;
      const since = state.lastSentAt ?? sub.createdAt;
      const gaps = scope
        ? { ...(await store.missesSince(since, scope, MAX_GAP_LINES)), workspace: 'publicChannels' in scope }
        : undefined;
      // Votes carry no workspace, so even with workspace-wide gaps a digest lists only its own channel's.
      const downvotes = scope
        ? await store.downvotesSince(since, { platform: sub.platform, channelId: sub.channelId }, MAX_GAP_LINES)
        : undefined;
      const diff = await diffSince(state.snapshotHash);
      return composeDigest({
        knowledge,
        items,
        currentHash: hash,
        subscription: sub,
        state,
        diff,
        gaps,
        downvotes,
        chart: charts.chartFor(sub, diff, now),
        now,
      });
    },
  };
}
