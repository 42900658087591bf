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
import { digestOf, groupsOf } from '../../src/core/model/digest';
import { extractNote } from '../../src/core/parse/extract';
import { refsOf } from '../helpers/notes';
import { expectOnlyChanged } from './helpers';

const vault = join(__dirname, '../../example-vault');
const projects = readFileSync(join(vault, 'Projects.md'), 'utf8');
const bets = readFileSync(join(vault, 'long term bets.md'), 'utf8');
const items = (path: string, text: string) => groupsOf(digestOf(extractNote(path, text), roleWords())).flatMap((g) => g.items);

function roundTrip(text: string, result: EditResult): void {
  expect(result.ok, result.ok ? '' : result.reason).toBe(true);
  if (!result.ok) return;
  expect(result.changes).toHaveLength(1);
  const [change] = result.changes;
  expectOnlyChanged(text, result.text, change.from, change.to);
  const undone = undoEdit(result.text, undoEntryFor('note.md', text, change, result.message));
  expect(undone.ok && undone.text).toBe(text);
}

describe('case 14: lossless round trip of every edit kind', () => {
  it('toggle: every checkbox of the example vault, HTML and GFM', () => {
    for (const text of [projects, bets]) for (const box of refsOf(text)) roundTrip(text, toggleCheckbox(text, box.ref));
  });

  it('set status, add task, board move and check-in answers', () => {
    const item = items('long term bets.md', bets).find((i) => i.ref && !i.done)!;
    roundTrip(bets, addTask(bets, { path: item.path, ref: item.ref! }, 'a new step'));
    roundTrip(bets, setItemState(bets, item, 'done'));
    const row = items('Projects.md', projects).find((i) => i.ref)!;
    roundTrip(projects, addTask(projects, { path: row.path, ref: row.ref! }, 'a new step'));
    const withStatus = '#roadmap\n\n| Done | Project | Status |\n| --- | --- | --- |\n| <input type="checkbox" id="a1b2c3"> | Parser | To do |\n';
    const parser = items('s.md', withStatus)[0];
    roundTrip(withStatus, setStatus(withStatus, { path: 's.md', ref: parser.ref! }, 'In progress'));
    roundTrip(withStatus, setItemState(withStatus, parser, 'doing'));
    const weekly = '# 2026-W48\n\n## What did I finish?\n\n## What is in the way?\nNothing yet.\n';
    roundTrip(weekly, upsertAnswers(weekly, [{ question: 'What did I finish?', answer: 'The parser.' }]));
    roundTrip(weekly, upsertAnswers(weekly, [{ question: 'What is in the way?', answer: 'Time.' }]));
  });
});
