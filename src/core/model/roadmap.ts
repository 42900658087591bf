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

// What a built model was built from, kept as long as the model is: the groups of each
// note stay alive for groupsOf while a view holds the model, and the next model reuses
// those of its unchanged notes by position, without a lookup.
const builtFrom = new WeakMap<Roadmap, { digests: readonly NoteDigest[]; groups: Group[][] }>();

/**
 * Gathers the model a note at a time (in path order), so an index can pause between
 * notes; the groups, the bulk of it, are built from the packed digests by buildAhead()
 * or build().
 */
export class RoadmapAssembler {
  private readonly notes: Note[] = [];
  private readonly checkins: CheckIn[] = [];
  private readonly links: Link[] = [];
  private readonly withGroups: NoteDigest[] = [];
  /** Groups of the first notes of withGroups built ahead (see buildAhead), held until build(). */
  private ahead: Group[][] = [];
  private readonly last: { digests: readonly NoteDigest[]; groups: Group[][] } | null;

  /** `last`: the model built before, still held by a view; its unchanged notes' groups are reused. */
  constructor(
    private readonly resolver: LinkResolver,
    last?: Roadmap,
  ) {
    this.last = (last && builtFrom.get(last)) ?? null;
  }

  add(digest: NoteDigest): void {
    this.notes.push({ path: digest.path, title: digest.title, tags: digest.tags });
    if (digest.packedGroups) this.withGroups.push(digest);
    if (digest.questions.length) this.checkins.push({ path: digest.path, questions: digest.questions });
    for (const link of linksOf(digest, this.resolver)) this.links.push(link);
  }

  /** Builds one more note's groups ahead of build(); false once every note's are. */
  buildAhead(): boolean {
    const i = this.ahead.length;
    if (i === this.withGroups.length) return false;
    this.ahead.push(this.groupsAt(i));
    return true;
  }

  /** The model (throws when a digest's packed groups are damaged). */
  build(): Roadmap {
    const perNote = this.withGroups.map((_, i) => this.ahead[i] ?? this.groupsAt(i));
    this.ahead = [];
    // A loop, not flat(): several times faster over the ~50,000 groups of a 100,000-note vault.
    const groups: Group[] = [];
    for (const list of perNote) for (const group of list) groups.push(group);
    const roadmap: Roadmap = { notes: this.notes, groups, checkins: this.checkins, links: this.links };
    builtFrom.set(roadmap, { digests: this.withGroups, groups: perNote });
    return roadmap;
  }

  private groupsAt(i: number): Group[] {
    const digest = this.withGroups[i];
    return this.last?.digests[i] === digest ? this.last.groups[i] : groupsOf(digest);
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
