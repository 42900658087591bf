import { editorLivePreviewField, Notice, parseYaml, Plugin, TFile, type TAbstractFile } from 'obsidian';
import type { EditorView } from '@codemirror/view';
import { inlineCheckboxes } from './editor/inlineCheckboxes';
import { tableCheckboxClicks } from './editor/tableClicks';
import { tableCheckboxesInReading } from './obsidian/readingView';
import type { Checkins } from './core/checkin/checkins';
import { emptyHistory, readHistory, type CheckinHistory } from './core/checkin/history';
import { shouldRemind } from './core/checkin/reminder';
import { weekOfDate } from './core/checkin/week';
import { localIsoDate } from './core/parse/dates';
import { checkinActions, obsidianCheckins } from './obsidian/checkinHost';
import { CHECKIN_VIEW_TYPE, CheckinView } from './obsidian/checkinView';
import { IdbCache } from './obsidian/idbCache';
import { LiveIndex } from './core/index/liveIndex';
import { roleWords } from './core/model/columns';
import { starterRoadmapNote } from './core/starterNote';
import { BOARD_VIEW_TYPE, BoardView } from './obsidian/boardView';
import { revealView } from './obsidian/openViews';
import { setYamlParser } from './core/parse/frontmatter';
import { loadSettings, type Settings } from './core/settings';
import { registerCommands } from './obsidian/commands';
import { RoadmapSettingTab } from './obsidian/settingsTab';
import { ObsidianVault, scanFromCache } from './obsidian/vaultAdapter';
import { RoadmapWriter } from './obsidian/writer';

/** Roadmap Board: a board and a weekly check-in over the roadmap notes of a vault. */
export default class RoadmapBoardPlugin extends Plugin {
  roadmapSettings!: Settings;
  index!: LiveIndex;
  writer!: RoadmapWriter;
  checkins!: Checkins;
  private history: CheckinHistory = emptyHistory();
  private reminderShownOn: string | null = null;
  private cacheId = '';
  /** Set on unload: work under way then registers nothing afterwards. */
  private unloaded = false;

  override async onload(): Promise<void> {
    setYamlParser(parseYaml);
    // One data file: the settings, the check-in history (shared with the CLI) and the
    // day the reminder was last shown.
    const data = (await this.loadData()) as Record<string, unknown> | null;
    const { settings, problems } = loadSettings(data);
    this.roadmapSettings = settings;
    this.history = readHistory(data?.checkins);
    this.reminderShownOn = typeof data?.reminderShownOn === 'string' ? data.reminderShownOn : null;
    this.cacheId = typeof data?.cacheId === 'string' ? data.cacheId : '';
    if (problems.length) new Notice(`Roadmap Board settings: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);

    const vault = new ObsidianVault(this.app);
    this.index = new LiveIndex(vault, settings, {
      cache: new IdbCache(this.cacheKey()),
      knownScan: (path) => scanFromCache(this.app, path),
      timers: { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (handle) => window.clearTimeout(handle as number) },
      yieldNow: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
    });
    this.register(() => this.index.dispose());
    this.register(() => (this.unloaded = true));
    this.writer = new RoadmapWriter(this.app, vault, settings.undoDepth);

    const host = {
      app: this.app,
      writer: this.writer,
      index: this.index,
      settings: () => this.roadmapSettings,
      words: () => roleWords(this.roadmapSettings.columnWords),
      rebuildIndex: () => this.index.build(),
      createRoadmapNote: () => this.createRoadmapNote(),
    };
    const store = {
      settings: () => this.roadmapSettings,
      history: () => this.history,
      saveHistory: async (history: CheckinHistory) => {
        this.history = history;
        await this.persist();
      },
    };
    this.checkins = obsidianCheckins(this.app, this.writer, store);
    this.registerView(BOARD_VIEW_TYPE, (leaf) => new BoardView(leaf, host));
    this.registerView(CHECKIN_VIEW_TYPE, (leaf) => new CheckinView(leaf, { ...host, checkinActions: (view) => checkinActions(host, view, this.checkins, this.index, store) }));
    this.registerHoverLinkSource(BOARD_VIEW_TYPE, { display: 'Roadmap board', defaultMod: true });
    this.registerHoverLinkSource(CHECKIN_VIEW_TYPE, { display: 'Roadmap check-in', defaultMod: true });
    this.addRibbonIcon('kanban', 'Open roadmap board', () => void revealView(this.app, BOARD_VIEW_TYPE));

    // Table checkboxes clickable where they are read: Reading view and Live Preview.
    this.registerMarkdownPostProcessor(tableCheckboxesInReading(this.app, this.writer));
    const isLivePreview = (view: EditorView) => view.state.field(editorLivePreviewField, false) ?? false;
    this.registerEditorExtension([tableCheckboxClicks({ isLivePreview, onRefuse: (reason) => this.writer.refuse(reason) }), inlineCheckboxes({ isLivePreview })]);

    registerCommands(this, {
      openBoard: (where) => revealView(this.app, BOARD_VIEW_TYPE, where),
      openCheckin: () => revealView(this.app, CHECKIN_VIEW_TYPE),
      openWeeklyNote: () => this.openWeeklyNote(),
      rebuildIndex: () => this.index.build(),
      undoLast: () => this.writer.undoLast(),
    });
    this.addSettingTab(new RoadmapSettingTab(this.app, this, this));
    // Nothing is read before the layout is ready, and the vault's create events (one per
    // existing file at start-up) are only listened to after it.
    this.app.workspace.onLayoutReady(() => void this.startIndex());
  }

  private async startIndex(): Promise<void> {
    const { vault, metadataCache } = this.app;
    const changed = (file: TAbstractFile) => this.index.changed(file.path);
    this.registerEvent(vault.on('create', changed));
    this.registerEvent(vault.on('modify', changed));
    this.registerEvent(vault.on('delete', (file) => this.index.deleted(file.path)));
    this.registerEvent(vault.on('rename', (file, oldPath) => this.index.renamed(oldPath, file.path)));
    this.registerEvent(metadataCache.on('changed', changed));
    await this.index.build();
    // Unloaded while the vault was being read: register nothing more (it would outlive us).
    if (this.unloaded) return;
    void this.index.saveCache();
    // Keep the cache fresh as notes change, at most once a minute.
    this.registerInterval(window.setInterval(() => void this.index.saveCache(), 60 * 1000));
    this.remind();
    this.registerInterval(window.setInterval(() => this.remind(), 60 * 60 * 1000));
  }

  /** On the chosen weekday, until this week's check-in is saved: a notice that opens it. */
  private remind(): void {
    const today = localIsoDate(new Date());
    const { reminderEnabled: enabled, reminderWeekday: weekday } = this.roadmapSettings;
    if (!shouldRemind(today, { enabled, weekday, history: this.history, shownOn: this.reminderShownOn })) return;
    this.reminderShownOn = today;
    void this.persist();
    const notice = new Notice(
      createFragment((el) => {
        el.createSpan({ text: 'Time for your weekly roadmap check-in. ' });
        el.createEl('button', { text: 'Open check-in' }).addEventListener('click', () => {
          notice.hide();
          void revealView(this.app, CHECKIN_VIEW_TYPE);
        });
      }),
      0,
    );
  }

  /** Opens this week's note, creating it from the template when it does not exist yet. */
  async openWeeklyNote(): Promise<void> {
    await this.index.ready();
    const created = await this.checkins.ensureNote(weekOfDate(localIsoDate(new Date())), this.index.snapshot.roadmap);
    if (!created.ok) {
      new Notice(`Roadmap Board: ${created.reason}. Nothing was changed.`);
      return;
    }
    const file = this.app.vault.getAbstractFileByPath(created.path);
    if (file instanceof TFile) await this.app.workspace.getLeaf(false).openFile(file);
  }

  /**
   * This vault's cache entry in IndexedDB (which is per device): its name and an id kept
   * in the plugin's data, so two vaults of the same name never share an entry.
   */
  private cacheKey(): string {
    if (!this.cacheId) {
      this.cacheId = Math.random().toString(36).slice(2);
      // Kept once the layout is ready: nothing is written during start-up.
      this.app.workspace.onLayoutReady(() => void this.persist());
    }
    return `${this.app.vault.getName()}:${this.cacheId}`;
  }

  private async persist(): Promise<void> {
    await this.saveData({ ...this.roadmapSettings, checkins: this.history, reminderShownOn: this.reminderShownOn, cacheId: this.cacheId });
  }

  /** Creates a starter roadmap note (the empty board's button) and opens it. */
  async createRoadmapNote(): Promise<void> {
    const { vault, workspace } = this.app;
    let path = 'Roadmap.md';
    for (let n = 2; vault.getAbstractFileByPath(path); n++) path = `Roadmap ${n}.md`;
    const file = await vault.create(path, starterRoadmapNote(this.roadmapSettings.roadmapTags[0] ?? 'roadmap'));
    if (file instanceof TFile) await workspace.getLeaf(false).openFile(file);
  }

  async saveSettings(settings: Settings): Promise<void> {
    const rebuild = ['roadmapTags', 'roadmapFolders', 'linkDepth', 'allNotes', 'columnWords'].some(
      (key) => JSON.stringify(settings[key as keyof Settings]) !== JSON.stringify(this.roadmapSettings[key as keyof Settings]),
    );
    this.roadmapSettings = settings;
    this.writer.undoLog.limit = settings.undoDepth;
    await this.persist();
    if (rebuild) await this.index.updateSettings(settings);
  }
}
