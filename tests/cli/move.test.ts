import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyVault } from '../helpers/tempVault';

// `roadmap move` (SPEC §7, §3 "the smallest change a note can hold") on the example vault.
const ROADMAP = '2026 Systems Engineering Roadmap.md';
const exampleVault = join(__dirname, '../../example-vault');
const lineOf = (vault: string, line: number) => readFileSync(join(vault, ROADMAP), 'utf8').split('\n')[line - 1];

describe('roadmap move', () => {
  it('moves list items, rows with a Status cell and rows with neither, each with the smallest change', async () => {
    const vault = copyVault(exampleVault);
    const original = readFileSync(join(vault, ROADMAP), 'utf8');
    const moves: [number, string, string, string][] = [
      [12, 'doing', 'To do → Doing', '1. [/] **Linux internals** – syscalls, file descriptors, process model, networking stack'],
      [29, 'done', 'To do → Done', '- [x] File descriptors and syscalls'],
      [61, 'done', 'Doing → Done', '| Writing an Interpreter in Go | Book      | Done        |'],
      [62, 'cancelled', 'To do → Cancelled', '| Writing a Compiler in Go     | Book      | Cancelled   |'],
    ];
    for (const [line, state, change, after] of moves) {
      const result = await cli('move', vault, `${ROADMAP}:${line}`, state);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^${ROADMAP}:${line} ".+": ${change}\\n$`));
      expect(lineOf(vault, line)).toBe(after);
    }
    // A milestone row (no checkbox, no Status cell) gets a Table Checkboxes checkbox.
    const milestone = await cli('move', vault, `${ROADMAP}:70`, 'done');
    expect(milestone.stdout).toBe(`${ROADMAP}:70 "Effect.ts used in production (OctoSpark)": To do → Done\n`);
    expect(lineOf(vault, 70)).toMatch(/^\| Q1 2026 \| <input type="checkbox" checked id="[0-9a-f]{6}"> Effect\.ts used in production \(OctoSpark\) {5}\|$/);
    // Only those lines changed.
    const now = readFileSync(join(vault, ROADMAP), 'utf8').split('\n');
    expect(original.split('\n').map((l, i) => (l === now[i] ? null : i + 1)).filter(Boolean)).toEqual([12, 29, 61, 62, 70]);
    // Each move is one undo step.
    for (let i = 0; i < 5; i++) expect((await cli('undo', vault)).code).toBe(0);
    expect(readFileSync(join(vault, ROADMAP), 'utf8')).toBe(original);
  });

  it('refuses a state the note cannot hold, saying how to make it possible, and a state that is no state', async () => {
    const vault = copyVault(exampleVault);
    const before = readFileSync(join(vault, ROADMAP), 'utf8');
    const doing = await cli('move', vault, `${ROADMAP}:70`, 'doing');
    expect(doing.code).toBe(1);
    expect(doing.stderr).toBe('roadmap: "Effect.ts used in production (OctoSpark)" can only be To do or Done: add a Status column to its table to say Doing; nothing was changed\n');
    const bad = await cli('move', vault, `${ROADMAP}:70`, 'maybe');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('roadmap: move needs the new state: todo, doing, done or cancelled (got "maybe")\n');
    const notItem = await cli('move', vault, `${ROADMAP}:1`, 'done');
    expect(notItem.code).toBe(1);
    expect(readFileSync(join(vault, ROADMAP), 'utf8')).toBe(before);
    const same = await cli('move', vault, `${ROADMAP}:61`, 'doing');
    expect(same.stdout).toBe(`${ROADMAP}:61 "Writing an Interpreter in Go": already Doing; nothing was changed\n`);
  });
});
