import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { UndoLog, undoEdit, undoEntryFor } from '../../../src/core/edit/undo';
import { refsOf } from '../../helpers/notes';
import { BARE } from '../../helpers/rules';

const text = '# Plan\n\n- [ ] one\n- [ ] two\n';

function toggled() {
  const [box] = refsOf(text);
  const result = toggleCheckbox(text, box.ref, undefined, BARE);
  if (!result.ok) throw new Error(result.reason);
  return { edited: result.text, entry: undoEntryFor('p.md', text, result.changes[0], result.message) };
}

describe('undo', () => {
  it('restores the exact original bytes', () => {
    const { edited, entry } = toggled();
    expect(undoEdit(edited, entry)).toMatchObject({ ok: true, text, message: 'undone in p.md: checked' });
  });

  it('still undoes after lines were added above', () => {
    const { edited, entry } = toggled();
    expect(undoEdit('new line\n' + edited, entry)).toMatchObject({ ok: true, text: 'new line\n' + text });
  });

  it('refuses once its bytes are gone', () => {
    const { edited, entry } = toggled();
    expect(undoEdit(edited.replace('- [x] one', '- [ ] one'), entry)).toEqual({ ok: false, reason: 'cannot undo (checked) in p.md: the note changed there since' });
  });

  it('keeps the last N entries and reads only well-formed saved ones', () => {
    const log = new UndoLog([], 2);
    const { entry } = toggled();
    for (const message of ['a', 'b', 'c']) log.push({ ...entry, message });
    expect(log.entries.map((e) => e.message)).toEqual(['b', 'c']);
    expect(UndoLog.fromJSON([entry, { path: 1 }, null, 'x']).entries).toEqual([entry]);
    expect(UndoLog.fromJSON({ not: 'a list' }).entries).toEqual([]);
  });
});
