import { ROLE_ORDER, type Role } from './model/columns';
import type { State } from './model/types';

export type Grouping = 'groups' | 'status' | 'timeline';

/** Everything configurable (SPEC §6). Versioned: `loadSettings` migrates older data. */
export interface Settings {
  version: 1;
  roadmapTags: string[];
  roadmapFolders: string[];
  /** How many wikilink hops from a roadmap note are read too. */
  linkDepth: number;
  /** Treat every note as a roadmap note. */
  allNotes: boolean;
  /** Extra header words per column role, on top of the built-in ones. */
  columnWords: Partial<Record<Role, string[]>>;
  weeklyFolder: string;
  /** moment.js format of the weekly note's name (ISO week tokens). */
  weeklyFormat: string;
  /** Path of a template note; empty for the built-in template. */
  weeklyTemplate: string;
  /** Use the Periodic Notes / Calendar weekly settings where those plugins have them. */
  usePeriodicNotes: boolean;
  boardGrouping: Grouping;
  boardShowDone: boolean;
  reminderEnabled: boolean;
  /** 1 = Monday … 7 = Sunday (ISO). */
  reminderWeekday: number;
  /** How many roadmap changes can be undone. */
  undoDepth: number;
  /** More task status characters and what they mean (`>` → todo); the Tasks plugin's settings win. */
  taskStatuses: Record<string, State>;
  /**
   * When a checked task gets ` ✅ YYYY-MM-DD` (SPEC §3): `tasks` where the note writes
   * Tasks' dates or the Tasks plugin sets done dates; `always`; `never`.
   */
  doneDates: DoneDates;
  /** How many saved check-ins in a row must see an item under way unchanged before it is named stale. */
  staleAfter: number;
}

export type DoneDates = 'tasks' | 'always' | 'never';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  roadmapTags: ['projects', 'roadmap'],
  roadmapFolders: [],
  linkDepth: 1,
  allNotes: false,
  columnWords: {},
  weeklyFolder: 'Check-ins',
  weeklyFormat: 'GGGG-[W]WW',
  weeklyTemplate: '',
  usePeriodicNotes: true,
  boardGrouping: 'groups',
  boardShowDone: true,
  reminderEnabled: false,
  reminderWeekday: 5,
  undoDepth: 20,
  taskStatuses: {},
  doneDates: 'tasks',
  staleAfter: 3,
});

export const MAX_LINK_DEPTH = 5;

/** Fresh settings, optionally with some values replaced. */
export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  // A JSON copy, not structuredClone: iOS 15.0–15.3 has no structuredClone.
  return { ...(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings), ...overrides };
}

/** A tag as configured: `#` and surrounding slashes dropped, compared without case. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/^\/+|\/+$/g, '').toLowerCase();
}

/** A folder as configured: vault-relative, no leading or trailing slash. */
export function normaliseFolder(folder: string): string {
  return folder.trim().replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
}

export interface SettingProblem {
  field: keyof Settings;
  message: string;
}

type Check = (value: unknown) => { value: unknown } | { problem: string };

const list = (each: (item: string) => string | null, emptyOk: boolean): Check => (value) => {
  const items = typeof value === 'string' ? value.split(/[,\n]/) : value;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) return { problem: 'must be a list of names' };
  const cleaned = (items as string[]).map((item) => item.trim()).filter(Boolean);
  if (!cleaned.length && !emptyOk) return { problem: 'needs at least one entry' };
  for (const item of cleaned) {
    const problem = each(item);
    if (problem) return { problem };
  }
  return { value: [...new Set(cleaned)] };
};

const wholeNumber = (min: number, max: number): Check => (value) => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max ? { value: number } : { problem: `must be a whole number from ${min} to ${max}` };
};

const flag: Check = (value) => (typeof value === 'boolean' ? { value } : { problem: 'must be on or off' });

const folderPath = (emptyOk: boolean): Check => (value) => {
  if (typeof value !== 'string') return { problem: 'must be a folder path' };
  const folder = normaliseFolder(value);
  if (!folder && !emptyOk) return { problem: 'needs a folder' };
  if (folder.split('/').some((part) => part === '..')) return { problem: 'must stay inside the vault (no "..")' };
  if (/[\\:*?"<>|]/.test(folder)) return { problem: 'holds a character file names cannot have' };
  return { value: folder };
};

const CHECKS: { [K in Exclude<keyof Settings, 'version'>]: Check } = {
  roadmapTags: list((tag) => (/^#?[\p{L}\p{N}_/-]+$/u.test(tag) && /[\p{L}_/-]/u.test(tag) ? null : `"${tag}" is not a tag (letters, digits, _ - / only, not only digits)`), false),
  roadmapFolders: list((folder) => {
    const checked = folderPath(false)(folder);
    return 'problem' in checked ? `"${folder}" ${checked.problem}` : null;
  }, true),
  linkDepth: wholeNumber(0, MAX_LINK_DEPTH),
  allNotes: flag,
  columnWords: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'must give words per column role' };
    const out: Partial<Record<Role, string[]>> = {};
    for (const [role, words] of Object.entries(value)) {
      if (!ROLE_ORDER.includes(role as Role)) return { problem: `"${role}" is not a column role (${ROLE_ORDER.join(', ')})` };
      const checked = list(() => null, true)(words);
      if ('problem' in checked) return { problem: `${role}: ${checked.problem}` };
      out[role as Role] = (checked.value as string[]).map((w) => w.toLowerCase());
    }
    return { value: out };
  },
  weeklyFolder: folderPath(true),
  weeklyFormat: (value) => {
    if (typeof value !== 'string' || !value.trim()) return { problem: 'needs a date format' };
    if (/[\\:*?"<>|]/.test(value.replace(/\[[^\]]*\]/g, ''))) return { problem: 'would make a file name with a character file names cannot have' };
    if (!/W|w/.test(value.replace(/\[[^\]]*\]/g, ''))) return { problem: 'needs a week token (WW for the ISO week)' };
    return { value: value.trim() };
  },
  weeklyTemplate: (value) => {
    if (typeof value !== 'string') return { problem: 'must be a note path' };
    const checked = value.trim() ? folderPath(true)(value) : { value: '' };
    return checked;
  },
  usePeriodicNotes: flag,
  boardGrouping: (value) => (value === 'groups' || value === 'status' || value === 'timeline' ? { value } : { problem: 'must be groups, status or timeline' }),
  boardShowDone: flag,
  reminderEnabled: flag,
  reminderWeekday: wholeNumber(1, 7),
  undoDepth: wholeNumber(1, 200),
  staleAfter: wholeNumber(1, 12),
  doneDates: (value) => (value === 'tasks' || value === 'always' || value === 'never' ? { value } : { problem: 'must be tasks, always or never' }),
  taskStatuses: (value) => {
    // From the settings tab as text (`> todo, ! doing`), or saved as a map.
    const entries: [string, unknown][] =
      typeof value === 'string'
        ? value.split(/[,\n]/).map((entry) => entry.trim()).filter(Boolean).map((entry) => [[...entry][0], entry.slice([...entry][0].length).replace(/^\s*[=:]?\s*/, '').toLowerCase()])
        : typeof value === 'object' && value !== null && !Array.isArray(value)
          ? Object.entries(value)
          : [];
    if (typeof value !== 'string' && !entries.length && (typeof value !== 'object' || value === null || Array.isArray(value))) return { problem: 'must map status characters to todo, doing, done or cancelled' };
    const out: Record<string, State> = {};
    for (const [symbol, state] of entries) {
      if ([...symbol].length !== 1 || /[[\]\\\s]/.test(symbol)) return { problem: `"${symbol}" is not one status character` };
      if (state !== 'todo' && state !== 'doing' && state !== 'done' && state !== 'cancelled') return { problem: `"${symbol}" needs a state: todo, doing, done or cancelled` };
      out[symbol] = state;
    }
    return { value: out };
  },
};

/** Checks one field's new value: the cleaned value, or why it cannot be saved. */
export function checkSetting<K extends Exclude<keyof Settings, 'version'>>(field: K, value: unknown): { ok: true; value: Settings[K] } | { ok: false; message: string } {
  const result = CHECKS[field](value);
  return 'problem' in result ? { ok: false, message: result.problem } : { ok: true, value: result.value as Settings[K] };
}

/**
 * Reads saved settings of any version: migrates older shapes, keeps every valid value,
 * replaces each invalid one by its default and says why.
 */
export function loadSettings(saved: unknown): { settings: Settings; problems: SettingProblem[] } {
  const settings = makeSettings();
  const problems: SettingProblem[] = [];
  if (saved === null || saved === undefined) return { settings, problems };
  if (typeof saved !== 'object' || Array.isArray(saved)) {
    return { settings, problems: [{ field: 'version', message: 'saved settings were not readable; defaults are used' }] };
  }
  let data = saved as Record<string, unknown>;
  const version = data.version ?? 0;
  if (version === 0) data = migrateV0(data);
  else if (version !== 1) {
    return { settings, problems: [{ field: 'version', message: `saved settings are from a newer version (${JSON.stringify(version)}); defaults are used until you save` }] };
  }
  for (const field of Object.keys(CHECKS) as (keyof typeof CHECKS)[]) {
    if (!(field in data)) continue;
    const checked = checkSetting(field, data[field]);
    if (checked.ok) (settings as unknown as Record<string, unknown>)[field] = checked.value;
    else problems.push({ field, message: `${checked.message}; the default is used` });
  }
  return { settings, problems };
}

/**
 * Version 0 (unversioned, as first saved): `tags` and `folders` as comma-separated text,
 * `depth` for the link depth, `weeklyNoteFolder` and `weeklyNoteFormat`.
 */
function migrateV0(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data, version: 1 };
  const rename: [string, string][] = [
    ['tags', 'roadmapTags'],
    ['folders', 'roadmapFolders'],
    ['depth', 'linkDepth'],
    ['weeklyNoteFolder', 'weeklyFolder'],
    ['weeklyNoteFormat', 'weeklyFormat'],
  ];
  for (const [from, to] of rename) {
    if (from in data && !(to in data)) out[to] = data[from];
    delete out[from];
  }
  return out;
}
