import { dueMark } from '../core/model/due';
import type { Item, Roadmap, Task } from '../core/model/types';

/** The board as plain text: notes, groups with progress and due, items, tasks. */
export function renderBoard(roadmap: Roadmap, today: string): string {
  const out: string[] = [];
  const due = (date: string | null, state: Item['state']) => {
    if (!date) return '';
    const mark = dueMark(date, today, state);
    return `  due ${date}${mark === 'overdue' ? ' (overdue)' : mark === 'soon' ? ' (due soon)' : ''}`;
  };
  if (!roadmap.notes.length) {
    return 'No roadmap notes found. Tag a note #roadmap or #projects, or add "roadmap: true" to its frontmatter.\n';
  }
  let currentPath = '';
  for (const group of roadmap.groups) {
    if (group.path !== currentPath) {
      currentPath = group.path;
      if (out.length) out.push('');
      out.push(`${group.path}`);
    }
    const groupState = group.progress.total > 0 && group.progress.done === group.progress.total ? 'done' : 'todo';
    out.push(`  ${group.title}  ${group.progress.done}/${group.progress.total}${due(group.due, groupState)}`);
    for (const item of group.items) {
      const mark = item.state === 'done' ? '✓' : item.done === false ? '☐' : item.state === 'doing' ? '◐' : '·';
      const extras = [
        item.priority !== null ? `P${item.priority}` : '',
        item.status ? `[${item.status}]` : '',
        item.progress.total ? `${item.progress.done}/${item.progress.total}` : '',
      ].filter(Boolean);
      out.push(`    ${mark} ${item.title}${extras.length ? '  ' + extras.join('  ') : ''}${due(item.due, item.state)}`);
      renderTasks(item.tasks, 6, out);
    }
  }
  const resolved = roadmap.links.filter((link) => link.resolved);
  const unresolved = roadmap.links.filter((link) => !link.resolved);
  if (resolved.length || unresolved.length) out.push('');
  if (resolved.length) out.push(`Linked: ${unique(resolved.map((l) => l.target)).join(', ')}`);
  if (unresolved.length) out.push(`Unresolved links: ${unique(unresolved.map((l) => l.target)).join(', ')}`);
  for (const checkin of roadmap.checkins) out.push(`Check-in questions in ${checkin.path}: ${checkin.questions.length}`);
  return out.join('\n') + '\n';
}

function renderTasks(tasks: readonly Task[], indent: number, out: string[]): void {
  for (const task of tasks) {
    out.push(`${' '.repeat(indent)}${task.done ? '☑' : '☐'} ${task.text}`);
    renderTasks(task.tasks, indent + 2, out);
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
