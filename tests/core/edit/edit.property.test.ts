import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTask } from '../../../src/core/edit/addTask';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { checkboxColumns, lineFingerprint } from '../../../src/core/parse/lineHash';
import { diffRange, refsOf } from '../../helpers/notes';
import { applyEdits, buildLines, edits, joinLines as join, lineAbove, lineStartOf, noteSpec } from './generatedNotes';
import { BARE, RULES } from '../../helpers/rules';

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const seed = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};

describe('toggle, as properties', () => {
  it('flips exactly its target, changes bytes only inside it, and twice is the identity', () => {
    fc.assert(
      fc.property(noteSpec, fc.nat(), (spec, pick) => {
        const text = join(buildLines(spec), spec);
        const refs = refsOf(text);
        fc.pre(refs.length > 0);
        const i = pick % refs.length;
        const once = toggleCheckbox(text, refs[i].ref, undefined, BARE);
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        const [change] = once.changes;
        const range = diffRange(text, once.text)!;
        expect(range[0]).toBeGreaterThanOrEqual(change.from);
        expect(range[1]).toBeLessThanOrEqual(change.to);
        expect(refsOf(once.text).map((r) => r.checked)).toEqual(refs.map((r, j) => (j === i ? !r.checked : r.checked)));
        // The same ref again, and a fresh ref from the new text, both restore the bytes.
        const again = toggleCheckbox(once.text, refs[i].ref, undefined, BARE);
        expect(again.ok && again.text).toBe(text);
        const fresh = toggleCheckbox(once.text, refsOf(once.text)[i].ref, undefined, BARE);
        expect(fresh.ok && fresh.text).toBe(text);
      }),
      { numRuns: runs, ...seed },
    );
  });

  it('after insert, delete, copy and move edits, an old ref hits the same checkbox or refuses, never another', () => {
    let landedCount = 0;
    let total = 0;
    fc.assert(
      fc.property(noteSpec, fc.nat(), edits, (spec, pick, list) => {
        const lines = buildLines(spec);
        const text = join(lines, spec);
        const refs = refsOf(text);
        fc.pre(refs.length > 0);
        const i = pick % refs.length;
        const target = refs[i];
        // Lines carry their origin, so we know where the target line went.
        const tagged = applyEdits(lines, list);
        const mutated = join(tagged.map((t) => t.line), spec);
        const result = toggleCheckbox(mutated, target.ref, undefined, BARE);
        total++;
        if (!result.ok) return;
        landedCount++;
        // It landed on the target's own line, or on a line that is, by all a ref can know —
        // its text with checkbox states set aside, and the line above it — what the target
        // was: a twin that took its place under its heading when sections moved.
        const nth = refsOf(text).filter((r) => r.line === target.line).findIndex((r) => r.ref === target.ref);
        const landedOn = tagged.findIndex((t, index) => result.changes[0].from === lineStartOf(tagged, index, spec) + (checkboxColumns(t.line)[nth] ?? -1));
        expect(landedOn, 'the change is not at the target checkbox of any line').not.toBe(-1);
        if (tagged[landedOn].origin !== target.line) {
          expect(lineFingerprint(tagged[landedOn].line)).toBe(lineFingerprint(lines[target.line - 1]));
          expect(lineFingerprint(lineAbove(tagged.map((t) => t.line), landedOn))).toBe(lineFingerprint(lineAbove(lines, target.line - 1)));
        }
      }),
      { numRuns: runs, ...seed },
    );
    // The property must not hold by refusing everything.
    expect(landedCount / total).toBeGreaterThan(0.5);
  });
});

describe('add task, as a property', () => {
  it('adds exactly one unchecked task and leaves every other checkbox as it was', () => {
    fc.assert(
      fc.property(noteSpec, fc.nat(), (spec, pick) => {
        const text = join(buildLines(spec), spec);
        const refs = refsOf(text);
        fc.pre(refs.length > 0);
        const target = refs[pick % refs.length];
        const result = addTask(text, { path: 'note.md', ref: target.ref }, 'new task', RULES);
        fc.pre(result.ok);
        if (!result.ok) return;
        const after = refsOf(result.text);
        expect(after.length).toBe(refs.length + 1);
        const before = refs.map((r) => r.checked);
        const added = after.filter((r) => !refs.some((old) => old.id !== null && old.id === r.id && old.line === r.line));
        expect(after.map((r) => r.checked).filter((c) => c).length).toBe(before.filter((c) => c).length);
        expect(added.some((r) => !r.checked)).toBe(true);
        expect(result.text.startsWith(spec.bom ? '\ufeff' : '')).toBe(true);
      }),
      { numRuns: runs, ...seed },
    );
  });
});
