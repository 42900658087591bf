import type { RoadmapAssembler } from '../model/roadmap';
import type { NoteError, Roadmap } from '../model/types';
import type { Snapshot } from './indexTypes';

/**
 * A published snapshot whose model is built when first read, and built again only if
 * nothing held the last one (a weak reference): a vault whose board and check-in are
 * closed keeps its roadmap notes packed, at a fraction of the objects' memory. A view
 * reads the model as soon as the snapshot arrives and holds it while open.
 */
export function readySnapshot(assembler: RoadmapAssembler, errors: NoteError[], revision: number): Snapshot {
  let built: WeakRef<Roadmap> | null = null;
  return {
    state: 'ready',
    errors,
    revision,
    get roadmap(): Roadmap {
      let roadmap = built?.deref();
      if (!roadmap) {
        roadmap = assembler.build();
        built = new WeakRef(roadmap);
      }
      return roadmap;
    },
  };
}
