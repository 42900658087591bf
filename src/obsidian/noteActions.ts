import { normalizePath, Notice, TFile, type App } from 'obsidian';
import type { Checkins } from '../core/checkin/checkins';
import { weekOfDate } from '../core/checkin/week';
import type { LiveIndex } from '../core/index/liveIndex';
import { localIsoDate } from '../core/parse/dates';
import { starterRoadmapNote } from '../core/starterNote';

/** Creates a starter roadmap note (the empty board's button) and opens it. */
export async function createRoadmapNote(app: App, tag: string): Promise<void> {
  const { vault, workspace } = app;
  // Where the person keeps new notes (Settings → Files and links → Default location).
  const parent = app.fileManager.getNewFileParent(workspace.getActiveFile()?.path ?? '', 'Roadmap.md');
  const folder = parent.isRoot() ? '' : `${parent.path}/`;
  let path = normalizePath(`${folder}Roadmap.md`);
  for (let n = 2; vault.getAbstractFileByPath(path); n++) path = normalizePath(`${folder}Roadmap ${n}.md`);
  const file = await vault.create(path, starterRoadmapNote(tag));
  if (file instanceof TFile) await workspace.getLeaf(false).openFile(file);
}

/** Opens this week's note, creating it from the template when it does not exist yet. */
export async function openWeeklyNote(app: App, index: LiveIndex, checkins: Checkins): Promise<void> {
  await index.ready();
  const created = await checkins.ensureNote(weekOfDate(localIsoDate(new Date())), index.snapshot.roadmap);
  if (!created.ok) {
    new Notice(`Roadmap Board: ${created.reason}. Nothing was changed.`);
    return;
  }
  const file = app.vault.getAbstractFileByPath(created.path);
  if (file instanceof TFile) await app.workspace.getLeaf(false).openFile(file);
}
