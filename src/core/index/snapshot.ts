import type { NoteDigest } from '../model/digest';
import type { LinkResolver } from '../model/resolve';
import { RoadmapAssembler } from '../model/roadmap';
import type { NoteError, Roadmap } from '../model/types';
import type { Snapshot } from './indexTypes';
import type { Pacer } from './pacer';

/**
 * A published model, built when first read and held weakly: whoever reads it (a view)
 * holds it, and once nothing does it is let go and built again when asked. A vault whose
 * board and check-in are closed keeps its roadmap notes packed, at a fraction of the
 * objects' memory.
 */
export class LazyModel {
  private built: WeakRef<Roadmap> | null = null;

  constructor(private readonly assembler: RoadmapAssembler) {}

  /** The model if something still holds it. */
  held(): Roadmap | undefined {
    return this.built?.deref();
  }

  /** The model; built now, in one stretch, when nothing holds it. */
  get(): Roadmap {
    let roadmap = this.held();
    if (!roadmap) {
      roadmap = this.assembler.build();
      this.built = new WeakRef(roadmap);
    }
    return roadmap;
  }

  /** The model; when nothing holds it, built a note at a time with `turn` awaited between. */
  async inTurns(turn: () => Promise<void>): Promise<Roadmap> {
    if (!this.held()) while (this.assembler.buildAhead()) await turn();
    return this.get();
  }
}

export function readySnapshot(model: LazyModel, errors: NoteError[], revision: number): Snapshot {
  return {
    state: 'ready',
    errors,
    revision,
    get roadmap(): Roadmap {
      return model.get();
    },
  };
}

/**
 * The model of the digests in `order`, gathered a note at a time with a turn when due;
 * with `groupsNow` its groups are built too (for a view, which reads it at once), else
 * on first read, reusing `last`'s for unchanged notes while it is held. Null when
 * `stale()` after a turn.
 */
export async function gatherModel(order: readonly string[], digest: (path: string) => NoteDigest, resolver: LinkResolver, groupsNow: boolean, pace: Pacer, stale: () => boolean, last: LazyModel | null): Promise<LazyModel | null> {
  const assembler = new RoadmapAssembler(resolver, last?.held());
  // The clock is read every 64 notes here, where a note's part takes well under a
  // microsecond; building a note's groups can take a millisecond, so it is read after each.
  let n = 0;
  for (const path of order) {
    assembler.add(digest(path));
    if (++n % 64 || !pace.due()) continue;
    await pace.turn();
    if (stale()) return null;
  }
  while (groupsNow && assembler.buildAhead()) {
    if (!pace.due()) continue;
    await pace.turn();
    if (stale()) return null;
  }
  return new LazyModel(assembler);
}
