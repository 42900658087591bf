import type { NoteDigest } from '../model/digest';
import type { LinkResolver } from '../model/resolve';
import { RoadmapAssembler } from '../model/roadmap';
import type { Roadmap } from '../model/types';
import type { Pacer } from './pacer';

/**
 * The model of the digests in `order`, gathered a note at a time with a turn when due
 * (the clock is read every 64 notes: a note's part takes well under a microsecond).
 * Null when `stale()` after a turn.
 */
export async function gatherModel(order: readonly string[], digest: (path: string) => NoteDigest, resolver: LinkResolver, pace: Pacer, stale: () => boolean): Promise<Roadmap | null> {
  const assembler = new RoadmapAssembler(resolver);
  let n = 0;
  for (const path of order) {
    assembler.add(digest(path));
    if (++n % 64 || !pace.due()) continue;
    await pace.turn();
    if (stale()) return null;
  }
  return assembler.build();
}
