// A bounded memo of a pure function of a string that keeps what is used often. A plain map cleared when full
// forgets the knowledge's own phrases (cue words, names, aliases), which every question keys again, as soon as a
// few long questions fill it; here a full map becomes the older generation, and an entry found there moves back
// to the newer one, so phrases asked of on every question stay while one question's spans age out.

/** Values of a pure function of a string key, at most two generations of `size` entries each. */
export class RecentMemo<V> {
  private now = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(
    private readonly size: number,
    private readonly compute: (key: string) => V,
  ) {}

  get(key: string): V {
    let value = this.now.get(key);
    if (value !== undefined || this.now.has(key)) return value as V;
    value = this.old.get(key);
    if (value === undefined && !this.old.has(key)) value = this.compute(key);
    if (this.now.size >= this.size) {
      this.old = this.now;
      this.now = new Map();
    }
    this.now.set(key, value as V);
    return value as V;
  }
}
