// What the process does on signals: SIGTERM/SIGINT drain (stop taking questions, finish the ones in flight,
// then close), SIGHUP reloads the knowledge and swaps the engine in one assignment, keeping the old one when
// the new folder does not load.
import { createEngine } from '../core/engine.js';
import type { Engine } from '../core/types.js';
import { type Knowledge, KnowledgeError, loadKnowledge } from '../knowledge/load.js';
import { log } from '../log.js';
import type { Dispatcher } from './dispatcher.js';
import type { Health } from './health.js';
import type { InFlight } from './in-flight.js';

/** What a shutdown closes, in order: intake first (no new questions), then, after the drain, the rest. */
export interface ShutdownPlan {
  health: Health;
  inFlight: InFlight;
  /** Stops receiving (Slack receiver, …); questions already received keep running. */
  stopIntake: Array<() => Promise<void>>;
  /** Closed once answers in flight finished or the grace ran out (gateway, store, health server). */
  closeAfter: Array<() => Promise<void>>;
  graceMs: number;
}

/** Drains and closes; resolves with whether every answer in flight finished within the grace. */
export async function shutdown(plan: ShutdownPlan, signal: string): Promise<boolean> {
  log.info('shutting down', { signal, inFlight: plan.inFlight.size, graceMs: plan.graceMs });
  plan.health.startDraining();
  const drained = plan.inFlight.drain(plan.graceMs);
  await Promise.allSettled(plan.stopIntake.map((stop) => stop()));
  const finished = await drained;
  if (finished) log.info('answers in flight finished');
  else log.warn('shutdown grace ran out with answers still in flight', { inFlight: plan.inFlight.size });
  for (const close of plan.closeAfter) await close().catch((err: unknown) => log.warn('close failed', { err }));
  return finished;
}

/** Builds an engine whose help lists the dispatcher's sub-commands. */
export function engineFor(knowledge: Knowledge, dispatcher: () => Dispatcher): Engine {
  return createEngine(knowledge, { extraCommands: () => dispatcher().extraCommands() });
}

/**
 * Loads `dir` afresh; on success the dispatcher answers with the new engine from the next question on and
 * `onKnowledge` (the digest) sees it too. A folder that fails to load changes nothing and the log says why.
 */
export async function reloadKnowledge(
  dir: string | undefined,
  dispatcher: Dispatcher,
  onKnowledge?: (knowledge: Knowledge) => Promise<void>,
): Promise<boolean> {
  const started = performance.now();
  let knowledge: Knowledge;
  let engine: Engine;
  try {
    knowledge = loadKnowledge(dir);
    engine = engineFor(knowledge, () => dispatcher);
    await onKnowledge?.(knowledge);
  } catch (err) {
    const problems = err instanceof KnowledgeError ? err.problems : [(err as Error).message];
    log.error('knowledge reload failed; still answering from the knowledge loaded before', { problems });
    return false;
  }
  dispatcher.replaceEngine(engine);
  log.info('knowledge reloaded', {
    entities: knowledge.entities.size,
    figures: knowledge.figureCount,
    ms: Math.round(performance.now() - started),
  });
  return true;
}
