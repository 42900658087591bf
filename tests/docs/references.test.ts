import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The repository stands alone (a contributor clones it with nothing beside it): every
// "SPEC §n" cited names a section of docs/SPEC.md, every document named exists in it, and
// no file points outside it.
const root = join(__dirname, '../..');
const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((path) => path && existsSync(join(root, path)));
// Text a person or the code wrote (notes in vaults and fixtures are content, not references).
const TEXT = /\.(?:ts|mts|mjs|cjs|js|svelte|css|md|json|yml|yaml)$|^\.ci\/run$/;
const sources = tracked.filter((path) => TEXT.test(path) && !/^(?:example-vault|tests\/fixtures)\/|package-lock\.json$/.test(path));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** SPEC.md's section numbers, from its headings (`## 2. The model` → 2, `### 2.3.1 …` → 2.3.1). */
export function sectionsOf(spec: string): Set<string> {
  return new Set([...spec.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm)].map((m) => m[1]));
}

/** Every "SPEC §n" a text cites, as n. */
export function citationsOf(text: string): string[] {
  return [...text.matchAll(/SPEC §(\d+(?:\.\d+)*)/g)].map((m) => m[1]);
}

describe('the repository stands alone', () => {
  it('every "SPEC §n" cited anywhere names a heading of docs/SPEC.md', () => {
    const sections = sectionsOf(read('docs/SPEC.md'));
    const missing = sources.flatMap((path) => citationsOf(read(path)).filter((n) => !sections.has(n)).map((n) => `${path}: SPEC §${n}`));
    expect(missing).toEqual([]);
    // The check sees what it should: the code cites the spec often, and its sections are there.
    expect(sources.filter((path) => citationsOf(read(path)).length).length).toBeGreaterThan(40);
    expect([...sections]).toEqual(expect.arrayContaining(['1', '2', '2.3.2', '2.7', '3', '4', '4.1', '5', '6', '7']));
  });

  it('reads section numbers and citations as written', () => {
    expect([...sectionsOf('# Title\n## 1. Notes\n### 2.3.1 Statuses\n## Not numbered\n')]).toEqual(['1', '2.3.1']);
    expect(citationsOf('(SPEC §3) and SPEC §2.3.2, SPEC §7.')).toEqual(['3', '2.3.2', '7']);
  });

  it('every document named in capitals (SPEC.md, OBSIDIAN.md…) is a file of the repository', () => {
    const names = new Set(tracked.map((path) => path.split('/').pop()));
    const missing = sources.flatMap((path) => [...read(path).matchAll(/(?:^|[^\]\w])([A-Z][A-Z_]+\.md)\b/g)].map((m) => m[1]).filter((name) => !names.has(name)).map((name) => `${path}: ${name}`));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('no file points outside the repository', () => {
    const outside = sources.filter((path) => /\.\.\/shared\b|shared\/(?:docs|data|seeds|example-vault)\b/.test(read(path)));
    expect(outside).toEqual([]);
    // Relative links of the docs lead to files inside the repository.
    const broken = sources
      .filter((path) => path.endsWith('.md'))
      .flatMap((path) =>
        [...read(path).matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
          .map((m) => m[1])
          .filter((target) => !/^[a-z]+:/i.test(target))
          .filter((target) => {
            const resolved = normalize(join(dirname(path), decodeURI(target)));
            return relative(root, join(root, resolved)).startsWith('..') || !existsSync(join(root, resolved));
          })
          .map((target) => `${path}: ${target}`),
      );
    expect(broken).toEqual([]);
  });
});
