// When answers are computed. The engine answers on the event loop that also acknowledges Slack's requests, so
// during a burst every answer computed before an ack delays that ack (Slack gives up after 3 s). An idle app
// answers at once (a slash command's answer then rides in its ack, one round trip sooner); a busy one acks
// first and queues the answer. Queued answers run one per event-loop turn, and while requests keep arriving they
// take at most ANSWER_SHARE of the loop (each waits in proportion to what the one before cost), so acks keep
// going out at nearly the pace of an app that only acks; once the burst ends, the queue runs back to back.
// Busy means: answers already wait, or another request arrived in the same event-loop turn (requests that
// piled up while an answer was computed are read in one turn).
import { performance } from 'node:perf_hooks';

/** Answers waiting at most; past it an answer is computed before its ack, which slows intake to what the CPU answers. */
export const MAX_QUEUED_ANSWERS = 5_000;
/** Share of the event loop queued answers may take while requests keep arriving. */
export const ANSWER_SHARE = 0.2;
/** A request this recent means the burst goes on. */
const ARRIVING_MS = 50;
/** Longest pause between two queued answers, however costly the last one was. */
const MAX_PAUSE_MS = 50;

/** Decides per request whether to answer now or after the ack, and runs the queued answers in arrival order. */
export class AnswerScheduler {
  private readonly queue: Array<() => Promise<void>> = [];
  private lastArrival = Number.NEGATIVE_INFINITY;
  private arrivalsThisTurn = 0;
  private turnResetPending = false;
  private draining = false;

  /** Answers waiting for their turn. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Called once per request: true when answering now would hold back acks, i.e. answers are already waiting or
   * another request arrived in this event-loop turn (a burst), and the queue has room. */
  shouldDefer(): boolean {
    this.lastArrival = performance.now();
    this.arrivalsThisTurn++;
    if (!this.turnResetPending) {
      this.turnResetPending = true;
      setImmediate(() => {
        this.arrivalsThisTurn = 0;
        this.turnResetPending = false;
      });
    }
    const busy = this.queue.length > 0 || this.arrivalsThisTurn > 1;
    return busy && this.queue.length < MAX_QUEUED_ANSWERS;
  }

  /** Runs `task` once the answers queued before it have started, one per event-loop turn; settles as it does. */
  later<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => {
        try {
          const running = task();
          running.then(resolve, reject);
          return running.then(
            () => undefined,
            () => undefined,
          );
        } catch (err) {
          reject(err);
          return Promise.resolve();
        }
      });
      if (!this.draining) {
        this.draining = true;
        setImmediate(this.step);
      }
    });
  }

  private readonly step = (): void => {
    const next = this.queue.shift();
    if (!next) {
      this.draining = false;
      return;
    }
    const started = performance.now();
    let scheduled = false;
    const scheduleNext = () => {
      if (scheduled) return;
      scheduled = true;
      const now = performance.now();
      const pause =
        now - this.lastArrival < ARRIVING_MS
          ? Math.min(((now - started) * (1 - ANSWER_SHARE)) / ANSWER_SHARE, MAX_PAUSE_MS)
          : 0;
      // At least the next turn, after the poll phase has acked what arrived meanwhile.
      if (pause >= 1) setTimeout(this.step, pause);
      else setImmediate(this.step);
    };
    // The answer's computing ends with the microtasks after this callback; one still pending at the next turn waits
    // on I/O (a store, a Slack lookup) and holds nothing up.
    void next().then(scheduleNext);
    setImmediate(scheduleNext);
  };
}
