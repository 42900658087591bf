import { planColumns } from '../model/columns';
import type { EditRules } from '../write/rules';
import { digestOf } from '../model/digest';
import type { Group } from '../model/types';
import { extractNote } from '../parse/extract';
import { LineMap } from '../parse/lines';
import type { ListEntry, Row, TableBlock } from '../parse/types';
import { cellSafe, lineSafe } from './cellText';
import { freshId } from './newId';
import { findItem } from './target';
import { landed, refuse, type EditResult } from './types';


/** The group a line names: the group's own line (its heading or group row), or one of its items'. */
export function groupAtLine(text: string, path: string, line: number, rules: EditRules): Group | null {
  const groups = digestOf(extractNote(path, text), rules.words, rules.statuses).groups;
  return groups.find((group) => group.items.some((item) => item.line === line)) ?? groups.find((group) => group.line === line && group.items.length > 0) ?? null;
}

/**
 * Add item (SPEC §3): appends an item to a group in the note's own form — a table row
 * after the group's last row, each cell as wide as the row above's, the check cell as
 * the table keeps it (an unchecked Table Checkboxes checkbox when the row above has
 * one there); or a list item after the group's last item (nested lines included), with
 * its indent, bullet (the next number for a numbered list) and a task marker when the
 * item above has one. `line` is the group's line or one of its items'.
 */
export function addItem(text: string, path: string, line: number, title: string, rules: EditRules): EditResult {
  const group = groupAtLine(text, path, line, rules);
  if (!group) return refuse(`line ${line} of ${path} is not a group with items or one of its items (add the first item in the note)`);
  return addItemToGroup(text, path, group, title, rules);
}

/** Add item to a group already found in this text (groupAtLine), so a caller that names it parses once. */
export function addItemToGroup(text: string, path: string, group: Group, title: string, rules: EditRules): EditResult {
  const last = group.items[group.items.length - 1];
  const found = findItem(text, { path, line: last.line });
  if (!found.ok) return refuse(found.reason);
  if (found.kind === 'row') {
    const safe = cellSafe(title);
    if (!safe.ok) return refuse(safe.reason);
    return addRow(text, found.table, found.row, safe.text, group.title, rules);
  }
  const safe = lineSafe(title);
  if (!safe.ok) return refuse(safe.reason);
  return addListItem(text, found.entry, safe.text, group.title);
}

function addRow(text: string, table: TableBlock, above: Row, title: string, groupTitle: string, rules: EditRules): EditResult {
  const { roles } = planColumns(table.header.map((cell) => cell.text), rules.words);
  if (roles.item === undefined) return refuse('this table has no column for items');
  const lines = new LineMap(text);
  const lineStart = lines.starts[above.line - 1];
  const rowText = text.slice(lineStart, above.end);
  const id = () => freshId(text, rules.nextId);
  let row = rowText;
  // Right to left, so earlier offsets stay good.
  for (let i = above.cells.length - 1; i >= 0; i--) {
    const cell = above.cells[i];
    const old = text.slice(cell.start, cell.end);
    let body = '';
    if (i === roles.item) {
      const ownBox = /^\s*<input\b[^>]*>/i.test(old) && roles.check === undefined;
      body = ownBox ? `<input type="checkbox" unchecked id="${id()}"> ${title}` : title;
    } else if (i === roles.check && cell.checkboxes.some((box) => box.kind === 'html')) {
      body = `<input type="checkbox" unchecked id="${id()}">`;
    }
    row = row.slice(0, cell.start - lineStart) + fit(old, body) + row.slice(cell.end - lineStart);
  }
  const eol = text[above.end] === '\r' ? '\r\n' : '\n';
  return landed(text, [{ from: above.end, to: above.end, insert: `${eol}${row}` }], `item "${title}" added to ${groupTitle}`);
}

/** A cell's new content, as wide as the old one where it fits, one space either side otherwise. */
function fit(old: string, body: string): string {
  const lead = /^[ \t]*/.exec(old)![0];
  const content = body ? lead + body : lead;
  if (content.length < old.length) return content.padEnd(old.length, ' ');
  return body && /[ \t]$/.test(old) ? `${content} ` : content;
}

function addListItem(text: string, entry: ListEntry, title: string, groupTitle: string): EditResult {
  const lines = new LineMap(text);
  const lineStart = lines.starts[entry.line - 1];
  const prefix = text.slice(lineStart, entry.start);
  const lastLine = lines.lineOf(Math.max(entry.start, entry.end - 1));
  const end = lines.starts[lastLine - 1] + lines.lineText(lastLine).replace(/\r$/, '').length;
  const head = /^(?:([-*+])|(\d{1,9})([.)]))([ \t]+)(\[.\][ \t]+)?/.exec(text.slice(entry.start, entry.start + 24));
  if (!head) return refuse('cannot tell how this list writes its items');
  const bullet = head[1] ?? `${Number(head[2]) + 1}${head[3]}`;
  const marker = head[5] ? '[ ] ' : '';
  const eol = text[end] === '\r' ? '\r\n' : '\n';
  return landed(text, [{ from: end, to: end, insert: `${eol}${prefix}${bullet}${head[4]}${marker}${title}` }], `item "${title}" added to ${groupTitle}`);
}
