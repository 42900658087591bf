import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRef } from '../../src/core/model/ref';
import { cli, copyVault, snapshot } from '../helpers/tempVault';

const root = join(__dirname, '../..');
const exampleVault = join(root, 'example-vault');
const fixtures = join(root, 'tests/fixtures');

interface Model {
  groups: { items: { title: string; path: string; line: number; ref: string | null; fields: Record<string, string>; tasks: TaskJson[] }[] }[];
}
interface TaskJson {
  text: string;
  ref: string;
  done: boolean;
  tasks: TaskJson[];
}

async function index(vault: string, ...args: string[]): Promise<Model> {
  const result = await cli('index', vault, '--json', ...args);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Model;
}

/**
 * Every checkbox ref of a model: items' own and their tasks', nested ones too — but not
 * the own checkbox of a row with a Status cell: toggling it writes the Status too (one
 * truth per item, oneTruth.test.ts), in the column's words, which may not be the ones the
 * cell had.
 */
function allRefs(model: Model): string[] {
  const refs: string[] = [];
  const fromTasks = (tasks: TaskJson[]): void => {
    for (const task of tasks) {
      refs.push(task.ref);
      fromTasks(task.tasks);
    }
  };
  for (const item of model.groups.flatMap((g) => g.items)) {
    if (item.ref && !Object.keys(item.fields).some((header) => /status|state|stage/i.test(header))) refs.push(item.ref);
    fromTasks(item.tasks);
  }
  return [...new Set(refs)];
}

const notesOf = (vault: string) => [...snapshot(vault)].filter(([path]) => path.endsWith('.md'));

describe('roadmap toggle over whole vaults', () => {
  const vaults = [['example-vault', exampleVault, []], ...readdirSync(fixtures).filter((n) => n !== 'example-vault').map((n) => [n, join(fixtures, n), n === 'selection' ? ['--folder', 'Plans'] : []])] as [string, string, string[]][];

  it.each(vaults)('every checkbox of %s toggles and toggles back to the identical file', async (name, source, args) => {
    const vault = copyVault(source);
    const refs = allRefs(await index(vault, ...args));
    expect(refs.length).toBe(name === 'no-group-column' ? 0 : refs.length || 1);
    // Spellings SPEC §3 makes canonical on their first toggle ([X], checked="checked",
    // checked="") round-trip from their canonical form; every other one from the start.
    if (name === 'checkbox-spellings') for (const ref of refs) for (let i = 0; i < 2; i++) await cli('toggle', vault, ref);
    const original = new Map(notesOf(vault).map(([path, file]) => [path, file.bytes]));
    // A status other than [ ]/[x] moves on to another one ([/] → [x] → [ ]): it toggles
    // in place but never back (statuses.test.ts); every other checkbox round-trips.
    const binary = (ref: string) => {
      const data = decodeRef(ref)!;
      return data.kind === 'html' || /^\[[ xX]\]/.test(original.get(data.path)!.slice(data.offset, data.offset + 3));
    };
    for (const ref of refs.filter(binary)) {
      const first = await cli('toggle', vault, ref);
      expect(first.stderr).toBe('');
      expect(first.stdout).toMatch(/^.+\.md:\d+( ".*"( \(.*\))?)?: (un)?checked → (un)?checked\n$/);
      const changed = notesOf(vault).filter(([path, file]) => original.get(path) !== file.bytes);
      expect(changed.length).toBe(1);
      const second = await cli('toggle', vault, ref);
      expect(second.stdout).toBe(first.stdout.replace(/(\w+) → (\w+)\n$/, '$2 → $1\n'));
      expect(new Map(notesOf(vault).map(([path, file]) => [path, file.bytes]))).toEqual(original);
    }
  });

  it('makes only [X], checked="checked" and checked="" canonical, touching only their own bytes', async () => {
    const vault = copyVault(join(fixtures, 'checkbox-spellings'));
    const before = readFileSync(join(vault, 'boxes.md'), 'utf8');
    for (const ref of allRefs(await index(vault))) for (let i = 0; i < 2; i++) await cli('toggle', vault, ref);
    const after = readFileSync(join(vault, 'boxes.md'), 'utf8');
    const changed = before.split('\n').map((line, i) => [line, after.split('\n')[i]]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      ['| <input type="checkbox" checked="checked" id="d00004"> | Checked equals checked |', '| <input type="checkbox" checked id="d00004"> | Checked equals checked |'],
      ['| <input type="checkbox" checked="" id="d00005"> | Checked empty |', '| <input type="checkbox" checked id="d00005"> | Checked empty |'],
      ['| [X] | Upper X marker |', '| [x] | Upper X marker |'],
    ]);
  });

  it('toggles the 3 gVisor tasks of the example vault by their html ids', async () => {
    const vault = copyVault(exampleVault);
    const gvisor = (await index(vault)).groups.flatMap((g) => g.items).find((i) => i.title === 'gVisor - foreverVM')!;
    expect(await cli('toggle', vault, gvisor.tasks[0].ref)).toEqual({ code: 0, stdout: 'Projects.md:19 "blog" (gVisor - foreverVM): unchecked → checked\n', stderr: '' });
    expect(readFileSync(join(vault, 'Projects.md'), 'utf8')).toContain('<input type="checkbox" checked id="28acf1"> blog');
  });
});

describe('roadmap toggle after the note changed', () => {
  it('still toggles a checkbox that only moved (lines added above)', async () => {
    const vault = copyVault(exampleVault);
    const ref = (await index(vault)).groups.flatMap((g) => g.items).find((i) => i.title === 'Write a storage engine from scratch')!.ref!;
    const file = join(vault, 'long term bets.md');
    const moved = readFileSync(file, 'utf8').replace('# Long term bets\n', '# Long term bets\n\nA new paragraph.\nAnd another line.\n');
    writeFileSync(file, moved);
    expect(await cli('toggle', vault, ref, '--today', '2026-12-01')).toEqual({ code: 0, stdout: 'long term bets.md:14 "Write a storage engine from scratch": unchecked → checked\n', stderr: '' });
    // Checked, with its done date (the note writes Tasks' dates).
    expect(readFileSync(file, 'utf8')).toBe(moved.replace(/- \[ \] (Write a storage engine[^\n]*)/, '- [x] $1 ✅ 2026-12-01'));
  });

  it('refuses, says why and writes nothing when the checkbox was removed', async () => {
    const vault = copyVault(exampleVault);
    const ref = (await index(vault)).groups.flatMap((g) => g.items).find((i) => i.title === 'Publish one deep-dive post a month')!.tasks[1].ref;
    const file = join(vault, 'long term bets.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - [ ] Durable execution for agents\n', ''));
    const before = snapshot(vault);
    expect(await cli('toggle', vault, ref)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'roadmap: the checkbox is no longer in the note (it was removed or its line was rewritten); nothing was changed\n',
    });
    expect(snapshot(vault)).toEqual(before);
  });

  it('refuses a ref whose note is gone, and text that is no ref', async () => {
    const vault = copyVault(exampleVault);
    const [ref] = allRefs(await index(vault));
    const other = copyVault(join(fixtures, 'crlf'));
    const how = 'a checkbox is named by its ref, its id (#7d8cec) or path:line[:n] — "roadmap board --refs" shows them';
    expect(await cli('toggle', other, ref)).toEqual({ code: 1, stdout: '', stderr: 'roadmap: Projects.md is not a note in this vault; nothing was changed\n' });
    expect(await cli('toggle', vault, 'r1.garbage')).toEqual({ code: 2, stdout: '', stderr: `roadmap: "r1.garbage" is not a target: ${how}\n` });
    expect(await cli('toggle', vault)).toEqual({ code: 2, stdout: '', stderr: `roadmap: toggle needs a checkbox: ${how}\n` });
  });
});

describe('writes are atomic', () => {
  it('replaces the note by rename and leaves no temporary file', async () => {
    const vault = copyVault(exampleVault);
    const [ref] = allRefs(await index(vault));
    const inode = statSync(join(vault, 'Projects.md')).ino;
    await cli('toggle', vault, ref);
    expect(statSync(join(vault, 'Projects.md')).ino).not.toBe(inode);
    expect(readdirSync(vault).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('roadmap set-status, add-task, undo', () => {
  it('sets a Status cell by path:line, adds a task, and undoes both back to the original bytes', async () => {
    const vault = copyVault(exampleVault);
    const before = new Map(notesOf(vault).map(([path, file]) => [path, file.bytes]));
    const roadmapNote = join(vault, '2026 Systems Engineering Roadmap.md');
    const line = readFileSync(roadmapNote, 'utf8').split('\n').findIndex((l) => l.startsWith('| Writing a Compiler in Go')) + 1;
    const changed = `2026 Systems Engineering Roadmap.md:${line} "Writing a Compiler in Go": Status "Queued" → "In Progress"`;
    expect(await cli('set-status', vault, `2026 Systems Engineering Roadmap.md:${line}`, 'In Progress')).toEqual({ code: 0, stdout: `${changed}\n`, stderr: '' });
    expect(readFileSync(roadmapNote, 'utf8').split('\n')[line - 1]).toBe('| Writing a Compiler in Go     | Book      | In Progress |');
    const state = (await index(vault)).groups.find((g) => g.items.some((i) => i.title === 'Writing a Compiler in Go'))!.items[1];
    expect(state.title).toBe('Writing a Compiler in Go');

    const pubsub = (await index(vault)).groups.flatMap((g) => g.items).find((i) => i.title === 'PubSub system in Rust')!;
    const added = await cli('add-task', vault, pubsub.ref!, 'write a design doc');
    expect(added).toEqual({ code: 0, stdout: 'Projects.md:9 "write a design doc" added under "PubSub system in Rust"\n', stderr: '' });
    const item = (await index(vault)).groups.flatMap((g) => g.items).find((i) => i.title === 'PubSub system in Rust')!;
    expect(item.tasks.map((t) => [t.text, t.done])).toEqual([['write a design doc', false]]);

    expect((await cli('undo', vault)).stdout).toBe('undone: Projects.md:9 "write a design doc" added under "PubSub system in Rust"\n');
    expect((await cli('undo', vault)).stdout).toBe(`undone: ${changed}\n`);
    expect(new Map(notesOf(vault).map(([path, file]) => [path, file.bytes]))).toEqual(before);
    expect(await cli('undo', vault)).toEqual({ code: 1, stdout: '', stderr: 'roadmap: there is nothing to undo\n' });
  });

  it('refuses an undo whose bytes are gone and leaves the note as it is', async () => {
    const vault = copyVault(exampleVault);
    const ref = (await index(vault)).groups.flatMap((g) => g.items).find((i) => i.title === 'Write a storage engine from scratch')!.ref!;
    await cli('toggle', vault, ref);
    const file = join(vault, 'long term bets.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/- \[x\] (Write a storage engine from scratch[^\n]*?) ✅ \d{4}-\d{2}-\d{2}/, '- [ ] $1'));
    const before = snapshot(vault);
    const result = await cli('undo', vault);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('roadmap: cannot undo long term bets.md:11 "Write a storage engine from scratch": unchecked → checked: the note changed there since; nothing was changed\n');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(exampleVault, 'long term bets.md'), 'utf8'));
    expect(snapshot(vault).get('long term bets.md')).toEqual(before.get('long term bets.md'));
  });

  it.each([
    [['set-status', 'VAULT', 'Projects.md:9'], 'roadmap: set-status needs the new status text, e.g. roadmap set-status . Projects.md:9 "In progress"\n', 2],
    [['set-status', 'VAULT', 'Projects.md:9', 'Done'], 'roadmap: this table has no Status column; nothing was changed\n', 1],
    [['set-status', 'VAULT', 'nope', 'Done'], 'roadmap: no checkbox in the vault has the id "nope"; nothing was changed\n', 1],
    [['set-status', 'VAULT', 'no pe', 'Done'], 'roadmap: "no pe" is not a target: a checkbox is named by its ref, its id (#7d8cec) or path:line[:n] — "roadmap board --refs" shows them\n', 2],
    [['add-task', 'VAULT', 'Projects.md:9', 'a\nb'], 'roadmap: the text holds a line break; nothing was changed\n', 1],
    [['add-task', 'VAULT', 'Projects.md:3', 'x'], 'roadmap: line 3 of Projects.md is not a table row or list item; nothing was changed\n', 1],
    [['add-task', 'VAULT', 'Projects.md:9', 'x', 'extra'], 'roadmap: too many arguments (4); quote text that holds spaces\n', 2],
    [['undo'], 'roadmap: undo needs the vault folder first ("." for the current folder); see roadmap undo --help\n', 2],
  ])('%j is refused with one line and changes nothing', async (argv, message, code) => {
    const vault = copyVault(exampleVault);
    const before = snapshot(vault);
    expect(await cli(...argv.map((a) => (a === 'VAULT' ? vault : a)))).toEqual({ code, stdout: '', stderr: message });
    expect(snapshot(vault)).toEqual(before);
  });
});

describe('the undo log', () => {
  it('lives in the config folder --config-dir names', async () => {
    const vault = copyVault(exampleVault);
    const [ref] = allRefs(await index(vault));
    mkdirSync(join(vault, '.config')); // a vault whose config folder is .config
    await cli('toggle', vault, ref, '--config-dir', '.config');
    expect(readdirSync(join(vault, '.config/plugins/roadmap-board'))).toEqual(['undo.json']);
    expect(await cli('undo', vault)).toEqual({ code: 1, stdout: '', stderr: 'roadmap: there is nothing to undo\n' });
    expect((await cli('undo', vault, '--config-dir', '.config')).code).toBe(0);
  });
});

describe('the BOM and line endings survive a write', () => {
  it('keeps a BOM and CRLF byte for byte', async () => {
    const vault = copyVault(join(fixtures, 'bom'));
    const file = join(vault, 'bom note.md');
    const before = readFileSync(file);
    const [ref] = allRefs(await index(vault));
    await cli('toggle', vault, ref);
    const after = readFileSync(file);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.length).toBe(before.length);
  });
});
