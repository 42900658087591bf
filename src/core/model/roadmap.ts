import type { NoteDoc } from '../parse/types';
import type { RoleWords } from './columns';
import { noteContent } from './noteGroups';
import type { LinkResolver } from './resolve';
import type { Link, Roadmap } from './types';

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The whole model from the extracts of every note read. */
export function buildRoadmap(docs: Iterable<NoteDoc>, resolver: LinkResolver, words: RoleWords): Roadmap {
  const sorted = [...docs].sort(byPath);
  const roadmap: Roadmap = { notes: [], groups: [], checkins: [], links: [] };
  for (const doc of sorted) {
    roadmap.notes.push({ path: doc.path, title: doc.title, tags: doc.tags });
    const content = contentOf(doc, words);
    roadmap.groups.push(...content.groups);
    if (content.questions.length) roadmap.checkins.push({ path: doc.path, questions: content.questions });
    roadmap.links.push(...linksOf(doc, resolver));
  }
  return roadmap;
}

// A note's groups depend only on its extract and the column words: an update of one
// note rebuilds that note's groups, and reuses every other note's.
const contents = new WeakMap<NoteDoc, { words: RoleWords; content: ReturnType<typeof noteContent> }>();

/** A note's groups and questions, reused while neither the note nor the words changed. */
export function contentOf(doc: NoteDoc, words: RoleWords): ReturnType<typeof noteContent> {
  const known = contents.get(doc);
  if (known && known.words === words) return known.content;
  const content = noteContent(doc, words);
  contents.set(doc, { words, content });
  return content;
}

// Resolved links too, until the set of files changes (a new resolver).
const resolvedLinks = new WeakMap<NoteDoc, { resolver: LinkResolver; links: Link[] }>();

/** A note's links, resolved; reused while neither the note nor the files changed. */
export function linksOf(doc: NoteDoc, resolver: LinkResolver): Link[] {
  const known = resolvedLinks.get(doc);
  if (known && known.resolver === resolver) return known.links;
  const links = noteLinks(doc, resolver);
  resolvedLinks.set(doc, { resolver, links });
  return links;
}

/** One link per distinct target of a note (targets compared without case). */
export function noteLinks(doc: NoteDoc, resolver: LinkResolver): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const link of doc.links) {
    const key = link.target.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ from: doc.path, target: link.target, resolved: resolver.resolve(link.target, doc.path) });
  }
  return links;
}
