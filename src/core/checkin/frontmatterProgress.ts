import { landed, refuse, type EditResult } from '../edit/types';
import { parseYamlText } from '../parse/frontmatter';

/**
 * Progress in the weekly note (SPEC §4 Progress history): its frontmatter's `roadmap:`
 * map, `{group: done/total}`, so the history syncs with the vault and survives a
 * reinstall. Writing replaces only that map's lines (or adds them, or a frontmatter
 * that holds only them); every other byte of the note stays.
 */

/** A YAML key as written: plain where YAML reads it back as the same text, else double-quoted (JSON). */
function yamlKey(name: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_ .()/&+-]*$/.test(name) && !/[ .]$/.test(name) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(name) && !/^[\d.+-]+$/.test(name) ? name : JSON.stringify(name);
}

function progressLines(groups: Record<string, [number, number]>, eol: string): string {
  const entries = Object.entries(groups);
  if (!entries.length) return `roadmap: {}${eol}`;
  return `roadmap:${eol}${entries.map(([name, [done, total]]) => `  ${yamlKey(name)}: ${done}/${total}${eol}`).join('')}`;
}

/** The note with its frontmatter's `roadmap:` map set to `groups`. */
export function writeProgress(text: string, groups: Record<string, [number, number]>): EditResult {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = progressLines(groups, eol);
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom));
  if (!open) return landed(text, [{ from: bom, to: bom, insert: `---${eol}${lines}---${eol}` }], 'progress recorded');
  const start = bom + open[0].length;
  let at = start;
  let keyFrom = -1;
  let keyTo = -1;
  while (at <= text.length) {
    const next = text.indexOf('\n', at);
    const lineEnd = next === -1 ? text.length : next + 1;
    const line = text.slice(at, lineEnd).replace(/\r?\n$/, '');
    if (/^---[ \t]*$/.test(line)) {
      if (keyFrom !== -1 && keyTo === -1) keyTo = at;
      break;
    }
    if (keyFrom !== -1 && keyTo === -1 && /^\S/.test(line)) keyTo = at;
    if (keyFrom === -1 && /^roadmap[ \t]*:/.test(line)) keyFrom = at;
    if (next === -1) return refuse('the note’s frontmatter has no closing ---');
    at = lineEnd;
  }
  if (keyFrom !== -1) {
    const old = text.slice(keyFrom, keyTo);
    if (/^roadmap[ \t]*:[ \t]*(?:true|false|yes|no)[ \t]*\r?$/im.test(old.split('\n')[0])) return refuse('the note’s frontmatter says roadmap: true/false, which is not a progress map; nothing was changed');
    return old === lines ? { ok: true, text, changes: [], message: 'progress unchanged' } : landed(text, [{ from: keyFrom, to: keyTo, insert: lines }], 'progress recorded');
  }
  return landed(text, [{ from: at, to: at, insert: lines }], 'progress recorded');
}

/** The `roadmap:` map a weekly note's frontmatter holds, or null when it has none (or it is not one). */
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
  const map = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).roadmap : null;
  if (!map || typeof map !== 'object' || Array.isArray(map)) return null;
  const out: Record<string, [number, number]> = {};
  for (const [name, value] of Object.entries(map)) {
    const pair = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(String(value));
    if (pair && Number(pair[1]) <= Number(pair[2])) out[name] = [Number(pair[1]), Number(pair[2])];
  }
  return out;
}
