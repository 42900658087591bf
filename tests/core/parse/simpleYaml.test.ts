import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSimpleYaml } from '../../../src/core/parse/simpleYaml';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const READ = ['tags', 'tag', 'roadmap'];

/** What the model takes from frontmatter: the read keys, as YAML itself gives them. */
function readKeys(data: unknown): Record<string, unknown> {
  const record = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(READ.filter((key) => key in record).map((key) => [key, record[key]]));
}

describe('simple frontmatter reader', () => {
  it('answers the common forms exactly as YAML does', () => {
    const common = [
      'tags:\n  - roadmap\n  - work',
      'tags: [roadmap, work]',
      'tags: roadmap',
      'tag: projects\nroadmap: true',
      'title: My plan for 2026\ncreated: 2026-01-05\naliases:\n  - plan',
      'tags:\n- a\n- b/c\nroadmap: false',
      'tags:\nstatus: open',
      'tags: []',
    ];
    for (const yaml of common) {
      const fast = readSimpleYaml(yaml);
      expect(fast, yaml).not.toBeNull();
      expect(readKeys(fast), yaml).toEqual(readKeys(parse(yaml)));
    }
  });

  it('leaves to the full parser what it cannot be sure of', () => {
    for (const yaml of [
      'tags: "roadmap"',
      'tags: yes',
      'tags: [2026, x]',
      'tags:\n  - a\n    - b',
      'title: a: b',
      'tags: x # note',
      'a: 1\na: 2',
      'nested:\n  key: value',
      'tags:\n\t- a',
      'roadmap: True',
      '__proto__: x',
    ]) {
      expect(readSimpleYaml(yaml), yaml).toBeNull();
    }
  });

  it('never disagrees with YAML 1.2 or 1.1 (generated frontmatter)', () => {
    // Mostly words the reader takes, some it must refuse.
    const word = fc.oneof(
      { arbitrary: fc.constantFrom('roadmap', 'work', 'a b', 'x/y', 'true', 'false', 'plan.v2'), weight: 4 },
      { arbitrary: fc.constantFrom('yes', 'null', '2026', '1.5', 'a: b', "'q'", '"q"', '#t', 'a #c', '-x', '~', '[a]', '{a}', 'é', '*ref', '&a', '!tag', '|', '>', 'a,b', ''), weight: 1 },
    );
    const key = fc.oneof({ arbitrary: fc.constantFrom('tags', 'tag', 'roadmap', 'title', 'date'), weight: 4 }, { arbitrary: fc.constantFrom('a-b', 'x y', '- a'), weight: 1 });
    const line = fc.oneof(
      fc.tuple(key, word).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key).map(([k]) => `${k}:`),
      fc.tuple(fc.constantFrom('', ' ', '  ', '    '), word).map(([indent, v]) => `${indent}- ${v}`),
      fc.tuple(key, fc.array(word, { maxLength: 3 })).map(([k, items]) => `${k}: [${items.join(', ')}]`),
      fc.constantFrom('', '', '# comment', '  continued', '...'),
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const yaml = lines.join('\n');
        const fast = readSimpleYaml(yaml);
        if (fast === null) return;
        answered++;
        expect(() => void parse(yaml, { uniqueKeys: true })).not.toThrow();
        expect(readKeys(fast)).toEqual(readKeys(parse(yaml)));
        expect(readKeys(fast)).toEqual(readKeys(parse(yaml, { version: '1.1' })));
      }),
      { numRuns: RUNS * 10 },
    );
    // The property has teeth only when the reader answers a fair share of the cases.
    expect(answered).toBeGreaterThan(RUNS);
  });
});
