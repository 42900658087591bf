/**
 * Reads a list of files a few at a time ahead of their use, so that waiting on the disk
 * overlaps with scanning and parsing the notes already read (the cold index spends as
 * long waiting on reads as working). The window is small: at most `WINDOW` texts are
 * held that have not been asked for yet.
 */
export class ReadAhead {
  private readonly pending = new Map<string, Promise<string | null>>();
  private next = 0;

  constructor(
    private readonly read: (path: string) => Promise<string | null>,
    private readonly paths: readonly string[],
  ) {}

  /** The text of `path` (null when it could not be read); reads further ahead meanwhile. */
  async take(path: string): Promise<string | null> {
    this.fill();
    const promise = this.pending.get(path) ?? this.read(path);
    this.pending.delete(path);
    this.fill();
    return promise;
  }

  private fill(): void {
    while (this.next < this.paths.length && this.pending.size < WINDOW) {
      const path = this.paths[this.next++];
      this.pending.set(path, this.read(path));
    }
  }
}

const WINDOW = 8;
