// Answers in flight, so a graceful shutdown can stop taking new questions and still finish the ones it has.

/** Tracks work that must finish before the process exits. */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private closing = false;

  /** False once shutdown began: adapters that cannot stop their intake (a gateway) drop new questions. */
  get accepting(): boolean {
    return !this.closing;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Registers `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    work.then(
      () => this.pending.delete(work),
      () => this.pending.delete(work),
    );
    return work;
  }

  /** Stops accepting and waits for what is in flight, at most `timeoutMs`; true when everything finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(resolve, timeoutMs, false);
    });
    const all = (async () => {
      // Work started while draining (a listener already past intake) is waited for too.
      while (this.pending.size) await Promise.allSettled([...this.pending]);
      return true as const;
    })();
    try {
      return await Promise.race([all, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
