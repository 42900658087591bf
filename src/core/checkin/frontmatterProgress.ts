import { landed, refuse, type EditResult } from '../edit/types';
import { parseYamlText } from '../parse/frontmatter';

/**
 * Progress in the weekly note (SPEC §4 Progress history): its frontmatter's
 * `roadmap-progress:` map, `{group: done/total}`, so the history syncs with the vault and
 * survives a reinstall. Writing replaces only that map's lines (or adds them, or a
 * frontmatter that holds only them); every other byte of the note stays.
 *
 * Earlier versions wrote the map under `roadmap:`, the property roadmap notes use as a
 * flag (`roadmap: true`); Obsidian gives a property one type across the vault, so one of
 * the two was flagged in the Properties panel. That map is still read, and replaced by
 * the new key on the next save; a `roadmap:` flag is left alone.
 */
const KEY = 'roadmap-progress';

/** A YAML key as written: plain where YAML reads it back as the same text, else double-quoted (JSON). */
function yamlKey(name: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_ .()/&+-]*$/.test(name) && !/[ .]$/.test(name) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(name) && !/^[\d.+-]+$/.test(name) ? name : JSON.stringify(name);
}

function progressLines(groups: Record<string, [number, number]>, eol: string): string {
  const entries = Object.entries(groups);
  if (!entries.length) return `${KEY}: {}${eol}`;
  return `${KEY}:${eol}${entries.map(([name, [done, total]]) => `  ${yamlKey(name)}: ${done}/${total}${eol}`).join('')}`;
}

/** The note with its frontmatter's `roadmap-progress:` map set to `groups` (an old `roadmap:` map replaced). */
export function writeProgress(text: string, groups: Record<string, [number, number]>): EditResult {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = progressLines(groups, eol);
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom));
  if (!open) return landed(text, [{ from: bom, to: bom, insert: `---${eol}${lines}---${eol}` }], 'progress recorded');
  const start = bom + open[0].length;
  let at = start;
  // Where each key's lines are: [from, to) from its line to the next top-level line.
  const spans = new Map<'new' | 'old', { from: number; to: number }>();
  let current: 'new' | 'old' | null = null;
  while (at <= text.length) {
    const next = text.indexOf('\n', at);
    const lineEnd = next === -1 ? text.length : next + 1;
    const line = text.slice(at, lineEnd).replace(/\r?\n$/, '');
    const closes = /^---[ \t]*$/.test(line);
    if (current && (closes || /^\S/.test(line))) {
      spans.get(current)!.to = at;
      current = null;
    }
    if (closes) break;
    const key = /^roadmap-progress[ \t]*:/.test(line) ? 'new' : /^roadmap[ \t]*:/.test(line) && !FLAG.test(line) ? 'old' : null;
    if (key && !spans.has(key)) {
      spans.set(key, { from: at, to: at });
      current = key;
    }
    if (next === -1) return refuse('the note’s frontmatter has no closing ---');
    at = lineEnd;
  }
  const found = spans.get('new') ?? spans.get('old');
  if (!found) return landed(text, [{ from: at, to: at, insert: lines }], 'progress recorded');
  const old = text.slice(found.from, found.to);
  const changes = old === lines ? [] : [{ from: found.from, to: found.to, insert: lines }];
  // An old map beside the new key goes: the history has one place in the note.
  const stale = spans.has('new') ? spans.get('old') : undefined;
  if (stale) changes.push({ from: stale.from, to: stale.to, insert: '' });
  changes.sort((a, b) => a.from - b.from);
  return changes.length ? landed(text, changes, 'progress recorded') : { ok: true, text, changes: [], message: 'progress unchanged' };
}

/** `roadmap: true` (and its kin): the roadmap notes' flag, never a progress map. */
const FLAG = /^roadmap[ \t]*:[ \t]*(?:true|false|yes|no)[ \t]*(?:#.*)?\r?$/i;

/** The progress map a weekly note's frontmatter holds (`roadmap-progress:`, else an old `roadmap:` map), or null. */
export function readProgress(text: string): Record<string, [number, number]> | null {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(bom));
  if (!match) return null;
  let data: unknown;
  try {
    data = parseYamlText(match[1]);
  } catch {
    return null;
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const map = record[KEY] ?? record.roadmap;
  if (!map || typeof map !== 'object' || Array.isArray(map)) return null;
  const out: Record<string, [number, number]> = {};
  for (const [name, value] of Object.entries(map)) {
    const pair = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(String(value));
    if (pair && Number(pair[1]) <= Number(pair[2])) out[name] = [Number(pair[1]), Number(pair[2])];
  }
  return out;
}
