import type { NoteDoc, WikiLink } from '../parse/types';
import type { RoleWords } from './columns';
import { noteContent, type NoteContent } from './noteGroups';
import type { Progress, Task } from './types';

/**
 * What the index keeps of a parsed note: its part of the model, built once when the
 * note is read, and its links. The extract it came from (cells, segments, offsets of
 * every checkbox) is dropped at once: it is several times the model's size.
 */
export type NoteDigest = Omit<NoteDoc, 'blocks'> & NoteContent;

export function digestOf(doc: NoteDoc, words: RoleWords): NoteDigest {
  const content = compactContent(noteContent(doc, words), doc.path);
  const links = doc.links.length ? (JSON.parse(JSON.stringify(doc.links)) as WikiLink[]) : NO_LIST;
  return { path: doc.path, title: doc.title, tags: doc.tags, roadmapFlag: doc.roadmapFlag, frontmatterError: doc.frontmatterError, unread: doc.unread, links, groups: content.groups, questions: content.questions };
}

/**
 * A note's model in as little memory as it takes. One JSON round trip (well under a
 * millisecond for a 20 KB note) copies it into flat strings and compact objects: the
 * strings built while reading are slices of the note's text and would keep the whole
 * text alive, and refs are two-part strings. Every `path` becomes the one path string,
 * and the many empty lists, empty fields and zero progresses one frozen value each.
 */
export function compactContent(content: NoteContent, path: string): NoteContent {
  // A reviver would be called for every value; a walk over the known shape is 5× faster.
  const copy = JSON.parse(JSON.stringify(content)) as NoteContent;
  const tasks = (list: Task[]): Task[] => {
    if (!list.length) return NO_LIST;
    for (const task of list) {
      task.path = path;
      task.tasks = tasks(task.tasks);
    }
    return list;
  };
  const progress = (value: Progress): Progress => (value.done === 0 && value.total === 0 ? NO_PROGRESS : value);
  for (const group of copy.groups) {
    group.path = path;
    group.progress = progress(group.progress);
    for (const item of group.items) {
      item.path = path;
      item.progress = progress(item.progress);
      item.tasks = tasks(item.tasks);
      if (!item.links.length) item.links = NO_LIST;
      if (!Object.keys(item.fields).length) item.fields = NO_FIELDS;
    }
  }
  if (!copy.questions.length) copy.questions = NO_LIST;
  return copy;
}

/** Frozen: typed as a plain list for the model's types, but nothing may add to it. */
const NO_LIST = Object.freeze([]) as unknown as never[];
const NO_FIELDS: Record<string, string> = Object.freeze({});
const NO_PROGRESS = Object.freeze({ done: 0, total: 0 });
