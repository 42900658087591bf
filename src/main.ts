import { Notice, parseYaml, Plugin, TFile, type TAbstractFile } from 'obsidian';
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

  override async onload(): Promise<void> {
    setYamlParser(parseYaml);
    const { settings, problems } = loadSettings(await this.loadData());
    this.roadmapSettings = settings;
    if (problems.length) new Notice(`Roadmap Board settings: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);

    const vault = new ObsidianVault(this.app);
    this.index = new LiveIndex(vault, settings, {
      knownScan: (path) => scanFromCache(this.app, path),
      timers: { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (handle) => window.clearTimeout(handle as number) },
      yieldNow: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
    });
    this.register(() => this.index.dispose());
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
    this.registerView(BOARD_VIEW_TYPE, (leaf) => new BoardView(leaf, host));
    this.registerHoverLinkSource(BOARD_VIEW_TYPE, { display: 'Roadmap board', defaultMod: true });
    this.addRibbonIcon('kanban', 'Open roadmap board', () => void revealView(this.app, BOARD_VIEW_TYPE));

    registerCommands(this, {
      openBoard: (where) => revealView(this.app, BOARD_VIEW_TYPE, where),
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
    await this.saveData(settings);
    if (rebuild) await this.index.updateSettings(settings);
  }
}
