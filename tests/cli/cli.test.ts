import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyVault, makeVault, snapshot } from '../helpers/tempVault';

const root = join(__dirname, '../..');
const exampleVault = join(root, 'example-vault');
const fixtures = join(root, 'tests/fixtures');

describe('roadmap board', () => {
  it('prints the example vault board', async () => {
    const result = await cli('board', copyVault(exampleVault), '--today', '2026-11-23');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const expectedFile = join(__dirname, 'example-board.txt');
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, result.stdout);
    expect(existsSync(expectedFile), `${expectedFile} is missing: run UPDATE_FIXTURES=1 and review it`).toBe(true);
    expect(result.stdout).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it('marks overdue and soon-due items against --today', async () => {
    const vault = makeVault({ 'a.md': '#roadmap\n\n- [ ] late 📅 2026-01-01\n- [ ] soon 📅 2026-01-08\n- [ ] later 📅 2026-02-01\n- [x] done late 📅 2025-12-01\n' });
    const result = await cli('board', vault, '--today', '2026-01-02');
    expect(result.stdout).toBe(
      'a.md\n  a  1/4\n    ☐ late  due 2026-01-01 (overdue)\n    ☐ soon  due 2026-01-08 (due soon)\n    ☐ later  due 2026-02-01\n    ✓ done late  due 2025-12-01\n',
    );
  });

  it('lists at most 20 linked notes on one line, then how many more', async () => {
    const links = Array.from({ length: 45 }, (_, i) => `[[Missing ${i}]]`).join(' ');
    const result = await cli('board', makeVault({ 'a.md': `#roadmap\n\n- [ ] one\n\n${links}\n` }));
    const line = result.stdout.split('\n').find((l) => l.startsWith('Unresolved links:'))!;
    expect(line).toBe(`Unresolved links: ${Array.from({ length: 20 }, (_, i) => `Missing ${i}`).join(', ')} … and 25 more`);
  });

  it('explains how to mark a roadmap note when there is none', async () => {
    const result = await cli('board', makeVault({ 'plain.md': 'just a note\n' }));
    expect(result.stdout).toBe('No roadmap notes found. Tag a note #projects or #roadmap, or add "roadmap: true" to its frontmatter (or use --tag, --folder or --all).\n');
    expect(result.code).toBe(0);
  });
});

describe('roadmap index', () => {
  it('names an unreadable note on stderr and indexes the rest', async () => {
    const vault = makeVault({ 'good.md': '#roadmap\n- [ ] ok\n', 'bad.md': Uint8Array.from([0x23, 0x72, 0x6f, 0xff, 0xfe, 0x0a]) });
    const before = snapshot(vault);
    const result = await cli('index', vault, '--json', '--all');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('roadmap: bad.md: bad.md is not valid UTF-8 text\n');
    const model = JSON.parse(result.stdout) as { notes: { path: string }[]; errors: unknown[] };
    expect(model.notes.map((n) => n.path)).toEqual(['good.md']);
    expect(model.errors).toEqual([{ path: 'bad.md', message: 'bad.md is not valid UTF-8 text' }]);
    expect(snapshot(vault)).toEqual(before);
  });

  it('prints a summary without --json', async () => {
    const result = await cli('index', copyVault(exampleVault));
    expect(result.stdout).toBe('3 notes, 14 groups, 55 items, 1 check-ins, 7 links, 0 errors (add --json for the model)\n');
  });

  it('replaces the default tags with --tag, and reads every note with --all', async () => {
    const vault = copyVault(join(fixtures, 'links'));
    const tagged = JSON.parse((await cli('index', vault, '--json', '--tag', '#someday')).stdout) as { notes: { path: string }[] };
    expect(tagged.notes.map((n) => n.path)).toEqual(['Unlinked.md']);
    const all = JSON.parse((await cli('index', vault, '--json', '--all')).stdout) as { notes: { path: string }[] };
    expect(all.notes.map((n) => n.path)).toEqual(['Embedded.md', 'Hub.md', 'Linked Note.md', 'Second Hop.md', 'Unlinked.md', 'folder/Deep.md']);
  });

  it('follows links as deep as --link-depth says', async () => {
    const vault = copyVault(join(fixtures, 'links'));
    const paths = async (depth: string) => (JSON.parse((await cli('index', vault, '--json', '--link-depth', depth)).stdout) as { notes: { path: string }[] }).notes.map((n) => n.path);
    expect(await paths('0')).toEqual(['Hub.md']);
    expect(await paths('2')).toEqual(['Embedded.md', 'Hub.md', 'Linked Note.md', 'Second Hop.md', 'folder/Deep.md']);
  });
});

describe('bad input', () => {
  it.each([
    [['board', '/no/such/vault'], 'roadmap: vault folder not found: /no/such/vault\n', 2],
    [['frobnicate'], 'roadmap: unknown command "frobnicate" (try: board, timeline, history, stale, index, toggle, move, set-status, add-task, add-item, set-due, set-start, undo, checkin)\n', 2],
    [['board', '--colour'], 'roadmap: unknown option --colour\n', 2],
    [['board', '--link-depth', 'deep'], 'roadmap: --link-depth must be a whole number from 0 to 5, not "deep"\n', 2],
    [['board', '--tag'], 'roadmap: --tag needs a value\n', 2],
    [['board', '--today', '2026-13-45'], 'roadmap: --today must be a date YYYY-MM-DD that exists, not "2026-13-45"\n', 2],
    [['board', 'a', 'b'], 'roadmap: board takes one vault folder, got 2\n', 2],
  ])('%j is refused with one line', async (argv, message, code) => {
    const result = await cli(...argv);
    expect(result).toEqual({ code, stdout: '', stderr: message });
  });
});

describe('the built binary', () => {
  it('gives the same model as the in-process run', async () => {
    const vault = copyVault(exampleVault);
    const stdout = execFileSync('node', [join(root, 'dist/cli.cjs'), 'index', vault, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toEqual(JSON.parse((await cli('index', vault, '--json')).stdout));
  });

  it('exits non-zero with one line on stderr for a missing vault', () => {
    const result = spawnSync('node', [join(root, 'dist/cli.cjs'), 'board', '/no/such/vault'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('roadmap: vault folder not found: /no/such/vault\n');
  });
});
