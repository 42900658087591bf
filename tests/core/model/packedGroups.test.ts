import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateVault } from '../../../bench/generateVault';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf, groupsOf } from '../../../src/core/model/digest';
import { noteContent } from '../../../src/core/model/noteGroups';
import { packGroups, unpackGroups } from '../../../src/core/model/packedGroups';
import { LinkResolver } from '../../../src/core/model/resolve';
import { buildRoadmap, RoadmapAssembler } from '../../../src/core/model/roadmap';
import { encodeRef, refPrefix, type RefData } from '../../../src/core/model/ref';
import type { Group, Item, Task } from '../../../src/core/model/types';
import { extractNote } from '../../../src/core/parse/extract';

const exampleDir = join(__dirname, '../../../example-vault');
const examples = readdirSync(exampleDir)
  .filter((n) => n.endsWith('.md'))
  .map((name) => ({ path: name, text: readFileSync(join(exampleDir, name), 'utf8') }));
const groupsFrom = (path: string, text: string) => noteContent(extractNote(path, text), roleWords()).groups;
// JSON text compares values and the order of every object's keys (the CLI's JSON).
const exact = (groups: Group[]) => JSON.stringify(groups);

describe('packed groups', () => {
  it('give back exactly the groups of every example note and of synthetic roadmap notes', () => {
    const notes = [...examples, ...[...generateVault(2000, 3)].filter((n) => n.roadmap)];
    let checkboxes = 0;
    let packedChars = 0;
    for (const { path, text } of notes) {
      const groups = groupsFrom(path, text);
      const packed = packGroups(groups, path);
      expect(exact(unpackGroups(packed, path))).toBe(exact(groups));
      checkboxes += (text.match(/<input[^>]*>|\[[ xX]\]/g) ?? []).length;
      packedChars += packed.length;
    }
    expect(checkboxes).toBeGreaterThan(1000);
    // What the index keeps: well under the model's own JSON (about 260 characters per checkbox).
    expect(packedChars / checkboxes).toBeLessThan(90);
  });

  it('give back exactly any groups, odd refs and values included (property)', () => {
    const text = fc.string({ maxLength: 12 });
    const line = fc.nat(5000);
    const refData = (path: string): fc.Arbitrary<RefData> =>
      fc.record({
        path: fc.constantFrom(path, path, path, 'other.md'),
        offset: fc.nat(100000),
        line,
        nth: fc.nat(3),
        kind: fc.constantFrom('gfm' as const, 'html' as const),
        id: fc.option(fc.constantFrom('7d8cec', 'a', 'ü½', ''), { nil: null }),
        lineHash: fc.constantFrom('1x3k9f', 'auke59', 'zz'),
        ctxHash: fc.constantFrom('', 's0x9ka', 'auke59'),
        twins: fc.integer({ min: 1, max: 3 }),
        ordinal: fc.constant(0),
        idCount: fc.nat(2),
      });
    const ref = (path: string) => fc.oneof(refData(path).map(encodeRef), fc.constantFrom('r1.old', '!x', 'r2.', `${refPrefix(path)}a.b`, `${refPrefix(path)}!1.2.3.4.5.6.h.a.b.c`));
    const task = (path: string, depth = 2): fc.Arbitrary<Task> =>
      fc.record({
        text,
        path: fc.constant(path),
        line,
        done: fc.boolean(),
        kind: fc.constantFrom('gfm' as const, 'html' as const),
        htmlId: fc.option(fc.constantFrom('7d8cec', 'a'), { nil: null }),
        ref: ref(path),
        tasks: depth ? fc.array(task(path, depth - 1), { maxLength: 2 }) : fc.constant([]),
      });
    const item = (path: string): fc.Arbitrary<Item> =>
      fc.record({
        title: text,
        path: fc.constant(path),
        line,
        done: fc.option(fc.boolean(), { nil: null }),
        state: fc.constantFrom('todo' as const, 'doing' as const, 'done' as const),
        status: fc.option(text, { nil: null }),
        priority: fc.option(fc.oneof(fc.integer(), text), { nil: null }),
        due: fc.option(text, { nil: null }),
        links: fc.array(text, { maxLength: 2 }),
        fields: fc.dictionary(fc.constantFrom('Status', 'Owner', 'Due'), text),
        tasks: fc.array(task(path), { maxLength: 3 }),
        progress: fc.record({ done: fc.nat(9), total: fc.nat(9) }),
        ref: fc.option(ref(path), { nil: null }),
      });
    const groups = (path: string) =>
      fc.array(
        fc.record({ title: text, path: fc.constant(path), line, due: fc.option(text, { nil: null }), items: fc.array(item(path), { maxLength: 4 }), progress: fc.record({ done: fc.nat(9), total: fc.nat(9) }) }),
        { maxLength: 3 },
      );
    fc.assert(
      fc.property(
        fc.constantFrom('note.md', 'a/ü b.md').chain((path) => fc.tuple(fc.constant(path), groups(path))),
        ([path, list]) => {
          expect(exact(unpackGroups(packGroups(list, path), path))).toBe(exact(list));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('refuse a damaged string rather than give the views a broken model', () => {
    const path = 'Projects.md';
    const packed = packGroups(groupsFrom(path, examples.find((n) => n.path === path)!.text), path);
    const damaged = [
      packed.slice(0, -5),
      '{}',
      '[1]',
      '[["title"]]',
      packed.replace(/^\[\["/, '[[7,"'),
      packed.replace(/,[0-2],1,"/, ',5,1,"'),
      packed.replace(/\.h\./, '.h.x.'),
    ];
    for (const text of damaged) {
      expect(text).not.toBe(packed);
      expect(() => unpackGroups(text, path)).toThrow();
    }
  });

  it('are built once while held, and from the digest the index keeps', () => {
    const note = examples.find((n) => n.path === 'Projects.md')!;
    const digest = digestOf(extractNote(note.path, note.text), roleWords());
    const groups = groupsOf(digest);
    expect(groupsOf(digest)).toBe(groups);
    expect(exact(groups)).toBe(exact(groupsFrom(note.path, note.text)));
    expect(digest).not.toHaveProperty('groups');
  });

  it('are built ahead a note at a time, and the model is the one built all at once', () => {
    const digests = examples.map(({ path, text }) => digestOf(extractNote(path, text), roleWords()));
    const resolver = new LinkResolver(examples.map((n) => n.path));
    const assembler = new RoadmapAssembler(resolver);
    for (const digest of digests) assembler.add(digest);
    const ahead: number[] = [];
    while (assembler.buildAhead()) ahead.push(1);
    expect(ahead.length).toBe(digests.filter((d) => d.packedGroups).length);
    const model = assembler.build();
    expect(model.groups[0]).toBe(groupsOf(digests.find((d) => d.packedGroups)!)[0]);
    expect(JSON.stringify(model)).toBe(JSON.stringify(buildRoadmap(digests.map((d) => ({ ...d })), resolver)));
  });
});
