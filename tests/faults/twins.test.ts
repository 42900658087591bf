// Case 2: two identical task lines; two checkboxes with the same id.
import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { refsOf } from '../helpers/notes';
import { expectOnlyChanged } from './helpers';
import { BARE } from '../helpers/rules';

describe('case 2: twins', () => {
  it('two identical task lines: each ref toggles its own line; a new twin above makes it refuse', () => {
    const note = '#roadmap\n\n## Week 1\n- [ ] review\n\n## Week 2\n- [ ] review\n';
    const [first, second] = refsOf(note);
    for (const [ref, at] of [
      [first.ref, note.indexOf('[ ] review')],
      [second.ref, note.lastIndexOf('[ ] review')],
    ] as const) {
      const result = toggleCheckbox(note, ref, undefined, BARE);
      expectOnlyChanged(note, result.ok ? result.text : '', at, at + 3);
    }
    const pasted = note.replace('## Week 1\n', '## Week 1\n- [ ] review\n');
    const result = toggleCheckbox(pasted, second.ref, undefined, BARE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/appears 3 times in the note \(2 when it was read\)/);
  });

  it('two checkboxes with the same id: each found by its line, never by the shared id', () => {
    const note = '#roadmap\n\n| Done | Project |\n| --- | --- |\n| <input type="checkbox" id="abc123"> | Parser |\n| <input type="checkbox" id="abc123"> | Index |\n';
    const [parser, index] = refsOf(note);
    const at = note.lastIndexOf('<input');
    const result = toggleCheckbox(note, index.ref, undefined, BARE);
    expectOnlyChanged(note, result.ok ? result.text : '', at, note.indexOf('>', at) + 1);
    expect(result.ok && result.text).toMatch(/\| <input checked type="checkbox" id="abc123"> \| Index \|/);
    expect(result.ok && result.text).toContain('| <input type="checkbox" id="abc123"> | Parser |');
    expect(parser.ref).not.toBe(index.ref);
  });
});
