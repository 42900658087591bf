/**
 * Reads a list of files a few at a time ahead of their use, so that waiting on the disk
 * overlaps with scanning and parsing the notes already read (the cold index spends as
 * long waiting on reads as working). The window is small: at most `WINDOW` texts are
 * held that have not been asked for yet.
 */
export class ReadAhead<F extends { path: string }> {
  private readonly pending = new Map<string, Promise<string | null>>();
  private next = 0;

  /** Reads, in order, the entries of `files` that `wanted` accepts (checked as it goes). */
  constructor(
    private readonly read: (path: string) => Promise<string | null>,
    private readonly files: readonly F[],
    private readonly wanted: (file: F) => boolean,
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
    while (this.next < this.files.length && this.pending.size < WINDOW) {
      const file = this.files[this.next++];
      if (this.wanted(file)) this.pending.set(file.path, this.read(file.path));
    }
  }
}

const WINDOW = 8;
