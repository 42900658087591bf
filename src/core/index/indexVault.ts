import type { NoteError, Roadmap } from '../model/types';
import type { VaultPort } from '../ports';
import type { Settings } from '../settings';
import { LiveIndex, type LiveIndexOptions } from './liveIndex';

export interface IndexResult {
  roadmap: Roadmap;
  /** Notes that could not be read or parsed, or whose frontmatter is broken. */
  errors: NoteError[];
}

/**
 * Reads a vault into the model once (the CLI's way): the same LiveIndex the plugin keeps
 * running, built and read. Never writes.
 */
export async function indexVault(vault: VaultPort, settings: Settings, options: LiveIndexOptions = {}): Promise<IndexResult> {
  const index = new LiveIndex(vault, settings, options);
  await index.build();
  const { roadmap, errors } = index.snapshot;
  index.dispose();
  return { roadmap, errors };
}
