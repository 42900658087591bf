import type { Roadmap } from '../model/types';
import type { Settings } from '../settings';
import type { Answer } from './answers';
import { readAnswers } from './answers';
import type { DateFormatter } from './dateFormat';
import { doneSince, recordCheckin, type CheckinHistory, type CheckinRecord } from './history';
import { readProgress } from './frontmatterProgress';
import { groupProgress } from './progress';
import { checkinQuestions } from './questions';
import { saveAnswers, type CheckinFiles, type SaveOutcome } from './save';
import { BUILT_IN_TEMPLATE, renderTemplate } from './template';
import { shiftWeek, weekLabel, weekMonday, type IsoWeek } from './week';
import { weeklyConfig, weeklyPath, type WeeklyConfig } from './weeklyConfig';

/** What check-ins need from their host (the plugin over Obsidian, the CLI over files). */
export interface CheckinHost {
  files: CheckinFiles;
  /** A JSON file of the vault's config folder, parsed; null when missing or unreadable. */
  readConfigJson(path: string): Promise<unknown>;
  configDir: string;
  format: DateFormatter;
  settings(): Settings;
  history(): CheckinHistory;
  saveHistory(history: CheckinHistory): Promise<void>;
}

export interface WeekNote {
  path: string;
  title: string;
  config: WeeklyConfig;
}

/** A missing template note: named, and nothing is written. */
export class MissingTemplate extends Error {}

/**
 * The weekly check-in over any host: where a week's note is, what it answers, and
 * saving answers (creating the note from its template) with the check-in recorded.
 */
export class Checkins {
  constructor(private readonly host: CheckinHost) {}

  /** The weekly-note settings in force: Periodic Notes' or Calendar's when enabled there, else ours. */
  async config(): Promise<WeeklyConfig> {
    const { configDir } = this.host;
    const enabled = await this.host.readConfigJson(`${configDir}/community-plugins.json`);
    const on = (id: string) => Array.isArray(enabled) && enabled.includes(id);
    return weeklyConfig(this.host.settings(), {
      periodicNotes: on('periodic-notes') ? await this.host.readConfigJson(`${configDir}/plugins/periodic-notes/data.json`) : null,
      calendar: on('calendar') ? await this.host.readConfigJson(`${configDir}/plugins/calendar/data.json`) : null,
    });
  }

  async weekNote(week: IsoWeek): Promise<WeekNote> {
    const config = await this.config();
    const title = this.host.format(weekMonday(week), config.format);
    return { path: weeklyPath(config, title), title, config };
  }

  /** The week's note, and what it answers to each question now. */
  async read(week: IsoWeek, questions: readonly string[]): Promise<{ path: string; exists: boolean; answers: string[] }> {
    const { path } = await this.weekNote(week);
    const text = await this.host.files.read(path);
    return { path, exists: text !== null, answers: text === null ? questions.map(() => '') : readAnswers(text, questions) };
  }

  /** A new week note's text: the template (configured or built in), filled. */
  async initialText(week: IsoWeek, roadmap: Roadmap): Promise<string> {
    const note = await this.weekNote(week);
    let template = BUILT_IN_TEMPLATE;
    if (note.config.template) {
      const path = `${note.config.template}.md`;
      const text = await this.host.files.read(path);
      if (text === null) throw new MissingTemplate(`the weekly template ${path} (from ${note.config.source}) does not exist`);
      template = text;
    }
    return renderTemplate(template, {
      week,
      title: note.title,
      roadmap,
      questions: checkinQuestions(roadmap),
      doneSince: doneSince(this.host.history(), week, roadmap),
      format: this.host.format,
    });
  }

  /** Writes the answers into the week's note and records the check-in. */
  async save(week: IsoWeek, roadmap: Roadmap, answers: readonly Answer[], today: string): Promise<SaveOutcome> {
    const { path } = await this.weekNote(week);
    let outcome: SaveOutcome;
    try {
      outcome = await saveAnswers(this.host.files, path, answers, () => this.initialText(week, roadmap), groupProgress(roadmap));
    } catch (error) {
      if (error instanceof MissingTemplate) return { ok: false, reason: error.message };
      throw error;
    }
    if (outcome.ok) await this.host.saveHistory(recordCheckin(this.host.history(), week, roadmap, today));
    return outcome;
  }

  /**
   * The history read back from the weekly notes alone (their frontmatter's `roadmap-progress:`
   * maps), for when the plugin's data is missing: the `weeks` weeks up to `week`.
   */
  async historyFromNotes(week: IsoWeek, weeks = 104): Promise<CheckinHistory> {
    const records: CheckinRecord[] = [];
    // The weekly settings read once (weekNote would read the plugins' config per week).
    const config = await this.config();
    for (let back = weeks - 1; back >= 0; back--) {
      const at = shiftWeek(week, -back);
      const text = await this.host.files.read(weeklyPath(config, this.host.format(weekMonday(at), config.format)));
      const groups = text === null ? null : readProgress(text);
      if (groups) records.push({ week: weekLabel(at), savedAt: '', done: [], groups });
    }
    return { version: 1, records };
  }

  /** The week's note, created from the template when missing; returns its path. */
  async ensureNote(week: IsoWeek, roadmap: Roadmap): Promise<{ ok: true; path: string } | { ok: false; reason: string }> {
    const { path } = await this.weekNote(week);
    if ((await this.host.files.read(path)) !== null) return { ok: true, path };
    try {
      await this.host.files.create(path, await this.initialText(week, roadmap));
    } catch (error) {
      if (error instanceof MissingTemplate) return { ok: false, reason: error.message };
      throw error;
    }
    return { ok: true, path };
  }
}
