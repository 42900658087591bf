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
