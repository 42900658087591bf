import type { NoteDigest } from '../model/digest';
import type { WikiLink } from '../parse/types';

/**
 * The digests of the parsed notes, by path, with what the index needs to know about
 * their changes: their path order (kept until a note is added or dropped, not per edit)
 * and whether any change can have changed which notes are linked.
 */
export class DigestStore {
  private readonly byPath = new Map<string, NoteDigest>();
  private order: string[] | null = null;
  /** Set by a change that may change the linked notes; the index clears it when it has followed links. */
  linksDirty = true;

  get size(): number {
    return this.byPath.size;
  }

  get map(): ReadonlyMap<string, NoteDigest> {
    return this.byPath;
  }

  get(path: string): NoteDigest | undefined {
    return this.byPath.get(path);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  /** Keeps a note's digest; a change of its links is what makes links worth following. */
  set(path: string, digest: NoteDigest): void {
    const before = this.byPath.get(path);
    if (!before) this.order = null;
    if (!sameTargets(before?.links ?? [], digest.links)) this.linksDirty = true;
    this.byPath.set(path, digest);
  }

  drop(path: string): void {
    if (!this.byPath.delete(path)) return;
    this.order = null;
    this.linksDirty = true;
  }

  clear(): void {
    this.byPath.clear();
    this.order = null;
    this.linksDirty = true;
  }

  /** Whether `order` (from sortedPaths) still holds: no note was added or dropped since. */
  holds(order: readonly string[]): boolean {
    return this.order === order;
  }

  /** The paths in order; the same array until a note is added or dropped. */
  sortedPaths(): readonly string[] {
    this.order ??= [...this.byPath.keys()].sort();
    return this.order;
  }
}

/** Whether two notes' links name the same targets, in order. */
function sameTargets(a: readonly WikiLink[], b: readonly WikiLink[]): boolean {
  return a.length === b.length && a.every((link, i) => link.target === b[i].target && link.embed === b[i].embed);
}
