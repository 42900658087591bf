import { groupsOf, type NoteDigest } from './digest';
import type { LinkResolver } from './resolve';
import type { CheckIn, Group, Link, Note, Roadmap } from './types';

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The whole model from the digests of every note read, in path order. */
export function buildRoadmap(digests: Iterable<NoteDigest>, resolver: LinkResolver): Roadmap {
  const assembler = new RoadmapAssembler(resolver);
  for (const digest of [...digests].sort(byPath)) assembler.add(digest);
  return assembler.build();
}

// The groups of each note in a built model, kept as long as the model is: what keeps
// groupsOf's objects for the next model while a view holds this one.
const groupsByNote = new WeakMap<Roadmap, Group[][]>();

/**
 * Gathers the model a note at a time (in path order), so an index can pause between
 * notes; the groups, the bulk of it, are built from the packed digests by build().
 */
export class RoadmapAssembler {
  private readonly notes: Note[] = [];
  private readonly checkins: CheckIn[] = [];
  private readonly links: Link[] = [];
  private readonly withGroups: NoteDigest[] = [];
  /** Groups of the first notes of withGroups built ahead (see buildAhead), held until build(). */
  private ahead: Group[][] = [];

  constructor(private readonly resolver: LinkResolver) {}

  add(digest: NoteDigest): void {
    this.notes.push({ path: digest.path, title: digest.title, tags: digest.tags });
    if (digest.packedGroups) this.withGroups.push(digest);
    if (digest.questions.length) this.checkins.push({ path: digest.path, questions: digest.questions });
    for (const link of linksOf(digest, this.resolver)) this.links.push(link);
  }

  /** Builds one more note's groups ahead of build(); false once every note's are. */
  buildAhead(): boolean {
    if (this.ahead.length === this.withGroups.length) return false;
    this.ahead.push(groupsOf(this.withGroups[this.ahead.length]));
    return true;
  }

  /** The model (throws when a digest's packed groups are damaged). */
  build(): Roadmap {
    const perNote = this.withGroups.map((digest, i) => this.ahead[i] ?? groupsOf(digest));
    this.ahead = [];
    const roadmap: Roadmap = { notes: this.notes, groups: perNote.flat(), checkins: this.checkins, links: this.links };
    groupsByNote.set(roadmap, perNote);
    return roadmap;
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
