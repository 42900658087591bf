import type { NoteDigest } from './digest';
import type { LinkResolver } from './resolve';
import type { CheckIn, Group, Link, Note, Roadmap } from './types';

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The whole model from the digests of every note read, in path order. */
export function buildRoadmap(digests: Iterable<NoteDigest>, resolver: LinkResolver): Roadmap {
  const assembler = new RoadmapAssembler(resolver);
  for (const digest of [...digests].sort(byPath)) assembler.add(digest);
  return assembler.build();
}

/**
 * Gathers the model a note at a time (in path order), so an index can pause between
 * notes. A digest's groups are the model's own objects: nothing is copied.
 */
export class RoadmapAssembler {
  private readonly notes: Note[] = [];
  private readonly groups: Group[] = [];
  private readonly checkins: CheckIn[] = [];
  private readonly links: Link[] = [];

  constructor(private readonly resolver: LinkResolver) {}

  add(digest: NoteDigest): void {
    this.notes.push({ path: digest.path, title: digest.title, tags: digest.tags });
    // A loop, not concat/flat: the ~50,000 groups of a 100,000-note vault go in place.
    for (const group of digest.groups) this.groups.push(group);
    if (digest.questions.length) this.checkins.push({ path: digest.path, questions: digest.questions });
    for (const link of linksOf(digest, this.resolver)) this.links.push(link);
  }

  build(): Roadmap {
    return { notes: this.notes, groups: this.groups, checkins: this.checkins, links: this.links };
  }
}

type Linking = Pick<NoteDigest, 'path' | 'links'>;

// Resolved links are reused until the set of files changes (a new resolver).
const resolvedLinks = new WeakMap<Linking, { resolver: LinkResolver; links: Link[] }>();

/** A note's links, resolved; reused while neither the note nor the files changed. */
export function linksOf(note: Linking, resolver: LinkResolver): Link[] {
  const known = resolvedLinks.get(note);
  if (known && known.resolver === resolver) return known.links;
  const links = noteLinks(note, resolver);
  resolvedLinks.set(note, { resolver, links });
  return links;
}

/** One link per distinct target of a note (targets compared without case). */
export function noteLinks(note: Linking, resolver: LinkResolver): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const link of note.links) {
    const key = link.target.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ from: note.path, target: link.target, resolved: resolver.resolve(link.target, note.path) });
  }
  return links;
}
