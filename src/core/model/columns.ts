/** Table column roles (SPEC §2.1): which header words make a column a role. */

export type Role = 'check' | 'group' | 'item' | 'status' | 'priority' | 'start' | 'due';

/** When a header names two roles, the more specific one wins: earlier here. */
export const ROLE_ORDER: readonly Role[] = ['status', 'priority', 'start', 'due', 'check', 'group', 'item'];

export const DEFAULT_ROLE_WORDS: Readonly<Record<Role, readonly string[]>> = {
  check: ['checklist', 'check', 'done', 'complete', 'completed', '✓', '✅'],
  group: ['objective', 'goal', 'area', 'theme', 'epic', 'track'],
  item: ['project', 'projects', 'breakdown', 'task', 'deliverable', 'topic', 'resource', 'milestone', 'item', 'name', 'title'],
  status: ['status', 'state', 'stage'],
  priority: ['priority', 'prio', 'rank'],
  start: ['start', 'begin', 'from', 'kickoff'],
  due: ['due', 'deadline', 'date', 'when', 'quarter', 'target', 'by'],
};

export type RoleWords = Record<Role, readonly string[]>;

/** Default words plus a person's extra words per role (from settings). */
export function roleWords(extra: Partial<Record<Role, readonly string[]>> = {}): RoleWords {
  const words = {} as Record<Role, readonly string[]>;
  for (const role of ROLE_ORDER) {
    words[role] = [...DEFAULT_ROLE_WORDS[role], ...(extra[role] ?? []).map((w) => w.trim().toLowerCase()).filter(Boolean)];
  }
  return words;
}

/** The role a header names, or null. Headers are compared without formatting or case. */
export function headerRole(header: string, words: RoleWords): Role | null {
  const lower = header.toLowerCase();
  const tokens = new Set(lower.split(/[^\p{L}\p{N}✓✅]+/u).filter(Boolean));
  for (const symbol of ['✓', '✅']) if (lower.includes(symbol)) tokens.add(symbol);
  for (const role of ROLE_ORDER) {
    if (words[role].some((word) => tokens.has(word) || (word.includes(' ') && lower.includes(word)))) return role;
  }
  return null;
}

export interface ColumnPlan {
  roles: Partial<Record<Role, number>>;
  /** Header text per column, made unique, for `fields`. */
  names: string[];
}

/** Assigns each role to the first column that names it; the rest are plain fields. */
export function planColumns(headers: readonly string[], words: RoleWords): ColumnPlan {
  const roles: Partial<Record<Role, number>> = {};
  headers.forEach((header, index) => {
    const role = headerRole(header, words);
    if (role && roles[role] === undefined) roles[role] = index;
  });
  if (roles.item === undefined) {
    const taken = new Set(Object.values(roles));
    const free = headers.findIndex((header, index) => !taken.has(index) && headerRole(header, words) === null);
    if (free !== -1) roles.item = free;
  }
  const seen = new Map<string, number>();
  const names = headers.map((header, index) => {
    const base = header.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} ${count}`;
  });
  return { roles, names };
}
