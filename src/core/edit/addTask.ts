import { planColumns } from '../model/columns';
import type { EditRules } from '../write/rules';
import { LineMap } from '../parse/lines';
import type { ListEntry } from '../parse/types';
import { cellSafe, lineSafe } from './cellText';
import { freshId } from './newId';
import { findItem, type Target } from './target';
import { landed, refuse, type EditResult } from './types';

/**
 * Appends a task under an item: `<br><input type="checkbox" unchecked id="…"> text` at
 * the end of a table row's item cell, or a nested `- [ ] text` under a list item.
 */
export function addTask(text: string, target: Target, taskText: string, rules: EditRules): EditResult {
  const found = findItem(text, target);
  if (!found.ok) return refuse(found.reason);
  if (found.kind === 'list') {
    const safe = lineSafe(taskText);
    return safe.ok ? addToList(text, found.entry, safe.text) : refuse(safe.reason);
  }
  const safe = cellSafe(taskText);
  if (!safe.ok) return refuse(safe.reason);
  const { roles } = planColumns(found.table.header.map((cell) => cell.text), rules.words);
  const cell = roles.item === undefined ? undefined : found.row.cells[roles.item];
  if (!cell || !cell.text) return refuse('this row has no item to add a task to');
  const old = text.slice(cell.start, cell.end);
  const content = old.trimEnd();
  const padding = old.length - content.length;
  const insert = `<br><input type="checkbox" unchecked id="${freshId(text, rules.nextId)}"> ${safe.text}`;
  // Use up trailing padding where the task fits, so an aligned table stays aligned.
  const keep = padding - insert.length >= 1 ? padding - insert.length : Math.min(padding, 1);
  const from = cell.start + content.length;
  return landed(text, [{ from, to: cell.end, insert: insert + ' '.repeat(keep) }], `task "${safe.text}" added`);
}

function addToList(text: string, entry: ListEntry, taskText: string): EditResult {
  const lines = new LineMap(text);
  const lastLine = lines.lineOf(Math.max(entry.start, entry.end - 1));
  const lineStart = lines.starts[lastLine - 1];
  const lineEnd = lineStart + lines.lineText(lastLine).length;
  const eol = text[lineEnd] === '\r' ? '\r\n' : text[lineEnd] === '\n' ? '\n' : /\r\n/.test(text) ? '\r\n' : '\n';
  const ownPrefix = text.slice(lines.starts[entry.line - 1], entry.start);
  let indent: string;
  let bullet = '- ';
  const child = entry.children[entry.children.length - 1];
  if (child) {
    indent = text.slice(lines.starts[child.line - 1], child.start);
    // The sub-list's own bullet: the next number under a numbered one (SPEC §3).
    const head = /^(?:([-*+])|(\d{1,9})([.)]))([ \t]+)/.exec(text.slice(child.start, child.start + 16));
    if (head) bullet = head[1] ? `${head[1]}${head[4]}` : `${Number(head[2]) + 1}${head[3]}${head[4]}`;
  } else {
    const marker = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(text.slice(entry.start, entry.start + 16));
    indent = ownPrefix + ' '.repeat(marker ? marker[0].length : 2);
  }
  if (/[^\s>]/.test(indent)) return refuse('cannot tell how to indent a task under this item');
  return landed(text, [{ from: lineEnd, to: lineEnd, insert: `${eol}${indent}${bullet}[ ] ${taskText}` }], `task "${taskText}" added`);
}
