import { decodeRef } from '../model/ref';
import { extractNote } from '../parse/extract';
import type { ListEntry, Row, TableBlock } from '../parse/types';
import { locateCheckbox } from './locate';

/**
 * What set-status and add-task act on: an item named by its checkbox ref (found again
 * as toggles are), or by `path:line` for rows that have no checkbox.
 */
export type Target = { path: string; ref: string } | { path: string; line: number };

/** Reads a target as given on a command line: a ref, or `path:line`. */
export function parseTarget(text: string): Target | null {
  const ref = decodeRef(text);
  if (ref) return { path: ref.path, ref: text };
  const match = /^(.+):(\d+)$/.exec(text);
  if (!match || Number(match[2]) < 1) return null;
  return { path: match[1], line: Number(match[2]) };
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
