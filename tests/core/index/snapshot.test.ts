import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LazyModel, readySnapshot } from '../../../src/core/index/snapshot';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf } from '../../../src/core/model/digest';
import { LinkResolver } from '../../../src/core/model/resolve';
import { buildRoadmap, RoadmapAssembler } from '../../../src/core/model/roadmap';
import { extractNote } from '../../../src/core/parse/extract';
import { LiveIndex } from '../../../src/core/index/liveIndex';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';

const exampleDir = join(__dirname, '../../../example-vault');
const notes = readdirSync(exampleDir)
  .filter((n) => n.endsWith('.md'))
  .map((path) => ({ path, text: readFileSync(join(exampleDir, path), 'utf8') }));
const resolver = new LinkResolver(notes.map((n) => n.path));
const assembled = () => {
  const assembler = new RoadmapAssembler(resolver);
  for (const { path, text } of notes) assembler.add(digestOf(extractNote(path, text), roleWords()));
  return assembler;
};
const withGroups = notes.filter(({ path, text }) => digestOf(extractNote(path, text), roleWords()).packedGroups).length;

describe('the model of a snapshot', () => {
  it('is built on first read, and is the same object while held', () => {
    const snapshot = readySnapshot(new LazyModel(assembled()), [], 1);
    const model = snapshot.roadmap;
    expect(snapshot.roadmap).toBe(model);
    const digests = notes.map(({ path, text }) => digestOf(extractNote(path, text), roleWords()));
    expect(JSON.stringify(model)).toBe(JSON.stringify(buildRoadmap(digests, resolver)));
  });

  it('is built a note at a time with a turn between for a command, and not again while held', async () => {
    const model = new LazyModel(assembled());
    let turns = 0;
    const first = await model.inTurns(async () => void turns++);
    expect(withGroups).toBeGreaterThan(1);
    expect(turns).toBe(withGroups);
    expect(await model.inTurns(async () => void turns++)).toBe(first);
    expect(turns).toBe(withGroups);
  });

  it('is what the live index gives a command', async () => {
    const vault = new MemoryVault(Object.fromEntries(notes.map((n) => [n.path, n.text])));
    const index = new LiveIndex(vault, makeSettings(), { yieldNow: () => Promise.resolve() });
    await index.build();
    const model = await index.roadmap();
    expect(model.groups.length).toBe(14);
    expect(index.snapshot.roadmap).toBe(model);
  });

  it('reuses the groups of unchanged notes from the model before, by position, and only those', () => {
    const digests = notes.map(({ path, text }) => digestOf(extractNote(path, text), roleWords()));
    const first = new RoadmapAssembler(resolver);
    for (const digest of digests) first.add(digest);
    const before = first.build();
    // A new note first (every position shifts) and one note changed.
    const added = digestOf(extractNote('0 new.md', '#roadmap\n- [ ] first\n  - [x] nested\n'), roleWords());
    const changed = digestOf(extractNote(notes[0].path, notes[0].text.replace('#', '# Changed ')), roleWords());
    for (const list of [[added, ...digests], [changed, ...digests.slice(1)]]) {
      const next = new RoadmapAssembler(resolver, before);
      for (const digest of list) next.add(digest);
      const model = next.build();
      expect(JSON.stringify(model)).toBe(JSON.stringify(buildRoadmap(list.map((d) => ({ ...d })), resolver)));
    }
    const same = new RoadmapAssembler(resolver, before);
    for (const digest of digests) same.add(digest);
    expect(same.build().groups.every((group, i) => group === before.groups[i])).toBe(true);
  });
});
