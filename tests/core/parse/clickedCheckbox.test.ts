import { describe, expect, it } from 'vitest';
import { clickedCheckbox, tablesInLines } from '../../../src/core/parse/tableCheckboxes';

const NOTE = ['# Plan', '', '| Done | Project |', '| --- | --- |', '| <input type="checkbox" unchecked id="aaaaaa"> | Alpha<br>[x] review |', ''].join('\n');
const [table] = tablesInLines(NOTE, 1, 6);
const boxAt = (id: string) => NOTE.indexOf(`<input type="checkbox" unchecked id="${id}">`);

describe('the source checkbox of a click in a rendered table', () => {
  it('pairs the clicked box with its bytes in the note', () => {
    expect(clickedCheckbox(table, { row: 1, cell: 0, shown: [{ kind: 'html', id: 'aaaaaa' }], index: 0, shownBefore: false })).toEqual({
      box: { kind: 'html', start: boxAt('aaaaaa'), end: boxAt('aaaaaa') + 45, checked: false, id: 'aaaaaa' },
    });
    // Reading view shows the [x] as a checkbox; Live Preview does not (only HTML pairs there).
    const review = NOTE.indexOf('[x] review');
    expect(clickedCheckbox(table, { row: 1, cell: 1, shown: [{ kind: 'gfm', id: null }], index: 0, shownBefore: true })).toEqual({ box: { kind: 'gfm', start: review, end: review + 3, checked: true, id: null } });
    expect(clickedCheckbox(table, { row: 1, cell: 1, shown: [], index: 0, shownBefore: true }, ['html'])).toEqual({ reason: "this cell's checkboxes no longer match the note" });
  });

  it('refuses a rendering older than the note, a cell that does not pair, and a table that is gone', () => {
    expect(clickedCheckbox(table, { row: 1, cell: 0, shown: [{ kind: 'html', id: 'aaaaaa' }], index: 0, shownBefore: true })).toEqual({ reason: 'the note changed since it was shown' });
    expect(clickedCheckbox(table, { row: 1, cell: 0, shown: [{ kind: 'html', id: 'zzzzzz' }], index: 0, shownBefore: false })).toEqual({ reason: "this cell's checkboxes no longer match the note" });
    expect(clickedCheckbox(table, { row: 2, cell: 0, shown: [{ kind: 'html', id: 'aaaaaa' }], index: 0, shownBefore: false })).toEqual({ reason: 'this table no longer matches the note' });
    expect(clickedCheckbox(undefined, { row: 1, cell: 0, shown: [{ kind: 'html', id: 'aaaaaa' }], index: 0, shownBefore: false })).toEqual({ reason: 'this table no longer matches the note' });
  });
});
