import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTask } from '../../../src/core/edit/addTask';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { checkboxColumns } from '../../../src/core/parse/lineHash';
import { diffRange, refsOf } from '../../helpers/notes';

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const seed = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};

// A generated note: lines, each knowing whether it holds checkboxes. Labels make every
// line unique unless a test copies a line on purpose.
const boxSpelling = fc.constantFrom(
  (id: string) => `<input type="checkbox" unchecked id="${id}">`,
  (id: string) => `<input type="checkbox" checked id="${id}">`,
  () => '<input type="checkbox">',
  () => '<input type="checkbox" checked>',
);
const block = fc.oneof(
  fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.tuple(boxSpelling, fc.nat({ max: 3 }), fc.boolean()), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('list' as const), items: fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 2 })), { minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('prose' as const), text: fc.stringMatching(/^[a-z ]{0,30}$/) }),
);
const noteSpec = fc.record({ blocks: fc.array(block, { minLength: 1, maxLength: 5 }), crlf: fc.boolean(), bom: fc.boolean(), finalNewline: fc.boolean(), dupId: fc.boolean() });

type NoteSpec = { blocks: unknown; crlf: boolean; bom: boolean; finalNewline: boolean; dupId: boolean };

function buildLines(spec: NoteSpec): string[] {
  const lines: string[] = ['---', 'tags: [roadmap]', '---'];
  let n = 0;
  const label = () => `t${n++}`;
  for (const b of spec.blocks as Array<{ kind: 'table'; rows: [(id: string) => string, number, boolean][] } | { kind: 'list'; items: [boolean, number][] } | { kind: 'prose'; text: string }>) {
    lines.push('');
    if (b.kind === 'prose') lines.push(b.text + '  ');
    if (b.kind === 'list') for (const [checked, depth] of b.items) lines.push(`${'  '.repeat(depth)}- [${checked ? 'x' : ' '}] ${label()}`);
    if (b.kind === 'table') {
      lines.push('| Check | Project |', '| --- | --- |');
      for (const [box, tasks, gfm] of b.rows) {
        const id = spec.dupId ? 'dup001' : `i${String(n).padStart(5, '0')}`;
        const own = gfm ? '[ ]' : box(id);
        let cell = `- ${label()}`;
        for (let t = 0; t < tasks; t++) cell += `<br>${box(`k${String(n).padStart(5, '0')}`)} ${label()}`;
        lines.push(`| ${own} | ${cell} |`);
      }
    }
  }
  return lines;
}

function join(lines: string[], spec: { crlf: boolean; bom: boolean; finalNewline: boolean }): string {
  const eol = spec.crlf ? '\r\n' : '\n';
  return (spec.bom ? '\ufeff' : '') + lines.join(eol) + (spec.finalNewline ? eol : '');
}

describe('toggle, as properties', () => {
  it('flips exactly its target, changes bytes only inside it, and twice is the identity', () => {
    fc.assert(
      fc.property(noteSpec, fc.nat(), (spec, pick) => {
        const text = join(buildLines(spec), spec);
        const refs = refsOf(text);
        fc.pre(refs.length > 0);
        const i = pick % refs.length;
        const once = toggleCheckbox(text, refs[i].ref);
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        const [change] = once.changes;
        const range = diffRange(text, once.text)!;
        expect(range[0]).toBeGreaterThanOrEqual(change.from);
        expect(range[1]).toBeLessThanOrEqual(change.to);
        expect(refsOf(once.text).map((r) => r.checked)).toEqual(refs.map((r, j) => (j === i ? !r.checked : r.checked)));
        // The same ref again, and a fresh ref from the new text, both restore the bytes.
        const again = toggleCheckbox(once.text, refs[i].ref);
        expect(again.ok && again.text).toBe(text);
        const fresh = toggleCheckbox(once.text, refsOf(once.text)[i].ref);
        expect(fresh.ok && fresh.text).toBe(text);
      }),
      { numRuns: runs, ...seed },
    );
  });

  it('after edits elsewhere, an old ref hits the same checkbox or refuses, never another', () => {
    let landedCount = 0;
    let total = 0;
    const mutation = fc.array(
      fc.record({ op: fc.constantFrom('insert', 'delete', 'copy'), at: fc.nat(), from: fc.nat(), text: fc.stringMatching(/^[a-z #]{0,20}$/) }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(noteSpec, fc.nat(), mutation, (spec, pick, edits) => {
        const lines = buildLines(spec);
        const text = join(lines, spec);
        const refs = refsOf(text);
        fc.pre(refs.length > 0);
        const i = pick % refs.length;
        const target = refs[i];
        // Lines carry their origin, so we know where the target line went.
        let tagged = lines.map((line, index) => ({ line, origin: index + 1 }));
        for (const edit of edits) {
          const at = edit.at % (tagged.length + 1);
          if (edit.op === 'insert') tagged.splice(at, 0, { line: edit.text, origin: -1 });
          if (edit.op === 'delete' && tagged.length > 4) {
            const index = 3 + (edit.at % (tagged.length - 3));
            if (!checkboxColumns(tagged[index].line).length) tagged.splice(index, 1);
          }
          if (edit.op === 'copy') tagged.splice(at, 0, { line: tagged[edit.from % tagged.length].line, origin: -2 });
        }
        const mutated = join(tagged.map((t) => t.line), spec);
        const result = toggleCheckbox(mutated, target.ref);
        total++;
        if (!result.ok) return;
        landedCount++;
        const eolLength = spec.crlf ? 2 : 1;
        const bom = spec.bom ? 1 : 0;
        const lineIndex = tagged.findIndex((t) => t.origin === target.line);
        expect(lineIndex).not.toBe(-1);
        const lineStart = bom + tagged.slice(0, lineIndex).reduce((sum, t) => sum + t.line.length + eolLength, 0);
        const nth = refsOf(text).filter((r) => r.line === target.line).findIndex((r) => r.ref === target.ref);
        const column = checkboxColumns(tagged[lineIndex].line)[nth];
        expect(result.changes[0].from).toBe(lineStart + column);
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
        const result = addTask(text, { path: 'note.md', ref: target.ref }, 'new task');
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
