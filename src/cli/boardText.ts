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
      const mark = item.state === 'done' ? '✓' : item.state === 'cancelled' ? '✗' : item.state === 'doing' ? '◐' : item.done === false ? '☐' : '·';
      const extras = [
        typeof item.priority === 'number' ? `P${item.priority}` : item.priority ? `priority ${item.priority}` : '',
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
  if (resolved.length) out.push(`Linked: ${capped(unique(resolved.map((l) => l.target)))}`);
  if (unresolved.length) out.push(`Unresolved links: ${capped(unique(unresolved.map((l) => l.target)))}`);
  for (const checkin of roadmap.checkins) out.push(`Check-in questions in ${checkin.path}: ${checkin.questions.length}`);
  return out.join('\n') + '\n';
}

function renderTasks(tasks: readonly Task[], indent: number, out: string[], target: (ref: string) => string): void {
  for (const task of tasks) {
    const mark = task.state === 'done' ? '☑' : task.state === 'cancelled' ? '☒' : task.state === 'doing' ? '◐' : '☐';
    out.push(`${' '.repeat(indent)}${mark} ${task.text}${target(task.ref)}`);
    renderTasks(task.tasks, indent + 2, out, target);
  }
}

/** How many link names a line lists before it says how many more there are. */
export const LINK_CAP = 20;

/** Names joined, the first `LINK_CAP` of them: "a, b, … and 412 more". */
function capped(names: string[]): string {
  if (names.length <= LINK_CAP) return names.join(', ');
  return `${names.slice(0, LINK_CAP).join(', ')} … and ${names.length - LINK_CAP} more`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
