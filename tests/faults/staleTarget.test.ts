// Case 1: the note changes between indexing and a toggle.
import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { refsOf } from '../helpers/notes';
import { expectOnlyChanged } from './helpers';
import { BARE } from '../helpers/rules';

const note = '#roadmap\n\n## Plan\n\n- [ ] write the parser\n- [ ] write the index\n  - [ ] cache it\n- [x] ship it\n';

describe('case 1: the note changed between indexing and the toggle', () => {
  const target = refsOf(note)[1]; // "write the index", read before the note changed

  it('lines added above: the same checkbox is toggled, nothing else', () => {
    const changed = note.replace('## Plan\n', '## Plan\n\nA new paragraph\nof two lines.\n- [ ] a new task above\n');
    const result = toggleCheckbox(changed, target.ref, undefined, BARE);
    expect(result.ok && result.message).toBe('checked');
    const at = changed.indexOf('[ ] write the index');
    expectOnlyChanged(changed, result.ok ? result.text : '', at, at + 3);
  });

  it('lines removed above: the same checkbox is toggled, nothing else', () => {
    const changed = note.replace('- [ ] write the parser\n', '');
    const result = toggleCheckbox(changed, target.ref, undefined, BARE);
    const at = changed.indexOf('[ ] write the index');
    expectOnlyChanged(changed, result.ok ? result.text : '', at, at + 3);
  });

  it('the target line itself edited: refused with the reason, nothing written', () => {
    const changed = note.replace('write the index', 'write the whole index');
    expect(toggleCheckbox(changed, target.ref, undefined, BARE)).toEqual({ ok: false, reason: 'the checkbox is no longer in the note (it was removed or its line was rewritten)' });
  });
});
