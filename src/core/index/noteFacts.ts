import type { NoteScan } from '../parse/scan';

export interface FileStat {
  mtime: number;
  size: number;
}

/**
 * What the index knows of every note without parsing it — its scan (tags, flags) and the
 * mtime and size that make a cache entry valid — in one short string per note, about a
 * fifth of the memory of a scan object, its tag list and a stat object. (Most notes of a
 * vault are never parsed; at 100,000 notes this is most of what the index holds.)
 * Scans with broken frontmatter are rare and kept whole, for their message.
 */
export class NoteFacts {
  /** `mtime/size/flag` + tags joined by line breaks; mtime and size empty when unknown. */
  private readonly byPath = new Map<string, string>();
  private readonly broken = new Map<string, NoteScan>();

  /** Records a note's scan; `stat` undefined keeps the stat already known. */
  set(path: string, scan: NoteScan, stat?: FileStat | null): void {
    const known = stat === undefined ? this.stat(path) : stat;
    if (scan.frontmatterError) this.broken.set(path, scan);
    else this.broken.delete(path);
    // join builds one flat string; a template literal would leave a tree of string pieces.
    this.byPath.set(path, [known ? known.mtime : '', '/', known ? known.size : '', '/', scan.roadmapFlag ? 1 : 0, scan.tags.join('\n')].join(''));
  }

  /** Records a note's stat (null: unknown, e.g. it changed since it was listed). */
  setStat(path: string, stat: FileStat | null): void {
    const scan = this.scan(path);
    if (scan) this.set(path, scan, stat);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  scan(path: string): NoteScan | null {
    const broken = this.broken.get(path);
    if (broken) return broken;
    const facts = this.byPath.get(path);
    if (facts === undefined) return null;
    const at = facts.indexOf('/', facts.indexOf('/') + 1) + 1;
    const tags = facts.length > at + 1 ? facts.slice(at + 1).split('\n') : [];
    return { tags, roadmapFlag: facts[at] === '1', frontmatterError: null };
  }

  stat(path: string): FileStat | null {
    const facts = this.byPath.get(path);
    if (!facts || facts[0] === '/') return null;
    const [mtime, size] = facts.split('/', 2).map(Number);
    return { mtime, size };
  }

  delete(path: string): void {
    this.byPath.delete(path);
    this.broken.delete(path);
  }

  clear(): void {
    this.byPath.clear();
    this.broken.clear();
  }

  paths(): IterableIterator<string> {
    return this.byPath.keys();
  }
}
