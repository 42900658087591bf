import { editorLivePreviewField, Notice, parseYaml, Plugin, TFile, type TAbstractFile } from 'obsidian';
import type { EditorView } from '@codemirror/view';
import { inlineCheckboxes } from './editor/inlineCheckboxes';
import { tableCheckboxClicks } from './editor/tableClicks';
import { tableCheckboxesInReading } from './obsidian/readingView';
import type { Checkins } from './core/checkin/checkins';
import { emptyHistory, mergeHistories, readHistory, type CheckinHistory } from './core/checkin/history';
import { shouldRemind } from './core/checkin/reminder';
import { weekOfDate } from './core/checkin/week';
import { localIsoDate } from './core/parse/dates';
import { checkinActions, obsidianCheckins } from './obsidian/checkinHost';
import { CHECKIN_VIEW_TYPE, CheckinView } from './obsidian/checkinView';
import { IdbCache, KEY_PREFIX } from './obsidian/idbCache';
import { readTasksDoneDates, readTasksStatuses } from './obsidian/tasksPlugin';
import { companionChanges, type DoneDateOptions } from './core/edit/toggle';
import { LiveIndex } from './core/index/liveIndex';
import { roleWords } from './core/model/columns';
import { starterRoadmapNote } from './core/starterNote';
import { BOARD_VIEW_TYPE, BoardView } from './obsidian/boardView';
import { TIMELINE_VIEW_TYPE, TimelineView } from './obsidian/timelineView';
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
  /** Set on unload: work under way then registers nothing afterwards. */
  private unloaded = false;
  /** The Tasks plugin, enabled, sets done dates on every completed task (read with its statuses). */
  private tasksDoneDates = false;

  override async onload(): Promise<void> {
    setYamlParser(parseYaml);
    // One data file: the settings, the check-in history (shared with the CLI) and the
    // day the reminder was last shown.
    const data = (await this.loadData()) as Record<string, unknown> | null;
    const { settings, problems } = loadSettings(data);
    this.roadmapSettings = settings;
    this.history = readHistory(data?.checkins);
    this.reminderShownOn = typeof data?.reminderShownOn === 'string' ? data.reminderShownOn : null;
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
    this.writer = new RoadmapWriter(this.app, vault, settings.undoDepth, (path) => this.index.changed(path, true));

    const doneDate = () => this.doneDate();
    const host = {
      app: this.app,
      doneDate,
      writer: this.writer,
      index: this.index,
      settings: () => this.roadmapSettings,
      words: () => roleWords(this.roadmapSettings.columnWords),
      statuses: () => this.index.statuses,
      rebuildIndex: () => this.rebuildIndex(),
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
    this.registerView(TIMELINE_VIEW_TYPE, (leaf) => new TimelineView(leaf, { ...host, history: () => this.history }));
    this.registerHoverLinkSource(BOARD_VIEW_TYPE, { display: 'Roadmap board', defaultMod: true });
    this.registerHoverLinkSource(CHECKIN_VIEW_TYPE, { display: 'Roadmap check-in', defaultMod: true });
    this.addRibbonIcon('kanban', 'Open roadmap board', () => void revealView(this.app, BOARD_VIEW_TYPE));

    // Table checkboxes clickable where they are read: Reading view and Live Preview.
    this.registerMarkdownPostProcessor(tableCheckboxesInReading(this.app, this.writer, () => roleWords(this.roadmapSettings.columnWords)));
    const isLivePreview = (view: EditorView) => view.state.field(editorLivePreviewField, false) ?? false;
    const words = () => roleWords(this.roadmapSettings.columnWords);
    this.registerEditorExtension([
      tableCheckboxClicks({ isLivePreview, onRefuse: (reason) => this.writer.refuse(reason), alongside: (text, box, was, now) => companionChanges(text, box, was, now, words(), doneDate()) }),
      inlineCheckboxes({ isLivePreview }),
    ]);

    registerCommands(this, {
      openBoard: (where) => revealView(this.app, BOARD_VIEW_TYPE, where),
      openCheckin: () => revealView(this.app, CHECKIN_VIEW_TYPE),
      openTimeline: (where) => revealView(this.app, TIMELINE_VIEW_TYPE, where),
      openWeeklyNote: () => this.openWeeklyNote(),
      rebuildIndex: () => this.rebuildIndex(),
      undoLast: () => this.writer.undoLast(),
      statuses: () => this.index.statuses,
      words,
      doneDate,
    });
    this.addSettingTab(new RoadmapSettingTab(this.app, this, this));
    // Nothing is read before the layout is ready, and the vault's create events (one per
    // existing file at start-up) are only listened to after it.
    this.app.workspace.onLayoutReady(() => void this.startIndex());
  }

  /** A fresh build, with the Tasks plugin's statuses read again (they may have changed). */
  private async rebuildIndex(): Promise<void> {
    await this.readTasksSettings();
    await this.index.build();
  }

  private async readTasksSettings(): Promise<void> {
    this.index.setTasksStatuses(await readTasksStatuses(this.app));
    this.tasksDoneDates = await readTasksDoneDates(this.app);
  }

  /** Whether and when checked tasks get a done date (SPEC §3): the setting, and the Tasks plugin's own. */
  private doneDate(): DoneDateOptions | undefined {
    const when = this.roadmapSettings.doneDates;
    if (when === 'never') return undefined;
    return { today: localIsoDate(new Date()), always: when === 'always' || this.tasksDoneDates };
  }

  /**
   * Plugin data without any check-in (a reinstall, a new device before sync): the
   * progress history is read back from the weekly notes' frontmatter (SPEC §4).
   */
  private async historyFromNotesIfLost(): Promise<void> {
    if (this.history.records.length) return;
    const fromNotes = await this.checkins.historyFromNotes(weekOfDate(localIsoDate(new Date())));
    if (!fromNotes.records.length || this.unloaded) return;
    this.history = mergeHistories(fromNotes, this.history);
    await this.persist();
  }

  private async startIndex(): Promise<void> {
    const { vault, metadataCache } = this.app;
    const changed = (file: TAbstractFile) => this.index.changed(file.path);
    this.registerEvent(vault.on('create', changed));
    this.registerEvent(vault.on('modify', changed));
    this.registerEvent(vault.on('delete', (file) => this.index.deleted(file.path)));
    this.registerEvent(vault.on('rename', (file, oldPath) => this.index.renamed(oldPath, file.path)));
    this.registerEvent(metadataCache.on('changed', changed));
    await this.readTasksSettings();
    await this.index.build();
    // Unloaded while the vault was being read: register nothing more (it would outlive us).
    if (this.unloaded) return;
    void this.index.saveCache();
    void this.historyFromNotesIfLost();
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
   * This vault's cache entry in IndexedDB, which is per device: keyed by Obsidian's id of
   * the vault on this device (`app.appId`), so it follows a renamed vault and two vaults
   * never share one. Nothing per device goes into data.json, which syncs.
   */
  private cacheKey(): string {
    const appId = (this.app as { appId?: unknown }).appId;
    return `${KEY_PREFIX}${typeof appId === 'string' && appId ? appId : this.app.vault.getName()}`;
  }

  /**
   * Saves the plugin's data. data.json is shared: the CLI writes check-ins into it, and
   * Sync or iCloud replace it with another device's. So it is read again first and merged
   * — check-ins by week, the newer save of a week winning; the reminder's last day, the
   * later; fields this version does not know, kept — and only then written.
   */
  private async persist(): Promise<void> {
    const onDisk = (await this.loadData()) as unknown;
    const base = onDisk && typeof onDisk === 'object' && !Array.isArray(onDisk) ? (onDisk as Record<string, unknown>) : {};
    this.takeShared(base);
    const { cacheId: _perDevice, ...kept } = base;
    await this.saveData({ ...kept, ...this.roadmapSettings, checkins: this.history, reminderShownOn: this.reminderShownOn });
  }

  /** The shared parts of data written elsewhere, merged into ours. */
  private takeShared(data: Record<string, unknown>): void {
    this.history = mergeHistories(this.history, readHistory(data.checkins));
    const shown = typeof data.reminderShownOn === 'string' ? data.reminderShownOn : null;
    if (shown && (!this.reminderShownOn || shown > this.reminderShownOn)) this.reminderShownOn = shown;
  }

  /** data.json changed on disk (Sync, another device, the CLI): take its settings, merge the rest. */
  override async onExternalSettingsChange(): Promise<void> {
    const data = (await this.loadData()) as unknown;
    const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    this.takeShared(record);
    const { settings } = loadSettings(data);
    await this.applySettings(settings);
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
    const rebuild = this.takeSettings(settings);
    await this.persist();
    if (rebuild) await this.index.updateSettings(settings);
  }

  private async applySettings(settings: Settings): Promise<void> {
    if (this.takeSettings(settings)) await this.index.updateSettings(settings);
  }

  /** Makes `settings` current; whether the index must be rebuilt for them. */
  private takeSettings(settings: Settings): boolean {
    const rebuild = ['roadmapTags', 'roadmapFolders', 'linkDepth', 'allNotes', 'columnWords', 'taskStatuses'].some(
      (key) => JSON.stringify(settings[key as keyof Settings]) !== JSON.stringify(this.roadmapSettings[key as keyof Settings]),
    );
    this.roadmapSettings = settings;
    this.writer.undoLog.limit = settings.undoDepth;
    return rebuild;
  }
}
