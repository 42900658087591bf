import type { Settings } from '../settings';

/** Where the weekly note lives and what it starts from. */
export interface WeeklyConfig {
  folder: string;
  /** moment.js format of the note's name. */
  format: string;
  /** Vault path of a template note; empty for the built-in template. */
  template: string;
  source: 'Periodic Notes' | 'Calendar' | 'Roadmap Board';
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const record = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/**
 * Periodic Notes' weekly settings when weekly notes are enabled there: the 0.x shape
 * (`weekly: {enabled, format, folder, template}`) or the 1.0 shape (`calendarSets[].week`,
 * the active set first). Null when it has none.
 */
export function periodicNotesWeekly(data: unknown): Omit<WeeklyConfig, 'source'> | null {
  const root = record(data);
  if (!root) return null;
  const sets = Array.isArray(root.calendarSets) ? root.calendarSets.map(record).filter((s) => s !== null) : [];
  if (sets.length) {
    const active = sets.find((s) => s.id === root.activeCalendarSet) ?? sets[0];
    const week = record(active.week);
    if (!week || week.enabled !== true) return null;
    return { folder: text(week.folder), format: text(week.format) || 'gggg-[W]ww', template: text(week.templatePath ?? week.template) };
  }
  const weekly = record(root.weekly);
  if (!weekly || weekly.enabled !== true) return null;
  return { folder: text(weekly.folder), format: text(weekly.format) || 'gggg-[W]ww', template: text(weekly.template) };
}

/** The Calendar plugin's weekly-note settings, when it has a weekly format or folder. */
export function calendarWeekly(data: unknown): Omit<WeeklyConfig, 'source'> | null {
  const root = record(data);
  if (!root) return null;
  const format = text(root.weeklyNoteFormat);
  const folder = text(root.weeklyNoteFolder);
  if (!format && !folder && root.showWeeklyNote !== true) return null;
  return { folder, format: format || 'gggg-[W]ww', template: text(root.weeklyNoteTemplate) };
}

/**
 * SPEC §5: Periodic Notes' weekly settings where it has weekly notes enabled, else
 * Calendar's, else ours. `plugins` holds each installed plugin's data, by id, for the
 * plugins that are enabled (null when unknown). Paths lose `.md` and outer slashes.
 */
export function weeklyConfig(settings: Settings, plugins: { periodicNotes?: unknown; calendar?: unknown } = {}): WeeklyConfig {
  const clean = (config: Omit<WeeklyConfig, 'source'>, source: WeeklyConfig['source']): WeeklyConfig => ({
    folder: config.folder.replace(/^\/+|\/+$/g, ''),
    format: config.format.replace(/\.md$/i, ''),
    template: config.template.replace(/^\/+/, '').replace(/\.md$/i, ''),
    source,
  });
  if (settings.usePeriodicNotes) {
    const periodic = periodicNotesWeekly(plugins.periodicNotes);
    if (periodic) return clean(periodic, 'Periodic Notes');
    const calendar = calendarWeekly(plugins.calendar);
    if (calendar) return clean(calendar, 'Calendar');
  }
  return clean({ folder: settings.weeklyFolder, format: settings.weeklyFormat, template: settings.weeklyTemplate }, 'Roadmap Board');
}

/** The weekly note's vault path for a date (the Monday of its week). */
export function weeklyPath(config: WeeklyConfig, name: string): string {
  return `${config.folder ? `${config.folder}/` : ''}${name}.md`;
}
