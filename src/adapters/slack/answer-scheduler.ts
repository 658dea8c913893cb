// When answers are computed. The engine answers on the event loop that also acknowledges Slack's requests, so
// during a burst every answer computed before an ack delays that ack (Slack gives up after 3 s). An idle app
// answers at once (a slash command's answer then rides in its ack, one round trip sooner); a busy one acks
// first and queues the answer, and queued answers run one per event-loop turn, so the acks of requests that
// arrived meanwhile go out between two answers. Busy means: answers already wait, or another request arrived in
// the same event-loop turn (requests that piled up while an answer was computed are read in one turn).

/** Answers waiting at most; past it an answer is computed before its ack, which slows intake to what the CPU answers. */
export const MAX_QUEUED_ANSWERS = 5_000;

/** Decides per request whether to answer now or after the ack, and runs the queued answers in arrival order. */
export class AnswerScheduler {
  private readonly queue: Array<() => void> = [];
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
          task().then(resolve, reject);
        } catch (err) {
          reject(err);
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
    next();
    // The next answer waits for the next turn, after the poll phase has acked what arrived meanwhile.
    setImmediate(this.step);
  };
}
