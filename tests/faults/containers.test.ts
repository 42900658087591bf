// Case 7: tasks in callouts, blockquotes, nested lists, fenced and indented code.
import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { buildRoadmap } from '../../src/core/model/roadmap';
import { roleWords } from '../../src/core/model/columns';
import { digestOf } from '../../src/core/model/digest';
import { LinkResolver } from '../../src/core/model/resolve';
import { extractNote } from '../../src/core/parse/extract';
import { refsOf } from '../helpers/notes';
import { expectOnlyChanged } from './helpers';
import { BARE } from '../helpers/rules';

const note = [
  '#roadmap',
  '',
  '> [!todo] This week',
  '> - [ ] in a callout',
  '',
  '> - [ ] in a quote',
  '>   - [x] nested in a quote',
  '',
  '- [ ] top',
  '  - [ ] nested',
  '    - [ ] nested deeper',
  '',
  '```',
  '- [ ] in fenced code',
  '<input type="checkbox" id="c0de00">',
  '```',
  '',
  'Paragraph.',
  '',
  '    - [ ] in indented code',
  '',
  '`- [ ] inline code` and <!-- - [ ] a comment -->',
  '',
].join('\n');

describe('case 7: containers and code', () => {
  it('reads tasks in callouts, quotes and nested lists, never in code or comments', () => {
    const tasks: string[] = [];
    const walk = (list: { text: string; tasks: unknown[] }[]): void => {
      for (const task of list) {
        tasks.push(task.text);
        walk(task.tasks as never);
      }
    };
    const model = buildRoadmap([digestOf(extractNote('note.md', note), roleWords())], new LinkResolver(['note.md']));
    for (const item of model.groups.flatMap((g) => g.items)) {
      tasks.push(item.title);
      walk(item.tasks);
    }
    expect(tasks.sort()).toEqual(['in a callout', 'in a quote', 'nested', 'nested deeper', 'nested in a quote', 'top']);
    expect(refsOf(note)).toHaveLength(6);
  });

  it('each of them toggles alone; code and comments never change', () => {
    for (const box of refsOf(note)) {
      const result = toggleCheckbox(note, box.ref, undefined, BARE);
      expectOnlyChanged(note, result.ok ? result.text : '', box.start, box.end);
      expect(result.ok && result.text).toContain('- [ ] in fenced code\n<input type="checkbox" id="c0de00">');
      expect(result.ok && result.text).toContain('    - [ ] in indented code');
      expect(result.ok && result.text).toContain('`- [ ] inline code` and <!-- - [ ] a comment -->');
    }
  });
});
