import { dueMark } from '../core/model/due';
import type { Item, Roadmap, Task } from '../core/model/types';

export interface BoardTextOptions {
  /** Each checkbox ref → the target shown after it (`board --refs`). */
  refs?: ReadonlyMap<string, string>;
  /** What to say when there are no roadmap notes. */
  empty?: string;
}

/** The board as plain text: notes, groups with progress and due, items, tasks. */
export function renderBoard(roadmap: Roadmap, today: string, options: BoardTextOptions = {}): string {
  const out: string[] = [];
  const target = (ref: string | null) => (ref && options.refs?.get(ref) ? `  ${options.refs.get(ref)}` : '');
  const due = (date: string | null, state: Item['state']) => {
    if (!date) return '';
    const mark = dueMark(date, today, state);
    return `  due ${date}${mark === 'overdue' ? ' (overdue)' : mark === 'soon' ? ' (due soon)' : ''}`;
  };
  if (!roadmap.notes.length) {
    return `${options.empty ?? 'No roadmap notes found. Tag a note #roadmap or #projects, or add "roadmap: true" to its frontmatter.'}\n`;
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
      out.push(`    ${mark} ${item.title}${extras.length ? '  ' + extras.join('  ') : ''}${due(item.due, item.state)}${target(item.ref)}`);
      renderTasks(item.tasks, 6, out, target);
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

function renderTasks(tasks: readonly Task[], indent: number, out: string[], target: (ref: string) => string): void {
  for (const task of tasks) {
    out.push(`${' '.repeat(indent)}${task.done ? '☑' : '☐'} ${task.text}${target(task.ref)}`);
    renderTasks(task.tasks, indent + 2, out, target);
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
