import { randomHexId } from './edit/newId';

/**
 * The note the empty board offers to create: one of each thing the board reads (a
 * table with table checkboxes and a Status column, a task list, check-in questions),
 * tagged with the first roadmap tag, so it shows up at once and shows the way.
 */
export function starterRoadmapNote(tag: string, id: () => string = randomHexId): string {
  const ids = [id(), id(), id()];
  return [
    '---',
    'tags:',
    `  - ${tag}`,
    '---',
    '# Roadmap',
    '',
    '| Done | Objective | Project | Status | Due |',
    '| ---- | --------- | ------- | ------ | --- |',
    `| <input type="checkbox" unchecked id="${ids[0]}"> | First objective | A first project | In progress | |`,
    `| <input type="checkbox" unchecked id="${ids[1]}"> | | A second project<br><input type="checkbox" unchecked id="${ids[2]}"> its first step | To do | |`,
    '',
    '## Next steps',
    '- [ ] Something to do soon',
    '  - [ ] a smaller step',
    '',
    '## Weekly check-in',
    '- What did I finish this week?',
    '- What is in the way?',
    '',
  ].join('\n');
}
