import { Notice, parseYaml, Plugin, type TAbstractFile } from 'obsidian';
import type { Checkins } from './core/checkin/checkins';
import { emptyHistory, mergeHistories, readHistory, type CheckinHistory } from './core/checkin/history';
import { weekOfDate } from './core/checkin/week';
import { LiveIndex } from './core/index/liveIndex';
import { roleWords } from './core/model/columns';
import { localIsoDate } from './core/parse/dates';
import { setYamlParser } from './core/parse/frontmatter';
import { loadSettings, type Settings } from './core/settings';
import { NO_TASKS_PLUGIN, writeRules, type TasksSettings, type WriteRules } from './core/write/rules';
import { obsidianCheckins } from './obsidian/checkinHost';
import { CHECKIN_VIEW_TYPE } from './obsidian/checkinView';
import { registerCommands } from './obsidian/commands';
import { editorDoors } from './obsidian/editorDoors';
import { IdbCache, KEY_PREFIX } from './obsidian/idbCache';
import { createRoadmapNote, openWeeklyNote } from './obsidian/noteActions';
import { revealView } from './obsidian/openViews';
import { tableCheckboxesInReading } from './obsidian/readingView';
import { remindOfCheckin } from './obsidian/reminder';
import { RoadmapSettingTab } from './obsidian/settingsTab';
import { readTasksPluginSettings, tasksApi } from './obsidian/tasksPlugin';
import { BOARD_VIEW_TYPE } from './obsidian/boardView';
import { TIMELINE_VIEW_TYPE } from './obsidian/timelineView';
import { ObsidianVault, scanFromCache } from './obsidian/vaultAdapter';
import { registerViews } from './obsidian/views';
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
  /** The Tasks plugin's settings (statuses, done and cancelled dates, format, global filter). */
  private tasks: TasksSettings = NO_TASKS_PLUGIN;

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
    this.writer = new RoadmapWriter(this.app, vault, settings.undoDepth, (path) => this.index.changed(path, true), () => this.writeRules(), `${this.app.vault.configDir}/plugins/${this.manifest.id}/undo.json`);

    const host = {
      app: this.app,
      writer: this.writer,
      index: this.index,
      settings: () => this.roadmapSettings,
      words: () => roleWords(this.roadmapSettings.columnWords),
      statuses: () => this.index.statuses,
      rebuildIndex: () => this.rebuildIndex(),
      createRoadmapNote: () => createRoadmapNote(this.app, this.roadmapSettings.roadmapTags[0] ?? 'roadmap'),
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
    registerViews(this, host, this.checkins, store);

    // Table checkboxes clickable where they are read: Reading view and Live Preview.
    this.registerMarkdownPostProcessor(tableCheckboxesInReading(this.app, this.writer));
    this.registerEditorExtension(editorDoors(this.app, this.writer));

    registerCommands(this, {
      openBoard: (where) => revealView(this.app, BOARD_VIEW_TYPE, where),
      openCheckin: () => revealView(this.app, CHECKIN_VIEW_TYPE),
      openTimeline: (where) => revealView(this.app, TIMELINE_VIEW_TYPE, where),
      openWeeklyNote: () => openWeeklyNote(this.app, this.index, this.checkins),
      rebuildIndex: () => this.rebuildIndex(),
      undoLast: () => this.writer.undoLast(),
      statuses: () => this.index.statuses,
      perform: (action, editor) => this.writer.perform(action, editor),
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
    this.tasks = await readTasksPluginSettings(this.app);
    this.index.setTasksStatuses(this.tasks.statuses);
  }

  /**
   * The write rules (SPEC §3), built for each write: the settings, the Tasks plugin's,
   * today in the person's time zone, and the Tasks API where Tasks is loaded now.
   */
  writeRules(): WriteRules {
    const api = tasksApi(this.app);
    return writeRules(this.roadmapSettings, this.tasks, localIsoDate(new Date()), { tasksToggle: api ? (line, path) => api.executeToggleTaskDoneCommand(line, path) : null });
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

  private remind(): void {
    const shown = remindOfCheckin(this.app, this.roadmapSettings, this.history, this.reminderShownOn);
    if (!shown) return;
    this.reminderShownOn = shown;
    void this.persist();
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

  /**
   * data.json changed on disk (Sync, another device, the CLI): take its settings, merge the
   * rest — and write the merge back when it holds what the disk lacks (a check-in of this
   * device the other copy did not have), so it is not lost if Obsidian quits first.
   */
  override async onExternalSettingsChange(): Promise<void> {
    const data = (await this.loadData()) as unknown;
    const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    this.takeShared(record);
    const { settings } = loadSettings(data);
    await this.applySettings(settings);
    // Theirs in the merge's own order, so that equal histories compare equal.
    const theirs = JSON.stringify({ checkins: mergeHistories(readHistory(record.checkins), { version: 1, records: [] }), reminderShownOn: record.reminderShownOn ?? null });
    if (theirs !== JSON.stringify({ checkins: this.history, reminderShownOn: this.reminderShownOn })) await this.persist();
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
    this.writer.undoDepth = settings.undoDepth;
    return rebuild;
  }
}
