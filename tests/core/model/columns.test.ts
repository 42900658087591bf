import { describe, expect, it } from 'vitest';
import { headerRole, planColumns, roleWords } from '../../../src/core/model/columns';

const words = roleWords();

describe('column roles', () => {
  it.each([
    ['Checklist', 'check'],
    ['Objective', 'group'],
    ['Projects with Breakdown', 'item'],
    ['Done date', 'due'],
    ['Task status', 'status'],
    ['Hobby', null],
    ['Quarter', 'due'],
    ['✅', 'check'],
    ['Prio', 'priority'],
    ['Project Anchor', 'item'],
    ['Type', null],
  ])('%s → %s', (header, role) => {
    expect(headerRole(header, words)).toBe(role);
  });

  it('gives each role to its first column; later ones are fields', () => {
    expect(planColumns(['Priority', 'Topic', 'Project Anchor'], words).roles).toEqual({ priority: 0, item: 1 });
  });

  it('makes the first column without a role the item when none names it', () => {
    expect(planColumns(['Status', 'Foo', 'Bar'], words).roles).toEqual({ status: 0, item: 1 });
  });

  it('takes extra words from settings', () => {
    const extra = roleWords({ group: ['Pillar'], item: ['Initiative'] });
    expect(planColumns(['Pillar', 'Initiative'], extra).roles).toEqual({ group: 0, item: 1 });
  });

  it('names repeated headers apart', () => {
    expect(planColumns(['Note', 'Note', ''], words).names).toEqual(['Note', 'Note 2', 'Column 3']);
  });
});

describe('column role edges', () => {
  it('a check symbol counts when written onto a word', () => {
    expect(headerRole('Fertig✓', words)).toBe('check');
    expect(headerRole('Fertig✅', words)).toBe('check');
  });

  it('extra words are trimmed and lower-cased; words with spaces match inside a header', () => {
    const extra = roleWords({ group: ['  PILLAR '], status: ['Where are we'] });
    expect(headerRole('pillar', extra)).toBe('group');
    expect(headerRole('Where are we?', extra)).toBe('status');
    expect(headerRole('Where are we?', words)).toBeNull();
  });

  it('the item is the first column with no role at all, and none when every column has one', () => {
    expect(planColumns(['Status', 'Status', 'Foo'], words).roles).toEqual({ status: 0, item: 2 });
    expect(planColumns(['Status', 'Priority'], words).roles).toEqual({ status: 0, priority: 1 });
  });

  it('names are trimmed before they are told apart', () => {
    expect(planColumns([' Note ', 'Note', '  '], words).names).toEqual(['Note', 'Note 2', 'Column 3']);
  });
});
