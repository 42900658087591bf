import { dueMark } from '../model/due';
import type { Item, Note, State, Task } from '../model/types';
import { timelineLane } from './timeline';

/**
 * The board's filter (SPEC §4): words that must all match, and keywords —
 * `is:overdue`, `is:doing`, `is:todo`, `is:done`, `is:cancelled`, `due:week`,
 * `due:month`, `#tag` (in the item's text or its note's tags), `note:Name` (a note whose
 * title or path starts with Name; `note:"Two words"` for spaces). A keyword it does not
 * know is matched as a word, so typing never hides everything by surprise.
 */
export interface Filter {
  words: string[];
  states: State[];
  overdue: boolean;
  due: ('week' | 'month')[];
  tags: string[];
  notes: string[];
}

const STATES: Record<string, State> = { todo: 'todo', doing: 'doing', done: 'done', cancelled: 'cancelled', canceled: 'cancelled' };

export function parseFilter(query: string): Filter {
  const filter: Filter = { words: [], states: [], overdue: false, due: [], tags: [], notes: [] };
  for (const [, quoted, plain] of query.toLowerCase().matchAll(/(\S+:"[^"]*"?)|(\S+)/g)) {
    const token = (quoted ?? plain).replace(/"/g, '');
    const [key, value] = token.includes(':') ? [token.slice(0, token.indexOf(':')), token.slice(token.indexOf(':') + 1)] : ['', token];
    if (key === 'is' && value === 'overdue') filter.overdue = true;
    else if (key === 'is' && STATES[value]) filter.states.push(STATES[value]);
    else if (key === 'due' && (value === 'week' || value === 'month')) filter.due.push(value);
    else if (key === 'due' && value === 'overdue') filter.overdue = true;
    else if (key === 'note' && value) filter.notes.push(value);
    else if (/^#[^\s#]+$/.test(token)) filter.tags.push(token.slice(1));
    else filter.words.push(token);
  }
  return filter;
}

export const isEmptyFilter = (f: Filter) => !f.words.length && !f.states.length && !f.overdue && !f.due.length && !f.tags.length && !f.notes.length;

/** Whether a card passes every part of the filter. `group` is the group title it shows under. */
export function passes(filter: Filter, item: Item, group: string, note: Note | undefined, today: string): boolean {
  if (filter.states.length && !filter.states.includes(item.state)) return false;
  if (filter.overdue && dueMark(item.due, today, item.state) !== 'overdue') return false;
  if (filter.due.length && !filter.due.some((span) => dueWithin(item, span, today))) return false;
  if (filter.notes.length && !filter.notes.some((name) => noteMatches(note, item.path, name))) return false;
  const texts = [item.title, group, item.status ?? '', String(item.priority ?? ''), ...Object.values(item.fields)].map((t) => t.toLowerCase());
  const inTasks = (tasks: readonly Task[], word: string): boolean => tasks.some((t) => t.text.toLowerCase().includes(word) || inTasks(t.tasks, word));
  for (const tag of filter.tags) {
    const noteTag = note?.tags.some((t) => t.toLowerCase() === tag || t.toLowerCase().startsWith(`${tag}/`));
    if (!noteTag && !texts.some((t) => t.includes(`#${tag}`)) && !inTasks(item.tasks, `#${tag}`)) return false;
  }
  return filter.words.every((word) => texts.some((t) => t.includes(word)) || inTasks(item.tasks, word));
}

/** Open and due from today to the end of this ISO week, or of this month (overdue ones are is:overdue). */
export function dueWithin(item: Pick<Item, 'due' | 'state'>, span: 'week' | 'month', today: string): boolean {
  if (!item.due || item.state === 'done' || item.state === 'cancelled') return false;
  const lane = timelineLane(item.due, today);
  if (lane === 'This week') return true;
  return span === 'month' && (lane === 'This month' || (lane !== 'Overdue' && item.due.slice(0, 7) === today.slice(0, 7)));
}

function noteMatches(note: Note | undefined, path: string, name: string): boolean {
  const title = (note?.title ?? '').toLowerCase();
  const file = path.toLowerCase();
  const base = file.slice(file.lastIndexOf('/') + 1);
  return title.startsWith(name) || file.startsWith(name) || base.startsWith(name);
}
