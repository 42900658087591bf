import type { NoteDoc, WikiLink } from '../parse/types';
import type { RoleWords } from './columns';
import { noteContent } from './noteGroups';
import { NO_LIST, packGroups, unpackGroups } from './packedGroups';
import type { Group } from './types';

/**
 * What the index keeps of a parsed note: its fields, its links, its check-in questions,
 * and its groups packed in one string (packedGroups.ts), built once when the note is
 * read. The extract it came from (cells, segments, offsets of every checkbox) is
 * dropped at once, and the groups' objects are built only while something uses them.
 */
export type NoteDigest = Omit<NoteDoc, 'blocks'> & { questions: string[]; packedGroups: string };

export function digestOf(doc: NoteDoc, words: RoleWords): NoteDigest {
  const content = noteContent(doc, words);
  // Copied flat: strings built while reading are slices that would keep the note's text alive.
  const flat = <T>(list: T[]): T[] => (list.length ? (JSON.parse(JSON.stringify(list)) as T[]) : NO_LIST);
  const links: WikiLink[] = flat(doc.links);
  return { path: doc.path, title: doc.title, tags: doc.tags, roadmapFlag: doc.roadmapFlag, frontmatterError: doc.frontmatterError, unread: doc.unread, links, questions: flat(content.questions), packedGroups: packGroups(content.groups, doc.path) };
}

// Each digest's groups, built again only once nothing holds the ones built before: an
// open view holds them (through its model), so an update of one note rebuilds that note's.
const built = new WeakMap<NoteDigest, WeakRef<Group[]>>();

/** A note's groups as model objects (throws when its packed groups are damaged). */
export function groupsOf(digest: NoteDigest): Group[] {
  let groups = built.get(digest)?.deref();
  if (!groups) {
    groups = unpackGroups(digest.packedGroups, digest.path);
    built.set(digest, new WeakRef(groups));
  }
  return groups;
}
