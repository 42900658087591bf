import type { NoteDoc, WikiLink } from '../parse/types';
import type { RoleWords } from './columns';
import { noteContent, type NoteContent } from './noteGroups';
import type { Group } from './types';

/**
 * What the index keeps of a parsed note: its part of the model, built once when the
 * note is read, and its links. The extract it came from (cells, segments, offsets of
 * every checkbox) is dropped at once: it is several times the model's size.
 */
export interface NoteDigest {
  path: string;
  title: string;
  tags: string[];
  roadmapFlag: boolean;
  frontmatterError: string | null;
  links: WikiLink[];
  groups: Group[];
  questions: string[];
}

export function digestOf(doc: NoteDoc, words: RoleWords): NoteDigest {
  const content = compactContent(noteContent(doc, words), doc.path);
  const links = doc.links.length ? (JSON.parse(JSON.stringify(doc.links)) as WikiLink[]) : NO_LINKS;
  return { path: doc.path, title: doc.title, tags: doc.tags, roadmapFlag: doc.roadmapFlag, frontmatterError: doc.frontmatterError, links, groups: content.groups, questions: content.questions };
}

/**
 * A note's model in as little memory as it takes. One JSON round trip (well under a
 * millisecond for a 20 KB note) copies it into flat strings and compact objects: the
 * strings built while reading are slices of the note's text and would keep the whole
 * text alive, and refs are two-part strings. Every `path` becomes the one path string,
 * and the many empty lists, empty fields and zero progresses one frozen value each.
 */
export function compactContent(content: NoteContent, path: string): NoteContent {
  return JSON.parse(JSON.stringify(content), (key, value: unknown) => {
    if (key === 'path') return path;
    if (Array.isArray(value)) return value.length ? value : NO_LIST;
    if (key === 'fields' && isObject(value) && !Object.keys(value).length) return NO_FIELDS;
    if (key === 'progress' && isObject(value) && value.done === 0 && value.total === 0) return NO_PROGRESS;
    return value;
  }) as NoteContent;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';
const NO_LINKS = Object.freeze([]) as unknown as WikiLink[];
const NO_LIST = Object.freeze([]);
const NO_FIELDS = Object.freeze({});
const NO_PROGRESS = Object.freeze({ done: 0, total: 0 });
