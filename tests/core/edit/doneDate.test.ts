import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { refsOf } from '../../helpers/notes';
import { BARE, rulesWith } from '../../helpers/rules';

// SPEC §3, done date: checking a task stamps ✅ today where the note writes Tasks' dates.
const today = { today: '2026-12-01', always: false };
const toggled = (text: string, line: number, want?: boolean, stamp = today) => {
  const box = refsOf(text).find((b) => b.line === line)!;
  const result = toggleCheckbox(text, box.ref, want, rulesWith({ words: BARE.words, doneDate: stamp }));
  return result.ok ? result.text : result.reason;
};

describe('done dates', () => {
  const note = '## Plan\n- [ ] Write it 📅 2026-12-04\n- [ ] Ship it ^ship1\n- [x] Shipped ✅ 2026-11-20\n- [/] Half way  \n';

  it('a task checked in a note with Tasks dates gets ✅ today, before a block id; unchecked, it loses its stamp', () => {
    expect(toggled(note, 2).split('\n')[1]).toBe('- [x] Write it 📅 2026-12-04 ✅ 2026-12-01');
    expect(toggled(note, 3).split('\n')[2]).toBe('- [x] Ship it ✅ 2026-12-01 ^ship1');
    expect(toggled(note, 4).split('\n')[3]).toBe('- [ ] Shipped');
    // Trailing spaces stay after the stamp; set done from the board stamps too.
    expect(toggled(note, 5, true).split('\n')[4]).toBe('- [x] Half way ✅ 2026-12-01  ');
  });

  it('toggling twice gives the note back, CRLF and all (a done task with an older date comes back with today’s)', () => {
    const crlf = note.replace(/\n/g, '\r\n');
    expect(toggled(toggled(crlf, 4), 4).split('\r\n')[3]).toBe('- [x] Shipped ✅ 2026-12-01');
    for (const line of [2, 3]) {
      const once = toggled(crlf, line);
      expect(toggled(once, line)).toBe(crlf);
    }
  });

  it('no stamp in a note without Tasks dates unless asked, none on HTML checkboxes, none twice', () => {
    const plain = '- [ ] Write it\n\n| A | B |\n|---|---|\n| <input type="checkbox" id="a1b2c3"> | x |\n';
    expect(toggled(plain, 1).split('\n')[0]).toBe('- [x] Write it');
    expect(toggled(plain, 1, undefined, { today: '2026-12-01', always: true }).split('\n')[0]).toBe('- [x] Write it ✅ 2026-12-01');
    expect(toggled(plain, 5, undefined, { today: '2026-12-01', always: true }).split('\n')[4]).toBe('| <input checked type="checkbox" id="a1b2c3"> | x |');
    const stamped = '- [ ] Again ✅ 2026-11-30\n';
    expect(toggled(stamped, 1)).toBe('- [x] Again ✅ 2026-11-30\n');
  });
});
