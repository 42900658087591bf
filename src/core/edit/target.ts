import { decodeRef } from '../model/ref';
import { extractNote } from '../parse/extract';
import type { ListEntry, Row, TableBlock } from '../parse/types';
import { locateCheckbox } from './locate';

/**
 * What set-status and add-task act on: an item named by its checkbox ref (found again
 * as toggles are), or by `path:line` for rows that have no checkbox.
 */
export type Target = { path: string; ref: string } | { path: string; line: number };

/**
 * A target as typed on a command line (SPEC §7): a ref, a checkbox's HTML id (`7d8cec`
 * or `#7d8cec`), or `path:line` with an optional `:n` for the n-th checkbox of the line.
 */
export type TypedTarget =
  | { kind: 'ref'; path: string; ref: string }
  | { kind: 'id'; id: string }
  | { kind: 'line'; path: string; line: number; n: number | null };

/** Reads a typed target; null when it is none of the three forms. */
export function readTarget(text: string): TypedTarget | null {
  const ref = decodeRef(text);
  if (ref) return { kind: 'ref', path: ref.path, ref: text };
  // The path is the shortest start that leaves `:line` or `:line:n` (a path may hold colons).
  const line = /^(.+?):(\d+)(?::(\d+))?$/.exec(text);
  if (line) {
    const [number, n] = [Number(line[2]), line[3] === undefined ? null : Number(line[3])];
    return number >= 1 && (n === null || n >= 1) ? { kind: 'line', path: line[1], line: number, n } : null;
  }
  const id = /^#?([A-Za-z0-9_-]+)$/.exec(text);
  return id ? { kind: 'id', id: id[1] } : null;
}

export type FoundItem =
  | { ok: true; kind: 'row'; table: TableBlock; row: Row }
  | { ok: true; kind: 'list'; entry: ListEntry }
  | { ok: false; reason: string };

/** Finds the table row or list item a target names in the text as it is now. */
export function findItem(text: string, target: Target): FoundItem {
  let line: number;
  if ('ref' in target) {
    const located = locateCheckbox(text, decodeRef(target.ref)!);
    if (!located.ok) return located;
    line = located.box.line;
  } else {
    line = target.line;
  }
  const doc = extractNote(target.path, text);
  for (const block of doc.blocks) {
    if (block.type === 'table') {
      const row = block.rows.find((r) => r.line === line);
      if (row) return { ok: true, kind: 'row', table: block, row };
    } else if (block.type === 'list') {
      const entry = findEntry(block.items, line);
      if (entry) return { ok: true, kind: 'list', entry };
    }
  }
  return { ok: false, reason: `line ${line} of ${target.path} is not a table row or list item` };
}

function findEntry(entries: readonly ListEntry[], line: number): ListEntry | null {
  for (const entry of entries) {
    if (entry.line === line) return entry;
    const nested = findEntry(entry.children, line);
    if (nested) return nested;
  }
  return null;
}
