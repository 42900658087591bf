import type { NoteDigest } from '../model/digest';
import type { LinkResolver } from '../model/resolve';
import { linksOf } from '../model/roadmap';

const isNote = (path: string) => path.toLowerCase().endsWith('.md');

/**
 * The roadmap notes and the notes linked from them, up to `depth` hops, as far as the
 * digests read so far tell. `turn` is awaited after each note, so a vault of thousands of
 * roadmap notes never holds the event loop for long.
 */
export async function linkClosure(roots: Iterable<string>, digests: ReadonlyMap<string, NoteDigest>, resolver: LinkResolver, depth: number, turn: () => Promise<void>): Promise<Set<string>> {
  const wanted = new Set<string>(roots);
  let frontier = [...wanted];
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const from of frontier) {
      const digest = digests.get(from);
      for (const { resolved: target } of digest ? linksOf(digest, resolver) : []) {
        if (target && isNote(target) && !wanted.has(target)) {
          wanted.add(target);
          next.push(target);
        }
      }
      await turn();
    }
    frontier = next;
  }
  return wanted;
}
