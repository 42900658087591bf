// The one write path over a port in memory: what every host gets (SPEC §3, undo and one
// write path). Hosts are tested over real files (CLI) and the fake of Obsidian (plugin).
import { describe, expect, it } from 'vitest';
import type { EditResult } from '../../../src/core/edit/types';
import { UndoLog } from '../../../src/core/edit/undo';
import { makeSettings } from '../../../src/core/settings';
import { NO_TASKS_PLUGIN, writeRules } from '../../../src/core/write/rules';
import { WritePath } from '../../../src/core/write/writePath';

const rules = writeRules(makeSettings(), NO_TASKS_PLUGIN, '2026-12-07');

function memory(notes: Record<string, string>) {
  const files = new Map(Object.entries(notes));
  const told: string[] = [];
  let log = new UndoLog([], 3);
  let writes = 0;
  const path = new WritePath(
    {
      write: async (p: string, edit: (text: string) => EditResult) => {
        const before = files.get(p);
        if (before === undefined) throw new Error(`${p} is not a note of this vault`);
        const result = edit(before);
        if (result.ok && result.changes.length) {
          files.set(p, result.text);
          writes++;
        }
        return { before, result };
      },
    },
    { read: async () => new UndoLog([...log.entries], log.limit), write: async (next) => void (log = next) },
    (p) => told.push(p),
  );
  return { files, told, path, log: () => log, writes: () => writes };
}

describe('WritePath', () => {
  it('performs an action: the splices written, one entry, the index told, the message the CLI prints', async () => {
    const m = memory({ 'n.md': '#roadmap\n\n- [ ] a\n- b\n' });
    expect(await m.path.perform({ kind: 'toggle', path: 'n.md', ref: '' }, rules)).toEqual({ ok: false, reason: 'this is not a checkbox reference' });
    expect(await m.path.perform({ kind: 'toggleAtCursor', path: 'n.md', line: 3, ch: 3 }, rules)).toEqual({ ok: true, path: 'n.md', message: 'n.md:3 "a": unchecked → checked', changed: true });
    expect(m.files.get('n.md')).toBe('#roadmap\n\n- [x] a\n- b\n');
    expect(m.told).toEqual(['n.md']);
    expect(m.log().entries.map((e) => e.message)).toEqual(['n.md:3 "a": unchecked → checked']);
    expect(await m.path.perform({ kind: 'toggleAtCursor', path: 'n.md', line: 4, ch: 1 }, rules)).toEqual({ ok: false, reason: 'line 4 of n.md has no checkbox' });
    expect(await m.path.perform({ kind: 'move', target: { path: 'n.md', line: 4 }, state: 'todo' }, rules)).toEqual({ ok: true, path: 'n.md', message: 'n.md:4 "b": already To do', changed: false });
    expect(await m.path.perform({ kind: 'move', target: { path: 'n.md', line: 4 }, state: 'done', title: 'c' }, rules)).toEqual({ ok: false, reason: 'line 4 of n.md is no longer "c" (the note changed)' });
    expect(await m.path.perform({ kind: 'move', target: { path: 'n.md', line: 1 }, state: 'done' }, rules)).toEqual({ ok: false, reason: "line 1 of n.md is not an item's (a task moves with toggle)" });
    expect(await m.path.perform({ kind: 'addItem', path: 'gone.md', line: 1, title: 'x' }, rules)).toEqual({ ok: false, reason: 'gone.md is not a note of this vault' });
    // Nothing written and nothing recorded for refusals and no-ops.
    expect(m.writes()).toBe(1);
    expect(m.log().entries).toHaveLength(1);
  });

  it('undoes the newest whole, refuses by name and keeps it, says when a newer change stands in front', async () => {
    const note = '#roadmap\n\n- [ ] a\n\nA line long enough to keep contexts apart.\n\n- [ ] b\n- [ ] c\n';
    const m = memory({ 'n.md': note });
    for (const line of [3, 7, 8]) await m.path.perform({ kind: 'toggleAtCursor', path: 'n.md', line, ch: 3 }, rules);
    // c's context holds b's bytes: it waits until b is undone.
    expect(await m.path.list()).toEqual([
      { message: 'n.md:8 "c": unchecked → checked', blocked: null },
      { message: 'n.md:7 "b": unchecked → checked', blocked: 'the note changed there since' },
      { message: 'n.md:3 "a": unchecked → checked', blocked: null },
    ]);
    expect(await m.path.undoNth(2)).toEqual({ ok: false, reason: 'cannot undo n.md:7 "b": unchecked → checked: the note changed there since; a newer change to n.md stands in front of it: undo it first' });
    // A hand edit, not a newer change, blocks a: no hint to undo the others.
    m.files.set('n.md', m.files.get('n.md')!.replace('- [x] a', '- [x] A'));
    expect(await m.path.undoNth(3)).toEqual({ ok: false, reason: 'cannot undo n.md:3 "a": unchecked → checked: the note changed there since' });
    expect(m.log().entries).toHaveLength(3);
    expect(await m.path.undoNth(4)).toEqual({ ok: false, reason: 'there is no change number 4 (1 to 3)' });
    expect(await m.path.undoNth(1)).toMatchObject({ ok: true, message: 'undone: n.md:8 "c": unchecked → checked' });
    expect(await m.path.undoNth(1)).toMatchObject({ ok: true, message: 'undone: n.md:7 "b": unchecked → checked' });
    m.files.set('n.md', m.files.get('n.md')!.replace('- [x] A', '- [x] a'));
    expect(await m.path.undoNth(1)).toMatchObject({ ok: true });
    expect(m.files.get('n.md')).toBe(note);
    expect(await m.path.undoNth(1)).toEqual({ ok: false, reason: 'there is nothing to undo' });
    // Undo is not itself recorded.
    expect(m.log().entries).toEqual([]);
  });

  it('keeps the last N entries; of two equal entries the newer is undone', async () => {
    const m = memory({ 'n.md': '- [ ] a\n' });
    for (let i = 0; i < 5; i++) await m.path.perform({ kind: 'toggleAtCursor', path: 'n.md', line: 1, ch: 3 }, rules);
    expect(m.log().entries).toHaveLength(3);
    expect(m.log().entries.map((e) => e.message)).toEqual(['n.md:1 "a": unchecked → checked', 'n.md:1 "a": checked → unchecked', 'n.md:1 "a": unchecked → checked']);
    for (let i = 0; i < 3; i++) expect(await m.path.undoNth(1)).toMatchObject({ ok: true });
    expect(m.files.get('n.md')).toBe('- [ ] a\n');
    expect(await m.path.undoNth(1)).toEqual({ ok: false, reason: 'there is nothing to undo' });
  });

  it('edits of other kinds go through the same port, undo and index; writes run one after another', async () => {
    const m = memory({ 'w.md': 'x\n' });
    const results = await Promise.all([1, 2, 3].map((n) => m.path.edit('w.md', (text) => ({ ok: true, text: `${text}${n}\n`, changes: [{ from: text.length, to: text.length, insert: `${n}\n` }], message: `line ${n}` }))));
    expect(results.map((r) => r.ok && r.message)).toEqual(['line 1', 'line 2', 'line 3']);
    expect(m.files.get('w.md')).toBe('x\n1\n2\n3\n');
    expect(m.told).toEqual(['w.md', 'w.md', 'w.md']);
    expect(await m.path.edit('w.md', () => ({ ok: false, reason: 'no' }))).toEqual({ ok: false, reason: 'no' });
    expect(await m.path.edit('w.md', (text) => ({ ok: true, text, changes: [], message: 'same' }), false)).toEqual({ ok: true, path: 'w.md', message: 'same', changed: false });
  });

  it('a lost undo log never fails a write that landed', async () => {
    const files = new Map([['n.md', '- [ ] a\n']]);
    const path = new WritePath(
      { write: async (p, edit) => ({ before: files.get(p)!, result: edit(files.get(p)!) }) },
      {
        read: () => Promise.reject(new Error('disk full')),
        write: () => Promise.reject(new Error('disk full')),
      },
    );
    expect(await path.perform({ kind: 'toggleAtCursor', path: 'n.md', line: 1, ch: 3 }, rules)).toMatchObject({ ok: true, changed: true });
  });
});
