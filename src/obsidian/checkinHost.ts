import { moment, normalizePath, TFile, type App, type ItemView } from 'obsidian';
import { Checkins } from '../core/checkin/checkins';
import { doneSince, type CheckinHistory } from '../core/checkin/history';
import { progressSeries, staleItems, stillOnIt } from '../core/checkin/stale';
import type { LiveIndex } from '../core/index/liveIndex';
import { localIsoDate } from '../core/parse/dates';
import type { Settings } from '../core/settings';
import type { CheckinActions } from '../ui/actions';
import { CHECKIN_VIEW_TYPE } from './checkinView';
import { viewActions, type ViewHost } from './viewActions';
import type { RoadmapWriter } from './writer';

export interface CheckinStore {
  settings(): Settings;
  history(): CheckinHistory;
  saveHistory(history: CheckinHistory): Promise<void>;
}

/**
 * The check-in service over Obsidian: notes read from the vault, created in their
 * folder, changed through the writer (editor transaction or Vault.process); other
 * plugins' settings read from their data files; names formatted by Obsidian's moment,
 * in the person's locale.
 */
export function obsidianCheckins(app: App, writer: RoadmapWriter, store: CheckinStore): Checkins {
  return new Checkins({
    files: {
      // An open note is read from its editor: answers shown are what the person sees,
      // unsaved typing included, so a save never replaces text they did not see.
      read: async (path) => {
        const file = app.vault.getAbstractFileByPath(normalizePath(path));
        if (!(file instanceof TFile)) return null;
        return writer.editorText(file.path) ?? app.vault.read(file);
      },
      create: async (path, text) => {
        const clean = normalizePath(path);
        const folder = clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '';
        if (folder && !app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
        await app.vault.create(clean, text);
      },
      apply: async (path, edit) => {
        const outcome = await writer.apply(normalizePath(path), edit);
        return outcome.ok ? { ok: true } : { ok: false, reason: outcome.reason };
      },
    },
    readConfigJson: async (path) => {
      try {
        return JSON.parse(await app.vault.adapter.read(normalizePath(path))) as unknown;
      } catch {
        return null;
      }
    },
    configDir: app.vault.configDir,
    format: (date, format) => callMoment(date, 'YYYY-MM-DD').format(format),
    settings: () => store.settings(),
    history: () => store.history(),
    saveHistory: (history) => store.saveHistory(history),
  });
}

// obsidian types `moment` as moment's namespace import, which TypeScript will not call;
// at run time it is moment's function, so it is called through its function type.
const callMoment = moment as unknown as (input: string, format: string) => { format(format: string): string };

/** The check-in view's actions: the board's, plus reading and saving weeks. */
export function checkinActions(host: ViewHost, view: ItemView, checkins: Checkins, index: LiveIndex, store: CheckinStore): CheckinActions {
  return {
    ...viewActions(host, view, CHECKIN_VIEW_TYPE),
    readWeek: (week, questions) => checkins.read(week, questions),
    save: async (week, answers) => {
      const outcome = await checkins.save(week, index.snapshot.roadmap, answers, localIsoDate(new Date()));
      return outcome.ok ? { ok: true, path: outcome.path, message: outcome.message } : outcome;
    },
    doneSince: (week, roadmap) => doneSince(store.history(), week, roadmap),
    stale: (week, roadmap) => staleItems(store.history(), roadmap, week, store.settings().staleAfter),
    stillOnIt: (key, week) => store.saveHistory(stillOnIt(store.history(), key, week, store.settings().staleAfter)),
    progress: (roadmap) => progressSeries(store.history(), roadmap),
  };
}
