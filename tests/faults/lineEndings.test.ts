// Case 6: CRLF, mixed endings, BOM, no final newline — byte-identical except the change.
import { describe, expect, it } from 'vitest';
import { addTask } from '../../src/core/edit/addTask';
import { setStatus } from '../../src/core/edit/setStatus';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { refsOf } from '../helpers/notes';
import { expectOnlyChanged } from './helpers';
import { BARE, RULES } from '../helpers/rules';

const base = ['#roadmap', '', '| Done | Project | Status |', '| --- | --- | --- |', '| <input type="checkbox" id="a1b2c3"> | Parser | Doing |', '', '- [ ] a task', '  - [x] a sub-task'];
const variants: Record<string, string> = {
  crlf: base.join('\r\n') + '\r\n',
  mixed: base.map((line, i) => line + (i % 2 ? '\r\n' : '\n')).join(''),
  bom: '\uFEFF' + base.join('\n') + '\n',
  'no final newline': base.join('\n'),
  'BOM, CRLF, no final newline': '\uFEFF' + base.join('\r\n'),
};

describe('case 6: line endings, BOM, final newline', () => {
  for (const [name, note] of Object.entries(variants)) {
    it(`${name}: every edit changes only its own bytes`, () => {
      for (const box of refsOf(note)) {
        const result = toggleCheckbox(note, box.ref, undefined, BARE);
        expect(result.ok).toBe(true);
        expectOnlyChanged(note, result.ok ? result.text : '', box.start, box.end);
      }
      const row = refsOf(note)[0];
      const status = setStatus(note, { path: 'note.md', ref: row.ref }, 'Done', RULES);
      // The Status cell, padding included, is the target — and the row's checkbox, which
      // "Done" checks in the same write (one truth per item).
      const at = note.indexOf('Doing');
      expectOnlyChanged(note, status.ok ? status.text : '', note.indexOf('<input'), note.indexOf('|', at));
      expect(status.ok && status.text).toMatch(/<input checked type="checkbox" id="a1b2c3"> \| Parser \| Done +\|/);
      const task = addTask(note, { path: 'note.md', ref: refsOf(note)[1].ref }, 'another step', RULES);
      expect(task.ok).toBe(true);
      const [added] = task.ok ? task.changes : [];
      // Nested under "a task": after its last sub-task line, before that line's break.
      const afterSubTask = note.indexOf('a sub-task') + 'a sub-task'.length;
      expectOnlyChanged(note, task.ok ? task.text : '', afterSubTask, afterSubTask);
      // A line added to a CRLF note ends as its neighbours do; the BOM stays first.
      if (note.includes('\r\n- [ ] a task')) expect(added.insert).toMatch(/\r\n/);
      if (note.startsWith('\uFEFF')) expect(task.ok && task.text.startsWith('\uFEFF#roadmap')).toBe(true);
    });
  }
});
