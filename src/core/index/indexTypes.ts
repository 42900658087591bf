import type { NoteError, Roadmap } from '../model/types';
import type { NoteScan } from '../parse/scan';
import type { Timers } from '../ports';
import type { IndexCache } from './indexCache';
import type { StatusDef } from '../model/statuses';

export interface LiveIndexOptions {
  /**
   * What is known about a note without reading it (the plugin answers from Obsidian's
   * metadata cache); null means "read and scan it".
   */
  knownScan?: (path: string) => NoteScan | null;
  /** Gives the event loop a turn; the index never holds it longer than between notes. */
  yieldNow?: () => Promise<void>;
  /** How long a burst of changes may settle before one update (ms). */
  settleMs?: number;
  /** Without timers a burst settles on a microtask (enough for the one-shot CLI). */
  timers?: Timers;
  /** A persistent cache: notes unchanged since it was saved are neither read nor parsed. */
  cache?: IndexCache;
  /** The Tasks plugin's statuses where it is installed (tasksPluginStatuses); they win over settings. */
  tasksStatuses?: ReadonlyMap<string, StatusDef> | null;
}

export type IndexState = 'loading' | 'ready';

export interface Snapshot {
  state: IndexState;
  roadmap: Roadmap;
  errors: NoteError[];
  /** Goes up by one with each published update. */
  revision: number;
}
