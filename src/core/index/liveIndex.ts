import { scanNote, type NoteScan } from '../parse/scan';
import { roleWords, type RoleWords } from '../model/columns';
import { StatusTable } from '../model/statuses';
import { LinkResolver } from '../model/resolve';
import type { NoteDigest } from '../model/digest';
import { linksOf } from '../model/roadmap';
import { isRoadmapNote, mentionsRoadmapTag } from '../model/selection';
import type { Roadmap } from '../model/types';
import type { VaultPort } from '../ports';
import type { LiveIndexOptions, Snapshot } from './indexTypes';
import { DigestStore } from './digestStore';
import { UpdateQueue } from './updateQueue';
import { readNoteDigest } from './readNote';
import type { Settings } from '../settings';
import { messageOf } from '../errors';
import { cacheData, loadEntries, saveEntries } from './cacheIO';
import { readable } from './indexCache';
import { linkClosure } from './linkClosure';
import { NoteFacts, type FileStat } from './noteFacts';
import { gatherModel } from './snapshot';
import { Pacer } from './pacer';

export type { IndexState, LiveIndexOptions, Snapshot } from './indexTypes';

const EMPTY: Roadmap = { notes: [], groups: [], checkins: [], links: [] };
const isNote = (path: string) => path.toLowerCase().endsWith('.md');

/**
 * The model, kept current as notes change. Each note is scanned once per change and
 * parsed only when it matters (a roadmap note, or one linked from one); a burst of
 * changes is coalesced into one update, published to subscribers once.
 */
export class LiveIndex {
  private files = new Set<string>();
  /** Each note's scan, and its mtime and size as last listed or stated (cache validity). */
  private facts = new NoteFacts();
  /** The roadmap notes by their own scan, kept as scans change (not recomputed per update). */
  private roadmapPaths = new Set<string>();
  private readonly pace: Pacer;
  /** What is kept of each parsed note: its part of the model (see digest.ts). */
  private docs = new DigestStore();
  /** The resolver every digest's links were last resolved with (see prepare()). */
  private preparedFor: LinkResolver | null = null;
  private errorsByPath = new Map<string, string>();
  /** Roadmap notes and the notes linked from them, as of the last update. */
  private linked = new Set<string>();
  /** Rebuilt only when the set of files changes, not on every edit of a note. */
  private resolverCache: LinkResolver | null = null;
  /** Counts changes of the file set (see build()). */
  private fileGeneration = 0;
  private readonly updates: UpdateQueue;
  private listeners = new Set<(snapshot: Snapshot) => void>();
  private words: RoleWords;
  /** What each task status character means (settings, and the Tasks plugin's where installed). */
  private statusTable: StatusTable;
  /** The column words and statuses as text: a cache built with others is not used. */
  private get wordsKey(): string {
    return JSON.stringify([this.settings.columnWords, this.statusTable.key]);
  }
  private disposed = false;
  private buildRun = 0;
  private building: Promise<void> = Promise.resolve();
  snapshot: Snapshot = { state: 'loading', roadmap: EMPTY, errors: [], revision: 0 };

  constructor(
    private readonly vault: VaultPort,
    private settings: Settings,
    private readonly options: LiveIndexOptions = {},
  ) {
    this.words = roleWords(settings.columnWords);
    this.statusTable = new StatusTable(settings.taskStatuses, options.tasksStatuses ?? null);
    this.pace = new Pacer(options.yieldNow);
    this.updates = new UpdateQueue((paths) => this.applyChanges(paths), options.timers ?? null, options.settleMs ?? 50);
  }

  /** The digest of every note parsed, by path. */
  get digests(): ReadonlyMap<string, NoteDigest> {
    return this.docs.map;
  }

  /** Calls `listener` with every published snapshot; returns the unsubscribe. */
  subscribe(listener: (snapshot: Snapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Indexes the whole vault, yielding between notes; publishes once at the end. One build
   * runs at a time, and a newer one supersedes an older one at the older's next turn:
   * settings changed in quick succession cost one build, and no two builds ever
   * interleave their work on the index.
   */
  build(): Promise<void> {
    const run = ++this.buildRun;
    const next = () => this.buildOnce(run);
    this.building = this.building.then(next, next);
    return this.building;
  }

  private async buildOnce(run: number): Promise<void> {
    const stale = () => this.disposed || run !== this.buildRun;
    if (stale()) return;
    const files = await this.vault.list();
    if (stale()) return;
    const cached = await loadEntries(this.options.cache, this.wordsKey);
    if (stale()) return;
    this.pace.restart();
    this.facts.clear();
    this.roadmapPaths.clear();
    this.docs.clear();
    this.errorsByPath.clear();
    this.linked = new Set();
    this.docs.linksDirty = true;
    // The file set and the resolver, a turn at a time (100,000 files take ~100 ms).
    this.files = new Set();
    const resolver = new LinkResolver();
    const generation = this.fileGeneration;
    for (const file of files) {
      this.files.add(file.path);
      resolver.add(file.path);
      if (this.pace.due()) await this.pace.turn();
      if (stale()) return;
    }
    // A file created meanwhile is in the set but not in this resolver: build it anew then.
    this.resolverCache = generation === this.fileGeneration ? resolver : null;
    const isHit = (file: { path: string; mtime: number; size: number }) => {
      const hit = cached.get(file.path);
      // A note with broken frontmatter is read again: its error is reported from its text;
      // so is one whose cached groups are damaged.
      return hit && hit.mtime === file.mtime && hit.size === file.size && !hit.scan.frontmatterError && (!hit.digest || readable(hit.digest)) ? hit : null;
    };
    for (const file of files) {
      if (stale()) return;
      if (!isNote(file.path)) continue;
      const stat = { mtime: file.mtime, size: file.size };
      const hit = isHit(file);
      if (hit) {
        this.setScan(file.path, hit.scan, stat);
        if (hit.digest) this.docs.set(file.path, hit.digest);
        if (this.pace.due()) await this.pace.turn();
      } else await this.refreshNote(file.path, false, stat);
    }
    await this.followLinks(stale);
    if (stale()) return;
    await this.prepare();
    if (stale()) return;
    await this.publish();
  }

  /**
   * A note or file was created or modified. `now`: the plugin's own write, applied
   * without waiting for a burst of changes to settle.
   */
  changed(path: string, now = false): void {
    if (!this.files.has(path)) this.filesChanged();
    this.files.add(path);
    this.facts.setStat(path, null);
    if (now && !this.disposed && isNote(path)) this.updates.addNow(path);
    else this.schedule(path);
  }

  /** Saves what the index holds for the next start (notes whose size and mtime are known). */
  async saveCache(): Promise<void> {
    if (!this.options.cache || this.disposed) return;
    await saveEntries(this.options.cache, cacheData(this.facts, this.docs.map, this.wordsKey));
  }

  deleted(path: string): void {
    this.files.delete(path);
    this.filesChanged();
    this.facts.delete(path);
    this.roadmapPaths.delete(path);
    this.docs.drop(path);
    this.errorsByPath.delete(path);
    this.docs.linksDirty = true;
    this.schedule(null);
  }

  renamed(oldPath: string, newPath: string): void {
    this.files.delete(oldPath);
    this.facts.delete(newPath);
    this.files.add(newPath);
    this.filesChanged();
    this.facts.delete(oldPath);
    this.roadmapPaths.delete(oldPath);
    this.docs.drop(oldPath);
    this.errorsByPath.delete(oldPath);
    this.docs.linksDirty = true;
    this.schedule(newPath);
  }

  updateSettings(settings: Settings, tasksStatuses: LiveIndexOptions['tasksStatuses'] = this.options.tasksStatuses): Promise<void> {
    this.settings = settings;
    this.options.tasksStatuses = tasksStatuses;
    this.words = roleWords(settings.columnWords);
    this.statusTable = new StatusTable(settings.taskStatuses, tasksStatuses ?? null);
    return this.build();
  }

  /** Takes the Tasks plugin's statuses for the next build (which the caller starts). */
  setTasksStatuses(tasksStatuses: LiveIndexOptions['tasksStatuses']): void {
    this.options.tasksStatuses = tasksStatuses;
    this.statusTable = new StatusTable(this.settings.taskStatuses, tasksStatuses ?? null);
  }

  /** What each task status character means now: edits toggle by it too. */
  get statuses(): StatusTable {
    return this.statusTable;
  }

  /** Resolves once the first build has been published. */
  ready(): Promise<void> {
    if (this.snapshot.state === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      const off = this.subscribe((snapshot) => {
        if (snapshot.state !== 'ready') return;
        off();
        resolve();
      });
    });
  }

  /** Resolves once every scheduled change has been applied and published. */
  settled(): Promise<void> {
    return this.updates.settled();
  }

  dispose(): void {
    this.disposed = true;
    this.updates.stop();
    this.listeners.clear();
  }

  private schedule(path: string | null): void {
    if (!this.disposed) this.updates.add(path && isNote(path) ? path : null);
  }

  private filesChanged(): void {
    this.fileGeneration++;
    this.resolverCache = null;
    this.docs.linksDirty = true;
  }

  private get resolver(): LinkResolver {
    this.resolverCache ??= new LinkResolver(this.files);
    return this.resolverCache;
  }

  /** One update: the changed notes read again, links followed, the model published. */
  private async applyChanges(paths: string[]): Promise<void> {
    for (const path of paths) {
      if (this.disposed) return;
      if (this.files.has(path)) await this.refreshNote(path);
    }
    await this.followLinks();
    await this.prepare();
    await this.publish();
  }

  /** Re-reads one note: scan, then parse when it is a roadmap note or linked from one. */
  private async refreshNote(path: string, force = false, listed?: FileStat): Promise<void> {
    let scan = force ? null : this.options.knownScan?.(path) ?? null;
    let text: string | null = null;
    // A scan of the text itself, when we have one; a cache answer is not one (it cannot
    // tell broken frontmatter), so the text is scanned once more before parsing.
    let textScan: NoteScan | null = null;
    // A note re-read after a change is stated first: a stat older than the text read
    // makes its cache entry stale (read again next start), never wrong.
    const stat = listed ?? (this.facts.stat(path) ? undefined : ((await this.vault.stat?.(path)) ?? null));
    if (!scan) {
      text ??= await this.read(path);
      if (text === null) return;
      scan = textScan = scanNote(text);
    }
    this.setScan(path, scan, stat && { mtime: stat.mtime, size: stat.size });
    const wanted = force || isRoadmapNote(path, scan, this.settings) || this.linked.has(path);
    if (!wanted) {
      this.docs.drop(path);
      this.errorsByPath.delete(path);
      // Broken frontmatter hides a note's tags: when it names a roadmap tag, say so
      // rather than silently leaving the note off the board.
      if (text !== null && scan.frontmatterError && mentionsRoadmapTag(text, this.settings.roadmapTags)) this.errorsByPath.set(path, scan.frontmatterError);
      return;
    }
    text ??= await this.read(path);
    if (text === null) return;
    try {
      const read = await readNoteDigest(path, text, textScan ?? scanNote(text), this.words, this.statusTable, this.options.yieldNow);
      if ('refused' in read) {
        this.docs.drop(path);
        this.errorsByPath.set(path, read.refused);
        return;
      }
      const doc = read.digest;
      this.docs.set(path, doc);
      // A roadmap note's targets are parsed as they are read later in the same pass,
      // rather than read a second time when links are followed.
      if (this.settings.linkDepth >= 1 && this.roadmapPaths.has(path)) for (const { resolved } of linksOf(doc, this.resolver)) if (resolved) this.linked.add(resolved);
      const problem = doc.frontmatterError ?? doc.unread;
      if (problem) this.errorsByPath.set(path, problem);
      else this.errorsByPath.delete(path);
    } catch (error) {
      // A note that fails keeps its last data; the rest goes on.
      this.errorsByPath.set(path, messageOf(error));
    }
    await this.options.yieldNow?.();
  }

  private async read(path: string): Promise<string | null> {
    try {
      return await this.vault.read(path);
    } catch (error) {
      this.errorsByPath.set(path, messageOf(error));
      return null;
    }
  }

  private setScan(path: string, scan: NoteScan, stat?: FileStat | null): void {
    this.facts.set(path, scan, stat);
    const roadmap = isRoadmapNote(path, scan, this.settings);
    if (roadmap !== this.roadmapPaths.has(path)) this.docs.linksDirty = true;
    if (roadmap) this.roadmapPaths.add(path);
    else this.roadmapPaths.delete(path);
  }

  /** Parses newly linked notes, drops notes no longer wanted; repeats until stable. */
  private async followLinks(stale: () => boolean = () => this.disposed): Promise<void> {
    // An edit that changed no note's links, no roadmap note and no file leaves the
    // linked notes as they were: the closure is not walked again.
    if (!this.docs.linksDirty) return;
    this.docs.linksDirty = false;
    for (let round = 0; round <= this.settings.linkDepth; round++) {
      const wanted = await linkClosure(this.roadmapPaths, this.docs.map, this.resolver, this.settings.linkDepth, () => this.pace.turn());
      if (stale()) return;
      this.linked = wanted;
      let added = false;
      for (const path of wanted) {
        if (!this.docs.has(path) && this.files.has(path) && !this.errorsByPath.has(path)) {
          await this.refreshNote(path, true);
          if (stale()) return;
          added = true;
        }
      }
      for (const path of this.docs.paths()) if (!wanted.has(path)) this.docs.drop(path);
      this.docs.linksDirty = false;
      if (!added) return;
    }
  }

  /**
   * Resolves each note's links ahead of publish, a turn at a time — when the files
   * changed; otherwise only new digests lack resolved links, and publish resolves those.
   */
  private async prepare(): Promise<void> {
    const resolver = this.resolver;
    if (this.preparedFor === resolver) return;
    for (const doc of this.docs.map.values()) {
      linksOf(doc, resolver);
      if (this.pace.due()) await this.pace.turn();
    }
    this.preparedFor = resolver;
  }

  /** Gathers the model (see gatherModel), then publishes it at once. */
  private async publish(): Promise<void> {
    if (this.disposed) return;
    const order = this.docs.sortedPaths();
    const roadmap = await gatherModel(order, (path) => this.docs.get(path)!, this.resolver, this.pace, () => this.disposed || !this.docs.holds(order));
    // Null: a rebuild started meanwhile (new settings); it publishes when it is done.
    if (!roadmap) return;
    const errors = [...this.errorsByPath].map(([path, message]) => ({ path, message })).sort((a, b) => (a.path < b.path ? -1 : 1));
    this.snapshot = { state: 'ready', roadmap, errors, revision: this.snapshot.revision + 1 };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
