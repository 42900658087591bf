import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTask } from '../../../src/core/edit/addTask';
import { cannotMove, setItemState } from '../../../src/core/edit/setState';
import { setStatus } from '../../../src/core/edit/setStatus';
import type { EditResult } from '../../../src/core/edit/types';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf } from '../../../src/core/model/digest';
import type { State } from '../../../src/core/model/types';
import { extractNote } from '../../../src/core/parse/extract';
import { lineFingerprint } from '../../../src/core/parse/lineHash';
import { refsOf } from '../../helpers/notes';
import { applyEdits, buildLines, edits, joinLines, lineAbove, lineStartOf, noteSpec, type Tagged } from './generatedNotes';
import { RULES, rulesWith } from '../../helpers/rules';

// Set-status, add-task and a board move name their item by a ref taken before the note
// changed (inserted, deleted, copied and moved lines). Each must change the row or item
// the ref was taken from, wherever it went, or refuse: never another one.

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const seed = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
const STATES: State[] = ['todo', 'doing', 'done'];

interface Case {
  text: string;
  tagged: Tagged[];
  mutated: string;
  spec: { crlf: boolean; bom: boolean };
}

/**
 * The lines of the mutated text the ref's item may be on: the line that came from
 * `origin`, and any line that is, by all a ref can know — its text with every checkbox
 * state set aside, and the line above it — what that line was (a twin that took its place
 * under its heading when sections moved). With their ranges.
 */
function linesFor(c: Case, origin: number): { index: number; start: number; end: number }[] {
  const before = c.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const now = c.tagged.map((t) => t.line);
  const print = lineFingerprint(before[origin - 1]);
  const above = lineFingerprint(lineAbove(before, origin - 1));
  const found: { index: number; start: number; end: number }[] = [];
  c.tagged.forEach((t, index) => {
    if (t.origin !== origin && (lineFingerprint(t.line) !== print || lineFingerprint(lineAbove(now, index)) !== above)) return;
    const start = lineStartOf(c.tagged, index, c.spec);
    found.push({ index, start, end: start + t.line.length });
  });
  return found;
}

/**
 * Where the edit changed the text: its splices, checked to rebuild exactly the text it
 * returned (so they can be trusted as the place), as one covering range.
 */
function changedRange(c: Case, result: EditResult & { ok: true }): [number, number] {
  let rebuilt = c.mutated;
  for (const change of [...result.changes].sort((a, b) => b.from - a.from)) rebuilt = rebuilt.slice(0, change.from) + change.insert + rebuilt.slice(change.to);
  expect(rebuilt).toBe(result.text);
  return [Math.min(...result.changes.map((ch) => ch.from)), Math.max(...result.changes.map((ch) => ch.to))];
}

/** The edit landed, and every byte it changed is on the line of the ref's item (see linesFor). */
function expectOnLine(c: Case, result: EditResult & { ok: true }, origin: number): void {
  const [from, to] = changedRange(c, result);
  const line = linesFor(c, origin).find((l) => l.start <= from && to <= l.end);
  expect(line, `the change ${from}–${to} is not on the item's line`).toBeDefined();
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/** A list task landed under the ref's item: after it and lines of that item only. */
function expectUnderItem(c: Case, result: EditResult & { ok: true }, origin: number): void {
  const [from] = changedRange(c, result);
  const ends = c.tagged.findIndex((t, i) => lineStartOf(c.tagged, i, c.spec) + t.line.length === from);
  expect(ends, 'the task was not added at the end of a line').not.toBe(-1);
  const owner = linesFor(c, origin)
    .filter((l) => l.index <= ends)
    .pop();
  expect(owner, 'the task was added above the item').toBeDefined();
  // Every line up to there belongs to the item: deeper, or a lazy continuation of its
  // text (a line right after a non-blank one that starts no block of its own, which
  // CommonMark keeps in the item's paragraph). Blank lines between are the item's when a
  // deeper line follows them, as checked here.
  const own = indentOf(c.tagged[owner!.index].line);
  for (let i = owner!.index + 1; i <= ends; i++) {
    const text = c.tagged[i].line;
    if (text.trim() === '' && i < ends) continue;
    const lazy = text.trim() !== '' && c.tagged[i - 1].line.trim() !== '' && !/^\s*(?:[-*+]|\d+[.)])(?:\s|$)|^\s{0,3}(?:#{1,6}(?:\s|$)|>)/.test(text);
    expect(indentOf(text) > own || lazy, `line ${i + 1} (${JSON.stringify(text)}) is not part of the item`).toBe(true);
  }
}

const scenario = fc.record({ spec: noteSpec, pick: fc.nat(), edits, state: fc.constantFrom(...STATES) });

function make(spec: Parameters<typeof buildLines>[0], list: Parameters<typeof applyEdits>[1]): Case {
  const lines = buildLines(spec);
  const tagged = applyEdits(lines, list);
  return { text: joinLines(lines, spec), tagged, mutated: joinLines(tagged.map((t) => t.line), spec), spec };
}

/**
 * The edited note and one checkbox ref taken before the edits, on a line `wanted` accepts
 * (cases without one are skipped).
 */
function withRef(spec: Parameters<typeof buildLines>[0], list: Parameters<typeof applyEdits>[1], pick: number, wanted: (line: string) => boolean = () => true): { c: Case; target: ReturnType<typeof refsOf>[number] } {
  const c = make(spec, list);
  const lines = c.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const refs = refsOf(c.text).filter((ref) => wanted(lines[ref.line - 1]));
  fc.pre(refs.length > 0);
  return { c, target: refs[pick % refs.length] };
}

describe('edits by ref after the note changed, as properties', () => {
  it('set status changes the Status cell of the ref’s own row, or refuses', () => {
    let landed = 0;
    fc.assert(
      fc.property(scenario, ({ spec, pick, edits: list }) => {
        // A row of a table with a Status column (three cells): a ref anywhere else is refused
        // for want of a Status cell, which says nothing about where a write lands.
        const { c, target } = withRef(spec, list, pick, (line) => line.split('|').length === 5);
        const result = setStatus(c.mutated, { path: 'note.md', ref: target.ref }, 'Blocked', RULES);
        if (!result.ok || !result.changes.length) return;
        landed++;
        expectOnLine(c, result, target.line);
      }),
      { numRuns: runs, ...seed },
    );
    // 34–53 of 100 land over twenty seeds; the rest are refused.
    expect(landed).toBeGreaterThan(runs / 10);
  });

  it('add task goes into the ref’s own row, or under its own list item, or refuses', () => {
    let landed = 0;
    fc.assert(
      fc.property(scenario, ({ spec, pick, edits: list }) => {
        const { c, target } = withRef(spec, list, pick);
        const result = addTask(c.mutated, { path: 'note.md', ref: target.ref }, 'new task', rulesWith({ nextId: () => 'f00d01' }));
        if (!result.ok) return;
        landed++;
        if (c.tagged.find((t) => t.origin === target.line)?.line.startsWith('|')) expectOnLine(c, result, target.line);
        else expectUnderItem(c, result, target.line);
      }),
      { numRuns: runs, ...seed },
    );
    expect(landed).toBeGreaterThan(runs / 4);
  });

  it('a board move changes the checkbox and Status cell of the item it was given, or refuses', () => {
    let landed = 0;
    fc.assert(
      fc.property(scenario, ({ spec, pick, edits: list, state }) => {
        const c = make(spec, list);
        const items = digestOf(extractNote('note.md', c.text), roleWords())
          .groups.flatMap((g) => g.items)
          .filter((item) => item.ref);
        fc.pre(items.length > 0);
        const item = items[pick % items.length];
        fc.pre(cannotMove(item, state, RULES.words) === null);
        const result = setItemState(c.mutated, item, state, RULES);
        if (!result.ok || !result.changes.length) return;
        landed++;
        expectOnLine(c, result, item.line);
      }),
      { numRuns: runs, ...seed },
    );
    expect(landed).toBeGreaterThan(runs / 10);
  });
});
