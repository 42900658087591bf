import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { iconId } from '../../src/obsidian/icons';
import { knownIcons } from '../fakes/obsidian';

// Every icon the plugin draws, each checked by hand: in the icon set of Obsidian 1.7.2
// (the manifest's minAppVersion) under this name — these are Lucide's first names,
// which older Lucide releases have — and in Obsidian 1.8.10's set (Lucide 0.446, which
// keeps renamed icons' first names as aliases). A name added to the code fails here
// until it is checked the same way and listed.
const CHECKED = ['alert-triangle', 'calendar-check', 'check', 'chevron-down', 'chevron-left', 'chevron-right', 'external-link', 'file-text', 'gantt-chart', 'kanban', 'more-horizontal', 'plus', 'repeat'];

const root = join(__dirname, '../..');
// Read from the folder, not from git: the mutation run's sandbox copy has no repository.
const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .map((f) => `src/${f.replace(/\\/g, '/')}`)
  .filter((f) => /\.(ts|svelte)$/.test(f));

/** Icon names in the code: given to setIcon, actions.icon, addRibbonIcon, or listed in ICONS. */
function iconsInCode(): string[] {
  const names = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const call of text.matchAll(/(?:icon\(el, |addRibbonIcon\(|setIcon\([^,]+, )([^)]*)\)/g)) {
      // The names a call may draw: its quoted words, leaving out what a condition compares.
      for (const m of call[1].replace(/===? '[^']*'/g, '').matchAll(/'([a-z0-9-]+)'/g)) names.add(m[1]);
    }
    if (file.endsWith('obsidian/icons.ts')) for (const m of text.slice(0, text.indexOf('const RENAMED')).matchAll(/: '([a-z0-9-]+)'/g)) names.add(m[1]);
  }
  return [...names].sort();
}

afterEach(() => knownIcons.dropped.clear());

describe('icons', () => {
  it('every icon name the plugin uses is one checked against the oldest and a later Obsidian', () => {
    expect(iconsInCode()).toEqual(CHECKED);
  });

  it("a renamed icon is drawn by its new name where Obsidian no longer knows the first one", () => {
    expect(iconId('more-horizontal')).toBe('more-horizontal');
    knownIcons.dropped.add('more-horizontal').add('gantt-chart').add('alert-triangle');
    expect(['more-horizontal', 'gantt-chart', 'alert-triangle', 'kanban'].map(iconId)).toEqual(['ellipsis', 'chart-gantt', 'triangle-alert', 'kanban']);
  });
});
