import type { NoteDoc } from '../parse/types';
import type { RoleWords } from './columns';
import { noteContent } from './noteGroups';
import { DEFAULT_STATUSES, type StatusTable } from './statuses';
import type { Group, Progress, Task } from './types';

/**
 * What the index keeps of a parsed note: its fields, its links, its check-in questions
 * and its groups, the note's part of the model. The extract it came from (cells,
 * segments, offsets of every checkbox) is dropped at once.
 */
export type NoteDigest = Omit<NoteDoc, 'blocks'> & { questions: string[]; groups: Group[] };

export function digestOf(doc: NoteDoc, words: RoleWords, statuses: StatusTable = DEFAULT_STATUSES): NoteDigest {
  const content = noteContent(doc, words, statuses);
  // Copied through JSON: strings built while reading are slices that would keep the whole
  // note text alive, and a note with one emoji makes every slice two bytes a character.
  // Parsed back, each is a flat string of its own, one byte a character when it can be.
  const kept = JSON.parse(JSON.stringify({ links: doc.links, questions: content.questions, groups: content.groups })) as Pick<NoteDigest, 'links' | 'questions' | 'groups'>;
  return shareEmpties({ path: doc.path, title: doc.title, tags: doc.tags, roadmapFlag: doc.roadmapFlag, frontmatterError: doc.frontmatterError, unread: doc.unread, ...kept });
}

/** Frozen: typed as a plain list for the model's types, but nothing may add to it. */
export const NO_LIST = Object.freeze([]) as unknown as never[];
const NO_FIELDS: Record<string, string> = Object.freeze({});
const NO_PROGRESS: Progress = Object.freeze({ done: 0, total: 0 });

/**
 * Most items have no tasks, links or fields: one shared frozen empty each instead of a
 * fresh one per item (about a third of a dense roadmap note's model). Done to a digest
 * as it is made and as it is read back from the persistent cache.
 */
export function shareEmpties(digest: NoteDigest): NoteDigest {
  const tasks = (list: Task[]): Task[] => {
    for (const task of list) task.tasks = tasks(task.tasks);
    return list.length ? list : NO_LIST;
  };
  for (const group of digest.groups) {
    if (!group.items.length) group.items = NO_LIST;
    if (!group.progress.total) group.progress = NO_PROGRESS;
    for (const item of group.items) {
      item.tasks = tasks(item.tasks);
      if (!item.links.length) item.links = NO_LIST;
      if (!Object.keys(item.fields).length) item.fields = NO_FIELDS;
      if (!item.progress.total) item.progress = NO_PROGRESS;
    }
  }
  if (!digest.links.length) digest.links = NO_LIST;
  if (!digest.questions.length) digest.questions = NO_LIST;
  return digest;
}
