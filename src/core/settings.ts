import type { Role } from './model/columns';

/** Everything configurable (SPEC §6). Versioned: `migrateSettings` upgrades old data. */
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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  roadmapTags: ['projects', 'roadmap'],
  roadmapFolders: [],
  linkDepth: 1,
  allNotes: false,
  columnWords: {},
});

export const MAX_LINK_DEPTH = 5;

/** Fresh settings, optionally with some values replaced. */
export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS) as Settings, ...overrides };
}

/** A tag as configured: `#` and surrounding slashes dropped, compared without case. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/^\/+|\/+$/g, '').toLowerCase();
}

/** A folder as configured: vault-relative, no leading or trailing slash. */
export function normaliseFolder(folder: string): string {
  return folder.trim().replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
}
