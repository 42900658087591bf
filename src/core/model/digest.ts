import type { NoteDoc, WikiLink } from '../parse/types';
import type { RoleWords } from './columns';
import { noteContent } from './noteGroups';
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
  // One JSON round trip (well under a millisecond for a 20 KB note) copies the model into
  // flat strings and compact objects: the strings built while reading are slices of the
  // note's text and would keep the whole text alive, and refs are two-part strings.
  // Every `path` is the one path string again, not a copy per item and task.
  const path = doc.path;
  const content = JSON.parse(JSON.stringify(noteContent(doc, words)), (key, value: unknown) => (key === 'path' ? path : value)) as ReturnType<typeof noteContent>;
  const links = doc.links.length ? (JSON.parse(JSON.stringify(doc.links)) as WikiLink[]) : NO_LINKS;
  return { path, title: doc.title, tags: doc.tags, roadmapFlag: doc.roadmapFlag, frontmatterError: doc.frontmatterError, links, groups: content.groups, questions: content.questions };
}

const NO_LINKS = Object.freeze([]) as unknown as WikiLink[];
