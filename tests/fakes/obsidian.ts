/**
 * A small, faithful stand-in for the `obsidian` module (types-only on npm), aliased in
 * vitest. Only what the adapter uses, behaving as Obsidian does (docs/OBSIDIAN.md):
 * - vault events in Obsidian's order (create/modify/delete/rename), an atomic `process`;
 * - the metadata cache filled asynchronously: after `modify` it still answers for the old
 *   text until its `changed` event, a macrotask later (`settleMetadata()` waits for it);
 *   frontmatter it cannot parse leaves `frontmatterPosition` and no `frontmatter`;
 * - Markdown views in `source` (editing / Live Preview) or `preview` (Reading) mode; an
 *   editor transaction reaches the file only on the view's debounced save, two seconds
 *   later (`MarkdownView.saveDelayMs`; `flushSaves()` runs the pending ones now);
 * - a workspace whose layout becomes ready when the test says, with an active leaf.
 */
import { StateField } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { parse } from 'yaml';
import { formatDate } from '../../src/core/checkin/dateFormat';

// Listeners take the event's own arguments; the fake stores them untyped, as Events does.
type Callback = (...args: never[]) => unknown;
type Stored = (...args: unknown[]) => unknown;
export interface EventRef {
  owner: Events;
  name: string;
  callback: Callback;
}

export class Events {
  private handlers = new Map<string, Set<Stored>>();
  on(name: string, callback: Callback): EventRef {
    if (!this.handlers.has(name)) this.handlers.set(name, new Set());
    this.handlers.get(name)!.add(callback as Stored);
    return { owner: this, name, callback };
  }
  offref(ref: EventRef): void {
    this.handlers.get(ref.name)?.delete(ref.callback as Stored);
  }
  trigger(name: string, ...args: unknown[]): void {
    for (const callback of [...(this.handlers.get(name) ?? [])]) callback(...args);
  }
  listenerCount(): number {
    return [...this.handlers.values()].reduce((n, set) => n + set.size, 0);
  }
}

export class TAbstractFile {
  constructor(public path: string) {}
  get name(): string {
    return this.path.slice(this.path.lastIndexOf('/') + 1);
  }
}
export class TFolder extends TAbstractFile {
  /** The vault's root folder, whose path is "/" as in Obsidian. */
  isRoot(): boolean {
    return this.path === '/';
  }
}
export class TFile extends TAbstractFile {
  stat = { mtime: 0, ctime: 0, size: 0 };
  get basename(): string {
    return this.name.replace(/\.[^.]*$/, '');
  }
  get extension(): string {
    return this.name.slice(this.name.lastIndexOf('.') + 1);
  }
}

export class Vault extends Events {
  readonly contents = new Map<string, string>();
  readonly files = new Map<string, TFile>();
  readonly reads: string[] = [];
  processCalls = 0;
  configDir = '.obsidian';
  getName(): string {
    return 'Test vault';
  }
  private time = 1;

  constructor(private readonly cache: MetadataCache) {
    super();
    cache.files = this.files;
  }
  /**
   * Adds a file as if it existed at start-up (no event, as before layout ready). With
   * `cached: false` the metadata cache has nothing for it yet, as on a first open:
   * `metadataCache.coldStart()` then fills it, one `changed` per note.
   */
  seed(path: string, text: string, options: { cached?: boolean } = {}): TFile {
    const file = new TFile(path);
    this.files.set(path, file);
    this.store(file, text);
    if (options.cached === false) this.cache.uncached.set(file, text);
    else this.cache.index(file, text);
    return file;
  }
  private store(file: TFile, text: string): void {
    this.contents.set(file.path, text);
    file.stat = { mtime: this.time++, ctime: file.stat.ctime || this.time, size: text.length };
  }
  getFiles(): TFile[] {
    return [...this.files.values()];
  }
  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }
  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(path) ?? (this.folders.has(path) ? new TFolder(path) : null);
  }
  async cachedRead(file: TFile): Promise<string> {
    this.reads.push(file.path);
    return this.contents.get(file.path)!;
  }
  async read(file: TFile): Promise<string> {
    return this.cachedRead(file);
  }
  /** Folders made with createFolder (Obsidian refuses to create a note in a missing one). */
  readonly folders = new Set<string>();
  async createFolder(path: string): Promise<void> {
    // One name, one thing: a folder and a note never share a path.
    if (this.folders.has(path) || this.files.has(path)) throw new Error('Folder already exists.');
    this.folders.add(path);
  }
  /** Files of the config folder, which are not notes: read through the adapter. */
  readonly configFiles = new Map<string, string>();
  adapter = {
    read: async (path: string): Promise<string> => {
      const text = this.configFiles.get(path);
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    write: async (path: string, data: string): Promise<void> => {
      this.configFiles.set(path, data);
    },
  };
  async create(path: string, text: string): Promise<TFile> {
    if (this.files.has(path) || this.folders.has(path)) throw new Error('File already exists.');
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (folder && !this.folders.has(folder) && ![...this.files.keys()].some((p) => p.startsWith(`${folder}/`))) throw new Error(`Folder ${folder} does not exist.`);
    const file = new TFile(path);
    this.files.set(path, file);
    this.store(file, text);
    this.trigger('create', file);
    this.cache.reindexLater(file, text);
    return file;
  }
  async modify(file: TFile, text: string): Promise<void> {
    this.store(file, text);
    this.trigger('modify', file);
    this.cache.reindexLater(file, text);
  }
  /**
   * Atomic: nothing can change the file between reading and writing it. Whether Obsidian
   * writes when the callback returns the text unchanged is undocumented; the fake writes
   * (a `modify`, a new mtime), the unkinder answer, so code must not count on it.
   */
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    this.processCalls++;
    const before = this.contents.get(file.path);
    if (before === undefined) throw new Error(`${file.path} does not exist`);
    const after = fn(before);
    await this.modify(file, after);
    return after;
  }
  /** The file is deleted by something else (the user, sync, another program). */
  async deletedOutside(file: TFile): Promise<void> {
    this.files.delete(file.path);
    this.contents.delete(file.path);
    this.trigger('delete', file);
  }
  async rename(file: TFile, newPath: string): Promise<void> {
    const oldPath = file.path;
    const text = this.contents.get(oldPath)!;
    this.files.delete(oldPath);
    this.contents.delete(oldPath);
    file.path = newPath;
    this.files.set(newPath, file);
    this.store(file, text);
    this.cache.index(file, text);
    this.trigger('rename', file, oldPath);
  }
}

export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: { start: { offset: number }; end: { offset: number } };
  tags?: { tag: string }[];
}

export class MetadataCache extends Events {
  private caches = new Map<string, CachedMetadata>();
  private pending = new Set<Promise<void>>();
  /** As Obsidian: the cache answers for the old text until it has parsed the new one, then `changed`. */
  reindexLater(file: TFile, text: string): void {
    const done = new Promise<void>((resolve) =>
      setTimeout(() => {
        this.pending.delete(done);
        // A file deleted or rewritten meanwhile: only its latest text counts.
        if (this.files?.get(file.path) === file) {
          this.index(file, text);
          this.trigger('changed', file, text, this.getFileCache(file));
        }
        resolve();
      }, 0),
    );
    this.pending.add(done);
  }
  /** Notes seeded without a cache entry (a cold start), waiting for `coldStart()`. */
  readonly uncached = new Map<TFile, string>();
  /** Fills the cache of a cold start asynchronously: one `changed` per note. */
  coldStart(): void {
    for (const [file, text] of this.uncached) this.reindexLater(file, text);
    this.uncached.clear();
  }
  /** Resolves once every pending `changed` has fired. */
  async settleMetadata(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
  index(file: TFile, text: string): void {
    const cache: CachedMetadata = {};
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (fm) {
      cache.frontmatterPosition = { start: { offset: 0 }, end: { offset: fm[0].length } };
      try {
        cache.frontmatter = (parse(fm[1]) as Record<string, unknown> | null) ?? undefined;
      } catch {
        /* Obsidian keeps the position but no frontmatter for invalid YAML */
      }
    }
    const body = fm ? text.slice(fm[0].length) : text;
    const tags = [...body.matchAll(/(?:^|\s)(#[\p{L}_/-][\p{L}\p{N}_/-]*)/gu)].map((m) => ({ tag: m[1] }));
    // As Obsidian: a note without tags has no `tags` at all, not an empty list.
    if (tags.length) cache.tags = tags;
    this.caches.set(file.path, cache);
  }
  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }
  /** Obsidian's link resolution, reduced to what views use: by path, then by name. */
  getFirstLinkpathDest(linkpath: string, _source: string): TFile | null {
    const name = linkpath.replace(/#.*$/, '').replace(/\.md$/i, '').toLowerCase();
    const paths = [...this.caches.keys()];
    const found = paths.find((p) => p.toLowerCase() === `${name}.md`) ?? paths.find((p) => p.toLowerCase().endsWith(`/${name}.md`) || p.toLowerCase() === `${name}.md`);
    return found ? (this.files?.get(found) ?? null) : null;
  }
  files: Map<string, TFile> | null = null;
}

export interface EditorPosition {
  line: number;
  ch: number;
}

/** An editor over a note's text; its text may differ from the file (unsaved edits). */
export class Editor {
  transactions = 0;
  cursor: EditorPosition = { line: 0, ch: 0 };
  /** Set by the Markdown view the editor belongs to: a change asks it to save (debounced). */
  onChange: (() => void) | null = null;
  constructor(public text: string) {}
  getValue(): string {
    return this.text;
  }
  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }
  getCursor(): EditorPosition {
    return this.cursor;
  }
  offsetToPos(offset: number): EditorPosition {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: before[before.length - 1].length };
  }
  posToOffset(pos: EditorPosition): number {
    const lines = this.text.split('\n');
    return lines.slice(0, pos.line).reduce((n, l) => n + l.length + 1, 0) + pos.ch;
  }
  /** Texts before each transaction: CodeMirror's history, one step per transaction. */
  private history: string[] = [];
  /** Mod+Z: reverts the last transaction as one step. */
  undo(): void {
    const before = this.history.pop();
    if (before === undefined) return;
    this.text = before;
    this.onChange?.();
  }
  transaction(tx: { changes?: { from: EditorPosition; to?: EditorPosition; text: string }[] }): void {
    this.transactions++;
    this.history.push(this.text);
    const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: c.text }));
    for (const c of changes.sort((a, b) => b.from - a.from)) this.text = this.text.slice(0, c.from) + c.text + this.text.slice(c.to);
    this.onChange?.();
  }
  replaceRange(text: string, from: EditorPosition, to?: EditorPosition): void {
    this.transaction({ changes: [{ from, to, text }] });
  }
  replaceSelection(text: string): void {
    this.replaceRange(text, this.cursor);
  }
}

/**
 * Obsidian's Editor over a real CodeMirror view, as a Live Preview editor is: its text is
 * the view's document, a transaction is one dispatch (one undo step in the view's
 * history), and every change asks its Markdown view to save (debounced). The view must
 * call `changed()` from an update listener (`listener(editor)`).
 */
export class CodeMirrorEditor extends Editor {
  constructor(public view: EditorView) {
    super(view.state.doc.toString());
  }
  override getValue(): string {
    return this.view.state.doc.toString();
  }
  override transaction(tx: { changes?: { from: EditorPosition; to?: EditorPosition; text: string }[] }): void {
    this.transactions++;
    const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), insert: c.text }));
    this.view.dispatch({ changes, userEvent: 'input' });
  }
  /** The view's document changed: the text follows it and the view is asked to save. */
  changed(): void {
    this.text = this.view.state.doc.toString();
    this.onChange?.();
  }
}

export class Component {
  private cleanups: (() => void)[] = [];
  register(callback: () => void): void {
    this.cleanups.push(callback);
  }
  registerEvent(ref: EventRef): void {
    this.register(() => ref.owner.offref(ref));
  }
  unload(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}

/** Views: a leaf holds one; an ItemView gets a real element when there is a DOM. */
export class View extends Component {
  constructor(public leaf: WorkspaceLeaf | null = null) {
    super();
  }
  get app(): App {
    return this.leaf!.workspace.app;
  }
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(_state: unknown, _result: unknown): Promise<void> {}
  async onOpen(): Promise<void> {}
  async onClose(): Promise<void> {}
}
export class ItemView extends View {
  contentEl: HTMLElement = (typeof document === 'undefined' ? {} : document.createElement('div')) as HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
  }
}
const pendingSaves = new Set<MarkdownView>();
/** Runs every pending debounced save now (as if two seconds had passed). */
export async function flushSaves(): Promise<void> {
  for (const view of [...pendingSaves]) await view.save();
}

export class MarkdownView extends View {
  /** Obsidian's "debounced save in 2 seconds" (d.ts of requestSave). */
  static saveDelayMs = 2000;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  saves = 0;
  constructor(
    public file: TFile | null,
    public editor: Editor,
    /** `source`: editing or Live Preview; `preview`: Reading mode (the editor is hidden). */
    public mode: 'source' | 'preview' = 'source',
  ) {
    super();
    editor.onChange = () => this.requestSave();
  }
  getMode(): 'source' | 'preview' {
    return this.mode;
  }
  getViewType(): string {
    return 'markdown';
  }
  requestSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    pendingSaves.add(this);
    this.saveTimer = setTimeout(() => void this.save(), MarkdownView.saveDelayMs);
  }
  /** Writes the editor's text to the file, as the debounced save does. */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    pendingSaves.delete(this);
    const vault = this.leaf?.workspace.app.vault;
    if (!vault || !this.file) return;
    this.saves++;
    if (vault.contents.get(this.file.path) !== this.editor.text) await vault.modify(this.file, this.editor.text);
  }
  override unload(): void {
    if (this.saveTimer) void this.save();
    super.unload();
  }
}
/** A view not loaded yet: a background tab restored at start-up (1.7+). */
export class DeferredView extends View {
  constructor(readonly type: string) {
    super();
  }
  getViewType(): string {
    return this.type;
  }
}

export class WorkspaceLeaf {
  workspace!: Workspace;
  /** What `getLeaf` was given when it made this leaf (tests read it). */
  askedAs: boolean | 'tab' | 'split' | 'window' | 'right' | 'right split' = false;
  /** Whether the last `setViewState` asked for the leaf to become active. */
  madeActive = false;
  /** Loads a deferred view, as `revealLeaf` and `loadIfDeferred` do. */
  async loadIfDeferred(): Promise<void> {
    if (this.view instanceof DeferredView) await this.setViewState({ type: this.view.type });
  }
  constructor(
    public view: View,
    public side: 'main' | 'right' = 'main',
  ) {}
  /** As Obsidian: builds the registered view of the type, opens it, hands it its state. */
  async setViewState(state: { type: string; active?: boolean; state?: unknown }): Promise<void> {
    const create = this.workspace.viewCreators.get(state.type);
    if (!create) throw new Error(`no view of type ${state.type}`);
    this.view = create(this);
    this.madeActive = state.active === true;
    await this.view.onOpen();
    if (state.state) await this.view.setState(state.state, {});
  }
  async openFile(file: TFile, options: { eState?: unknown } = {}): Promise<void> {
    this.workspace.opened.push({ path: file.path, eState: options.eState ?? null, side: this.side });
  }
  async detach(): Promise<void> {
    await this.view.onClose();
    this.view.unload();
    this.workspace.leaves = this.workspace.leaves.filter((leaf) => leaf !== this);
  }
}

export class Workspace extends Events {
  leaves: WorkspaceLeaf[] = [];
  viewCreators = new Map<string, (leaf: WorkspaceLeaf) => View>();
  opened: { path: string; eState: unknown; side: string; newLeaf?: unknown }[] = [];
  revealed: WorkspaceLeaf[] = [];
  layoutSaves = 0;
  private ready = false;
  private pending: (() => void)[] = [];
  constructor(public app: App) {
    super();
  }
  onLayoutReady(callback: () => void): void {
    if (this.ready) callback();
    else this.pending.push(callback);
  }
  layoutReady(): void {
    this.ready = true;
    for (const callback of this.pending.splice(0)) callback();
  }
  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => void): void {
    this.leaves.forEach(callback);
  }
  /** Adds an editor leaf showing a note (what opening a note in Obsidian does). */
  addLeaf(view: View, side: 'main' | 'right' = 'main'): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(view, side);
    leaf.workspace = this;
    view.leaf ??= leaf;
    this.leaves.push(leaf);
    return leaf;
  }
  /** The leaf that has focus (the last one a test made active). */
  activeLeaf: WorkspaceLeaf | null = null;
  getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }
  /** The note of the active leaf, if it shows one. */
  getActiveFile(): TFile | null {
    const file = (this.activeLeaf?.view as { file?: unknown } | undefined)?.file;
    return file instanceof TFile ? file : null;
  }
  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((leaf) => (leaf.view as { getViewType?: () => string }).getViewType?.() === type);
  }
  getRightLeaf(split: boolean): WorkspaceLeaf {
    const leaf = this.addLeaf(new View(), 'right');
    leaf.askedAs = split ? 'right split' : 'right';
    return leaf;
  }
  /**
   * As Obsidian: `false` (or nothing) reuses the active main leaf when there is one; `true`,
   * `'tab'`, `'split'` and `'window'` make a new one. Each leaf remembers how it was asked for.
   */
  getLeaf(newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
    if (!newLeaf && this.activeLeaf?.side === 'main') return this.activeLeaf;
    const leaf = this.addLeaf(new View(), 'main');
    leaf.askedAs = newLeaf ?? false;
    return leaf;
  }
  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    await leaf.loadIfDeferred();
    this.revealed.push(leaf);
  }
  requestSaveLayout(): void {
    this.layoutSaves++;
  }
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: unknown): Promise<void> {
    const target = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
    const file = target ?? (await this.app.vault.create(`${linktext}.md`, ''));
    this.opened.push({ path: file.path, eState: null, side: 'main', newLeaf: newLeaf ?? false });
  }
}

export class App {
  metadataCache = new MetadataCache();
  vault = new Vault(this.metadataCache);
  workspace = new Workspace(this);
  /**
   * Obsidian's "Default location for new notes": the vault's root, a set folder, or the
   * folder of the note the new one is made from. Tests set `newNotes`.
   */
  fileManager = {
    newNotes: { kind: 'root' } as { kind: 'root' } | { kind: 'folder'; folder: string } | { kind: 'current' },
    getNewFileParent: (sourcePath: string, _newFilePath?: string): TFolder => {
      const where = this.fileManager.newNotes;
      const folder = where.kind === 'folder' ? where.folder : where.kind === 'current' && sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/')) : '';
      return new TFolder(folder || '/');
    },
  };
}

export const Keymap = {
  isModEvent(event?: { ctrlKey?: boolean; metaKey?: boolean } | null): boolean | 'tab' {
    return event?.ctrlKey || event?.metaKey ? 'tab' : false;
  },
};

/**
 * The icon names the running Obsidian draws: by default those of Obsidian 1.8 (Lucide
 * 0.446), which knows Lucide's first names and its renames alike; a test can make it a
 * later set that dropped the first names.
 */
export const knownIcons = { dropped: new Set<string>() };
export function getIcon(name: string): SVGSVGElement | null {
  return knownIcons.dropped.has(name) ? null : ({ name } as unknown as SVGSVGElement);
}

/** Marks the element with the icon's name (the real one draws Lucide's SVG). */
export function setIcon(el: HTMLElement, name: string): void {
  el.setAttribute?.('data-icon', name);
}

export class Menu {
  static shown: Menu[] = [];
  items: { title: string; click: () => unknown }[] = [];
  addItem(build: (item: { setTitle(t: string): unknown; setIcon(i: string): unknown; onClick(cb: () => unknown): unknown }) => unknown): this {
    const entry = { title: '', click: () => undefined as unknown };
    const item = { setTitle: (t: string) => ((entry.title = t), item), setIcon: () => item, onClick: (cb: () => unknown) => ((entry.click = cb), item) };
    build(item);
    this.items.push(entry);
    return this;
  }
  showAtMouseEvent(_event: unknown): void {
    Menu.shown.push(this);
  }
}

export const notices: string[] = [];
/** Notices shown with a fragment (buttons inside), for tests to click. */
export const noticeFragments: DocumentFragment[] = [];
export class Notice {
  /** Every notice shown, newest last (tests click their buttons and see them hidden). */
  static shown: Notice[] = [];
  hidden = false;
  constructor(
    readonly message: string | DocumentFragment,
    _duration?: number,
  ) {
    Notice.shown.push(this);
    if (typeof message === 'string') notices.push(message);
    else {
      notices.push(message.textContent ?? '');
      noticeFragments.push(message);
    }
  }
  hide(): void {
    this.hidden = true;
  }
}

/** Obsidian's Live Preview flag on the editor state; the fake's editors have none. */
/** Whether an editor shows Live Preview: a state field, as in Obsidian (tests build editors in Live Preview). */
export const editorLivePreviewField = StateField.define<boolean>({ create: () => true, update: (value) => value });
/** Which note and Obsidian editor a CodeMirror editor belongs to (`MarkdownFileInfo`); tests set it with `.init`. */
export const editorInfoField = StateField.define<{ file: TFile | null; editor?: Editor } | null>({ create: () => null, update: (value) => value });

export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
}

/** moment, as far as views use it: formatting a YYYY-MM-DD date (en locale). */
export function moment(input: string, _format: string): { format(format: string): string } {
  return { format: (format: string) => formatDate(input, format) };
}

/**
 * Obsidian's element helper, as far as the plugin uses it: createEl with type and classes.
 * Obsidian installs its helpers in every window it opens (a pop-out is another realm, with
 * prototypes of its own); tests of pop-outs call this for theirs.
 */
export function installDomHelpers(win: Window & { HTMLElement: typeof HTMLElement }): void {
  Object.assign(win.HTMLElement.prototype, {
    createEl(this: HTMLElement, tag: string, o: { type?: string; cls?: string | string[]; text?: string } = {}) {
      const el = this.ownerDocument.createElement(tag);
      if (o.type) el.setAttribute('type', o.type);
      if (o.cls) el.classList.add(...(Array.isArray(o.cls) ? o.cls : o.cls.split(' ')));
      if (o.text) el.textContent = o.text;
      this.appendChild(el);
      return el;
    },
  });
}
if (typeof window !== 'undefined') installDomHelpers(window);

/** Obsidian's global createFragment, with the createEl/createSpan helpers it adds. */
(globalThis as { createFragment?: unknown }).createFragment = (build?: (el: unknown) => void) => {
  if (typeof document === 'undefined') return nodeFragment(build);
  const fragment = document.createDocumentFragment();
  const createEl = (tag: string, o: { text?: string } = {}) => {
    const el = document.createElement(tag);
    if (o.text) el.textContent = o.text;
    fragment.appendChild(el);
    return el;
  };
  build?.(Object.assign(fragment, { createEl, createSpan: (o?: { text?: string }) => createEl('span', o) }));
  return fragment;
};

/**
 * The same outside a browser (the node suites): elements with their text, click listeners
 * and `click()`, and the fragment's `textContent` as the DOM would give it.
 */
function nodeFragment(build?: (el: unknown) => void) {
  const children: { textContent: string; listeners: (() => unknown)[]; addEventListener(type: string, cb: () => unknown): void; click(): void }[] = [];
  const createEl = (tag: string, o: { text?: string } = {}) => {
    // As document.createElement: a name that is no tag name throws.
    if (!/^[a-z][a-z0-9-]*$/i.test(tag)) throw new Error(`InvalidCharacterError: "${tag}" is not a valid tag name`);
    const el = {
      textContent: o.text ?? '',
      listeners: [] as (() => unknown)[],
      addEventListener: (type: string, cb: () => unknown) => void (type === 'click' && el.listeners.push(cb)),
      click: () => el.listeners.forEach((cb) => cb()),
    };
    children.push(el);
    return el;
  };
  const fragment = { children, get textContent() { return children.map((c) => c.textContent).join(''); }, createEl, createSpan: (o?: { text?: string }) => createEl('span', o) };
  build?.(fragment);
  return fragment;
}

/** Obsidian's debounce: calls `cb` once `timeout` ms after the last call (resetTimer), or now with run(). */
export function debounce<T extends unknown[], V>(cb: (...args: T) => V, timeout = 0, resetTimer = false) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let args: T | null = null;
  const fire = () => {
    timer = null;
    const pending = args!;
    args = null;
    return cb(...pending);
  };
  const debounced = Object.assign(
    (...next: T) => {
      args = next;
      if (timer !== null && !resetTimer) return debounced;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(fire, timeout);
      return debounced;
    },
    {
      cancel: () => {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        args = null;
        return debounced;
      },
      run: () => {
        if (timer === null) return;
        clearTimeout(timer);
        return fire();
      },
    },
  );
  return debounced;
}

// Obsidian's parseYaml throws on errors and prints no warnings.
export function parseYaml(text: string): unknown {
  return parse(text, { logLevel: 'error' });
}

export interface Command {
  id: string;
  name: string;
  callback?: () => unknown;
  editorCallback?: (editor: Editor) => unknown;
  editorCheckCallback?: (checking: boolean, editor: Editor) => boolean | void;
}

export class Plugin extends Component {
  commands: Command[] = [];
  settingTabs: PluginSettingTab[] = [];
  data: unknown = null;
  constructor(
    public app: App,
    public manifest: { id: string; version: string } = { id: 'roadmap-board', version: '0.0.0' },
  ) {
    super();
  }
  addCommand(command: Command): Command {
    this.commands.push(command);
    return command;
  }
  addSettingTab(tab: PluginSettingTab): void {
    this.settingTabs.push(tab);
  }
  registerView(type: string, create: (leaf: WorkspaceLeaf) => View): void {
    const { workspace } = this.app;
    workspace.viewCreators.set(type, create);
    // As Obsidian does when a plugin unloads: its views close and the type is gone, but
    // their leaves stay in the layout (empty until the plugin loads again).
    this.register(() => {
      workspace.viewCreators.delete(type);
      for (const leaf of workspace.getLeavesOfType(type)) {
        void leaf.view.onClose();
        leaf.view.unload();
        leaf.view = new View(leaf);
      }
    });
  }
  postProcessors: ((el: HTMLElement, ctx: unknown) => unknown)[] = [];
  registerMarkdownPostProcessor(processor: (el: HTMLElement, ctx: unknown) => unknown): void {
    this.postProcessors.push(processor);
  }
  editorExtensions: unknown[] = [];
  registerEditorExtension(extension: unknown): void {
    this.editorExtensions.push(extension);
  }
  hoverSources: string[] = [];
  /** What each hover source says of itself (its name in Page preview's settings, whether Mod is needed). */
  hoverInfo = new Map<string, unknown>();
  registerHoverLinkSource(id: string, info: unknown): void {
    this.hoverSources.push(id);
    this.hoverInfo.set(id, info);
  }
  ribbonIcons: { icon: string; title: string; click: () => unknown }[] = [];
  addRibbonIcon(icon: string, title: string, click: () => unknown): unknown {
    this.ribbonIcons.push({ icon, title, click });
    return {};
  }
  async loadData(): Promise<unknown> {
    return this.data;
  }
  /** data.json replaced on disk (Sync, another device, the CLI): Obsidian calls the hook (1.5.7+). */
  async dataChangedOnDisk(data: unknown): Promise<void> {
    this.data = structuredClone(data);
    await (this as { onExternalSettingsChange?: () => Promise<void> }).onExternalSettingsChange?.();
  }
  async saveData(data: unknown): Promise<void> {
    this.data = structuredClone(data);
  }
}

/** Settings UI: records rows and lets tests type into their controls. */
class FakeEl {
  text = '';
  cls = '';
  children: FakeEl[] = [];
  empty(): void {
    this.children = [];
  }
  createDiv(options?: { cls?: string }): FakeEl {
    const child = new FakeEl();
    child.cls = options?.cls ?? '';
    this.children.push(child);
    return child;
  }
  setText(text: string): void {
    this.text = text;
  }
}

export class PluginSettingTab {
  containerEl = new FakeEl() as unknown as FakeEl & { settings: Setting[] };
  constructor(
    public app: App,
    public plugin: Plugin,
  ) {}
}

export class Setting {
  static all: Setting[] = [];
  name = '';
  descEl = new FakeEl();
  onText: ((value: string) => unknown) | null = null;
  onToggle: ((value: boolean) => unknown) | null = null;
  constructor(_container: unknown) {
    Setting.all.push(this);
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  /** The row's description, and what its control shows (text, on/off, the chosen option) and offers. */
  desc = '';
  shown: string | boolean | null = null;
  options: Record<string, string> | null = null;
  setDesc(desc: string): this {
    this.desc = desc;
    return this;
  }
  /** A heading row (the classic settings tab's sections). */
  heading = false;
  setHeading(): this {
    this.heading = true;
    return this;
  }
  /** The text field's blur listeners (a person leaving the field). */
  private blurs: (() => unknown)[] = [];
  addText(build: (text: { setValue(v: string): unknown; onChange(cb: (v: string) => unknown): unknown; inputEl: { addEventListener(type: string, cb: () => unknown): void } }) => unknown): this {
    const inputEl = { addEventListener: (type: string, cb: () => unknown) => void (type === 'blur' && this.blurs.push(cb)) };
    const control = { setValue: (v: string) => ((this.shown = v), control), onChange: (cb: (v: string) => unknown) => ((this.onText = cb), control), inputEl };
    build(control);
    return this;
  }
  /** Types `value` into the text field a keystroke at a time, as a person does (onChange per keystroke). */
  async type(value: string): Promise<void> {
    for (let n = 1; n <= value.length; n++) await this.onText!(value.slice(0, n));
  }
  /** Leaves the text field. */
  blur(): void {
    for (const cb of this.blurs) cb();
  }
  addToggle(build: (toggle: { setValue(v: boolean): unknown; onChange(cb: (v: boolean) => unknown): unknown }) => unknown): this {
    const control = { setValue: (v: boolean) => ((this.shown = v), control), onChange: (cb: (v: boolean) => unknown) => ((this.onToggle = cb), control) };
    build(control);
    return this;
  }
  addDropdown(build: (d: { addOptions(o: Record<string, string>): unknown; setValue(v: string): unknown; onChange(cb: (v: string) => unknown): unknown }) => unknown): this {
    const control = {
      addOptions: (o: Record<string, string>) => ((this.options = o), control),
      setValue: (v: string) => ((this.shown = v), control),
      onChange: (cb: (v: string) => unknown) => ((this.onText = cb), control),
    };
    build(control);
    return this;
  }
}

// Obsidian runs in a window; plugin code uses window timers for popout windows.
(globalThis as { window?: unknown }).window ??= globalThis;
