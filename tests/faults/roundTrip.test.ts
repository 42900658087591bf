// Case 14: every edit kind changes only its own bytes, and undoing it gives the same bytes back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTask } from '../../src/core/edit/addTask';
import { setItemState } from '../../src/core/edit/setState';
import { setStatus } from '../../src/core/edit/setStatus';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import type { EditResult } from '../../src/core/edit/types';
import { undoEdit, undoEntryFor } from '../../src/core/edit/undo';
import { upsertAnswers } from '../../src/core/checkin/answers';
import { roleWords } from '../../src/core/model/columns';
import { digestOf } from '../../src/core/model/digest';
import { extractNote } from '../../src/core/parse/extract';
import { refsOf } from '../helpers/notes';
import { expectOnlyChanged } from './helpers';
import { BARE, RULES } from '../helpers/rules';

const vault = join(__dirname, '../../example-vault');
const projects = readFileSync(join(vault, 'Projects.md'), 'utf8');
const bets = readFileSync(join(vault, 'long term bets.md'), 'utf8');
const items = (path: string, text: string) => digestOf(extractNote(path, text), roleWords()).groups.flatMap((g) => g.items);

/**
 * The edit succeeded with one splice, nothing outside `[from, to)` of the text changed
 * (a range the caller finds in the text, not the edit's own answer), and undo restores it.
 */
function roundTrip(text: string, result: EditResult, from: number, to: number): void {
  expect(result.ok, result.ok ? '' : result.reason).toBe(true);
  if (!result.ok) return;
  expect(result.changes).toHaveLength(1);
  const [change] = result.changes;
  expectOnlyChanged(text, result.text, from, to);
  const undone = undoEdit(result.text, undoEntryFor('note.md', text, change, result.message));
  expect(undone.ok && undone.text).toBe(text);
}

/** The table cell around `text`: from just after its `|` to its closing `|`. */
function cellAround(note: string, text: string): [number, number] {
  const at = note.indexOf(text);
  return [note.lastIndexOf('|', at) + 1, note.indexOf('|', at)];
}

/** Where a list item's block ends: the end of its last indented line (before its break). */
function endOfItem(note: string, line: number): number {
  const lines = note.split('\n');
  let last = line - 1;
  while (last + 1 < lines.length && /^\s+\S/.test(lines[last + 1])) last++;
  return lines.slice(0, last + 1).join('\n').length;
}

/** A section's body: from after its heading line to the next heading (or the end). */
function sectionBody(note: string, heading: string): [number, number] {
  const from = note.indexOf(`${heading}\n`) + heading.length + 1;
  const next = note.indexOf('\n#', from - 1);
  return [from, next === -1 ? note.length : next + 1];
}

describe('case 14: lossless round trip of every edit kind', () => {
  it('toggle: every checkbox of the example vault, HTML and GFM, changes only its own tag or brackets', () => {
    for (const text of [projects, bets]) for (const box of refsOf(text)) roundTrip(text, toggleCheckbox(text, box.ref, undefined, BARE), box.start, box.end);
  });

  it('set status, add task, board move and check-in answers', () => {
    const item = items('long term bets.md', bets).find((i) => i.ref && !i.done)!;
    const end = endOfItem(bets, item.line);
    roundTrip(bets, addTask(bets, { path: item.path, ref: item.ref! }, 'a new step', RULES), end, end);
    const box = refsOf(bets).find((b) => b.line === item.line)!;
    roundTrip(bets, setItemState(bets, item, 'done', RULES), box.start, box.end);
    const row = items('Projects.md', projects).find((i) => i.ref)!;
    roundTrip(projects, addTask(projects, { path: row.path, ref: row.ref! }, 'a new step', RULES), ...cellAround(projects, row.title));
    const withStatus = '#roadmap\n\n| Done | Project | Status |\n| --- | --- | --- |\n| <input type="checkbox" id="a1b2c3"> | Parser | To do |\n';
    const parser = items('s.md', withStatus)[0];
    roundTrip(withStatus, setStatus(withStatus, { path: 's.md', ref: parser.ref! }, 'In progress', RULES), ...cellAround(withStatus, 'To do'));
    roundTrip(withStatus, setItemState(withStatus, parser, 'doing', RULES), ...cellAround(withStatus, 'To do'));
    const weekly = '# 2026-W48\n\n## What did I finish?\n\n## What is in the way?\nNothing yet.\n';
    roundTrip(weekly, upsertAnswers(weekly, [{ question: 'What did I finish?', answer: 'The parser.' }]), ...sectionBody(weekly, '## What did I finish?'));
    roundTrip(weekly, upsertAnswers(weekly, [{ question: 'What is in the way?', answer: 'Time.' }]), ...sectionBody(weekly, '## What is in the way?'));
  });
});
