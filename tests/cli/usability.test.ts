// The `roadmap` CLI as a person uses it (issue: targets they can type, messages that say
// what changed, the current folder as vault), on copies of the example vault in temporary
// folders: `run()` in the test's process, and the built binary for another user.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { copyVault, makeVault, snapshot, tempDir } from '../helpers/tempVault';

const root = join(__dirname, '../..');
const bin = join(root, 'dist/cli.cjs');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// The undo log of a folder that is not an Obsidian vault goes to $XDG_STATE_HOME: one
// fresh state folder per test, so no test sees another's log (or the user's own).
let state = '';
beforeEach(() => {
  state = tempDir();
  chmodSync(state, 0o777);
});

// In the test's own process (so mutation testing sees the code run), with the current
// folder and $XDG_STATE_HOME a person's shell would give; run as another user, the built
// binary as a child process.
async function roadmap(args: string[], options: { cwd?: string; env?: Record<string, string>; as?: string[] } = {}): Promise<Run> {
  if (options.as) return spawned(args, options.as, options);
  const saved = process.env.XDG_STATE_HOME;
  process.env.XDG_STATE_HOME = options.env?.XDG_STATE_HOME ?? state;
  let stdout = '';
  let stderr = '';
  try {
    const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd: options.cwd ?? root });
    return { code, stdout, stderr };
  } finally {
    process.env.XDG_STATE_HOME = saved;
  }
}

function spawned(args: string[], as: string[], options: { cwd?: string; env?: Record<string, string> }): Run {
  const [command, ...prefix] = as.length ? as : [process.execPath];
  const result = spawnSync(command, [...prefix, ...(as.length ? [process.execPath] : []), bin, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, XDG_STATE_HOME: state, ...options.env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const example = () => copyVault(join(root, 'example-vault'));
const read = (vault: string, path: string) => readFileSync(join(vault, path), 'utf8');
const line = (vault: string, path: string, n: number) => read(vault, path).split('\n')[n - 1];

describe('targets a person can type', () => {
  it('a checkbox id, with or without #, toggles that checkbox and says where and what', async () => {
    const vault = example();
    const before = line(vault, 'Projects.md', 19);
    const first = (await roadmap(['toggle', vault, '#28acf1']));
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe('Projects.md:19 "blog" (gVisor - foreverVM): unchecked → checked\n');
    expect(line(vault, 'Projects.md', 19)).toBe(before.replace('unchecked id="28acf1"', 'checked id="28acf1"'));
    expect((await roadmap(['toggle', vault, '28acf1'])).stdout).toBe('Projects.md:19 "blog" (gVisor - foreverVM): checked → unchecked\n');
    expect(line(vault, 'Projects.md', 19)).toBe(before);
  });

  it('path:line for the only checkbox of a line, path:line:n among several, the note name without .md', async () => {
    const vault = example();
    expect((await roadmap(['toggle', vault, 'long term bets.md:13', '--today', '2026-12-01'])).stdout).toBe('long term bets.md:13 "Build a memtable and WAL" (Write a storage engine from scratch): unchecked → checked\n');
    // The note writes Tasks' dates (📅), so a checked task gets its done date.
    expect(line(vault, 'long term bets.md', 13)).toBe('  - [x] Build a memtable and WAL ✅ 2026-12-01');
    const several = (await roadmap(['toggle', vault, 'Projects.md:19']));
    expect(several).toMatchObject({ code: 2, stdout: '' });
    expect(several.stderr).toBe('roadmap: Projects.md:19 has 4 checkboxes; add :1 to :4 to choose one (e.g. Projects.md:19:1)\n');
    expect((await roadmap(['toggle', vault, 'Projects:19:3'])).stdout).toBe('Projects.md:19 "Stateful computation?" (gVisor - foreverVM): unchecked → checked\n');
    expect(line(vault, 'Projects.md', 19)).toContain('<input type="checkbox" checked id="e07a79">');
    expect((await roadmap(['toggle', vault, 'Projects.md:19:5'])).stderr).toBe('roadmap: Projects.md:19 has 4 checkboxes, not 5\n');
  });

  it('refuses, saying why, an id two checkboxes share, an id none has, a line without one, a note that is not there', async () => {
    const vault = makeVault({
      'a.md': '#roadmap\n\n| Done | Item |\n|---|---|\n| <input type="checkbox" id="dup1"> | one |\n| <input type="checkbox" id="dup1"> | two |\n',
    });
    const before = snapshot(vault);
    expect((await roadmap(['toggle', vault, '#dup1']))).toMatchObject({ code: 1, stderr: 'roadmap: 2 checkboxes have the id "dup1" (a.md:5, a.md:6); name one by path:line[:n]; nothing was changed\n' });
    expect((await roadmap(['toggle', vault, '#nope']))).toMatchObject({ code: 1, stderr: 'roadmap: no checkbox in the vault has the id "nope"; nothing was changed\n' });
    expect((await roadmap(['toggle', vault, 'a.md:3']))).toMatchObject({ code: 1, stderr: 'roadmap: a.md:3 has no checkbox; nothing was changed\n' });
    expect((await roadmap(['toggle', vault, 'b.md:3']))).toMatchObject({ code: 1, stderr: 'roadmap: b.md is not a note in this vault; nothing was changed\n' });
    expect((await roadmap(['toggle', vault, 'not a target']))).toMatchObject({ code: 2 });
    expect((await roadmap(['toggle', vault, 'not a target'])).stderr).toContain('is not a target: a checkbox is named by its ref, its id (#7d8cec) or path:line[:n]');
    expect(snapshot(vault)).toEqual(before);
  });

  it('board --refs shows a target for every checkbox, and each one toggles the checkbox on its line', async () => {
    const vault = example();
    const board = (await roadmap(['board', vault, '--refs']));
    expect(board.code).toBe(0);
    // The target is the last field of a line, after two spaces.
    const shown = board.stdout.split('\n').map((l) => l.trimEnd().split('  ').pop()!).filter((f) => /^#[0-9a-f]{6}$|\.md:\d+(:\d+)?$/.test(f));
    expect(shown).toContain('#7d8cec');
    expect(shown).toContain('long term bets.md:13');
    expect(shown.length).toBe(new Set(shown).size);
    for (const target of shown) {
      const before = snapshot(vault);
      const result = (await roadmap(['toggle', vault, target]));
      expect(result.code, `${target}: ${result.stderr}`).toBe(0);
      const changed = [...snapshot(vault)].filter(([path, file]) => path.endsWith('.md') && before.get(path)?.bytes !== file.bytes);
      expect(changed.map(([path]) => path), target).toHaveLength(1);
    }
  });

  it('add-task after add-task by line: each says where its task went and under which item', async () => {
    const vault = example();
    const first = (await roadmap(['add-task', vault, 'long term bets.md:11', 'Benchmarks']));
    expect(first.stdout).toBe('long term bets.md:15 "Benchmarks" added under "Write a storage engine from scratch"\n');
    // The same line number again is now the next line's item: the message says which.
    const second = (await roadmap(['add-task', vault, 'long term bets.md:12', 'Bloom filters']));
    expect(second.stdout).toBe('long term bets.md:13 "Bloom filters" added under "Read the LSM-tree paper"\n');
  });

  it('set-status names the item and the old and new Status', async () => {
    const vault = example();
    const row = '2026 Systems Engineering Roadmap.md:61';
    expect(line(vault, '2026 Systems Engineering Roadmap.md', 61)).toContain('| Writing an Interpreter in Go | Book      | In Progress |');
    expect((await roadmap(['set-status', vault, row, 'Done']))).toMatchObject({ code: 0, stderr: '', stdout: `${row} "Writing an Interpreter in Go": Status "In Progress" → "Done"\n` });
    expect(line(vault, '2026 Systems Engineering Roadmap.md', 61)).toBe('| Writing an Interpreter in Go | Book      | Done        |');
    expect((await roadmap(['set-status', vault, row, 'Done'])).stdout).toBe(`${row} "Writing an Interpreter in Go": Status is already "Done"; nothing was changed\n`);
  });
});

describe('undo, by number', () => {
  it('lists the changes newest first, undoes any of them, and a hand edit blocks only its own', async () => {
    const vault = example();
    (await roadmap(['toggle', vault, '#28acf1']));
    (await roadmap(['toggle', vault, 'long term bets.md:13']));
    (await roadmap(['toggle', vault, '#fb1a89']));
    expect((await roadmap(['undo', vault, '--list'])).stdout).toBe(
      [
        '1. Projects.md:25 "blog" (project-manager-cli): unchecked → checked',
        '2. long term bets.md:13 "Build a memtable and WAL" (Write a storage engine from scratch): unchecked → checked',
        '3. Projects.md:19 "blog" (gVisor - foreverVM): unchecked → checked',
        '',
      ].join('\n'),
    );
    // A hand edit over the memtable task: that change can no longer be undone.
    const bets = read(vault, 'long term bets.md');
    writeFileSync(join(vault, 'long term bets.md'), bets.replace('- [x] Build a memtable and WAL', '- [x] Build a memtable, a WAL'));
    expect((await roadmap(['undo', vault, '--list'])).stdout).toContain('2. long term bets.md:13 "Build a memtable and WAL" (Write a storage engine from scratch): unchecked → checked  (cannot be undone: the note changed there since)\n');
    expect((await roadmap(['undo', vault, '3']))).toMatchObject({ code: 0, stdout: 'undone: Projects.md:19 "blog" (gVisor - foreverVM): unchecked → checked\n' });
    expect(line(vault, 'Projects.md', 19)).toContain('unchecked id="28acf1"');
    const blocked = (await roadmap(['undo', vault, '2']));
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toBe('roadmap: cannot undo long term bets.md:13 "Build a memtable and WAL" (Write a storage engine from scratch): unchecked → checked: the note changed there since; nothing was changed\n');
    expect((await roadmap(['undo', vault]))).toMatchObject({ code: 0, stdout: 'undone: Projects.md:25 "blog" (project-manager-cli): unchecked → checked\n' });
    // The blocked change stays listed (SPEC §3: undo never drops an entry it could not undo).
    expect((await roadmap(['undo', vault, '--list'])).stdout).toBe('1. long term bets.md:13 "Build a memtable and WAL" (Write a storage engine from scratch): unchecked → checked  (cannot be undone: the note changed there since)\n');
    // The hand edit taken back: it can be undone again.
    writeFileSync(join(vault, 'long term bets.md'), bets);
    expect((await roadmap(['undo', vault]))).toMatchObject({ code: 0, stdout: 'undone: long term bets.md:13 "Build a memtable and WAL" (Write a storage engine from scratch): unchecked → checked\n' });
    expect((await roadmap(['undo', vault, '--list'])).stdout).toBe('nothing to undo\n');
    expect((await roadmap(['undo', vault, '4']))).toMatchObject({ code: 1, stderr: 'roadmap: there is nothing to undo\n' });
  });

  it('a number outside the list is a usage error', async () => {
    const vault = example();
    (await roadmap(['toggle', vault, '#28acf1']));
    expect((await roadmap(['undo', vault, '2']))).toMatchObject({ code: 2, stderr: 'roadmap: undo takes the number of a change from "roadmap undo --list" (1 to 1), not "2"\n' });
    expect((await roadmap(['undo', vault, 'last']))).toMatchObject({ code: 2 });
  });
});

describe('where the undo log lives', () => {
  it('in an Obsidian vault: in the plugin’s folder of its config folder', async () => {
    const vault = example();
    mkdirSync(join(vault, '.obsidian'), { recursive: true });
    const state = tempDir();
    (await roadmap(['toggle', vault, '#28acf1'], { env: { XDG_STATE_HOME: state } }));
    expect(existsSync(join(vault, '.obsidian/plugins/roadmap-board/undo.json'))).toBe(true);
    expect(readdirSync(state)).toEqual([]);
  });

  it('in any other folder: nothing new in the folder; the log in $XDG_STATE_HOME, and undo finds it', async () => {
    const vault = example();
    const state = tempDir();
    const files = () => [...snapshot(vault).keys()].sort();
    const before = files();
    expect((await roadmap(['toggle', vault, '#28acf1'], { env: { XDG_STATE_HOME: state } })).code).toBe(0);
    expect(files()).toEqual(before);
    expect(readdirSync(join(state, 'roadmap-board'))).toEqual([expect.stringMatching(/^undo-[0-9a-f]{16}\.json$/)]);
    expect((await roadmap(['undo', vault], { env: { XDG_STATE_HOME: state } })).code).toBe(0);
    expect(line(vault, 'Projects.md', 19)).toContain('unchecked id="28acf1"');
  });
});

describe('the vault', () => {
  it('is the current folder when none is given', async () => {
    const vault = example();
    const here = (await roadmap(['board'], { cwd: vault }));
    expect(here.code).toBe(0);
    expect(here.stdout).toBe((await roadmap(['board', vault])).stdout);
    expect((await roadmap(['toggle', '.', '#28acf1'], { cwd: vault })).stdout).toContain('unchecked → checked');
  });

  it('a file or a missing folder given as the vault is an error that says which', async () => {
    const vault = example();
    expect((await roadmap(['board', 'Projects.md'], { cwd: vault }))).toMatchObject({ code: 2, stderr: 'roadmap: Projects.md is a file, not a vault folder (give the folder that holds it)\n' });
    expect((await roadmap(['board', 'nowhere'], { cwd: vault }))).toMatchObject({ code: 2, stderr: 'roadmap: vault folder not found: nowhere\n' });
    expect((await roadmap(['toggle'], { cwd: vault })).stderr).toBe('roadmap: toggle needs the vault folder first ("." for the current folder); see roadmap toggle --help\n');
  });
});

describe('messages use the options given', () => {
  it('an empty board names the tag or folder asked for', async () => {
    const vault = example();
    mkdirSync(join(vault, 'Empty'));
    expect((await roadmap(['board', vault, '--tag', 'nothing'])).stdout).toBe('No roadmap notes found: no note is tagged #nothing, and none has "roadmap: true" in its frontmatter.\n');
    expect((await roadmap(['board', vault, '--tag', 'nothing', '--folder', 'Empty'])).stdout).toBe('No roadmap notes found: no note is tagged #nothing, nor in Empty, and none has "roadmap: true" in its frontmatter.\n');
    expect((await roadmap(['board', vault, '--tag', 'nothing', '--folder', 'Empty', '--all'])).stdout).toContain('Projects.md\n');
  });

  it('a folder that is not there, a date that does not exist, are errors', async () => {
    const vault = example();
    expect((await roadmap(['board', vault, '--folder', 'nope']))).toMatchObject({ code: 2, stderr: `roadmap: --folder nope: there is no such folder in ${vault}\n` });
    expect((await roadmap(['board', vault, '--today', '2026-02-30']))).toMatchObject({ code: 2, stderr: 'roadmap: --today must be a date YYYY-MM-DD that exists, not "2026-02-30"\n' });
  });

  it('board --json prints the lanes as JSON', async () => {
    const vault = example();
    const result = (await roadmap(['board', vault, '--json', '--today', '2026-11-23']));
    const board = JSON.parse(result.stdout) as { version: number; today: string; lanes: { title: string; path: string; cards: { title: string; state: string }[] }[] };
    expect(board.version).toBe(1);
    expect(board.today).toBe('2026-11-23');
    const index = JSON.parse((await roadmap(['index', vault, '--json'])).stdout) as { groups: { title: string; items: { title: string }[] }[] };
    expect(board.lanes.map((l) => l.title)).toEqual(index.groups.map((g) => g.title));
    expect(board.lanes.map((l) => l.cards.map((c) => c.title))).toEqual(index.groups.map((g) => g.items.map((i) => i.title)));
  });
});

describe('check-in', () => {
  it('--list numbers the questions; weeks in any case; a save says how many answers it wrote', async () => {
    const vault = example();
    const list = (await roadmap(['checkin', vault, '--list', '--week', '2026-w48']));
    expect(list.code).toBe(0);
    expect(list.stdout).toBe(
      [
        'Check-in 2026-W48: Check-ins/2026-W48.md (not created yet)',
        '1. What concept did I learn that I can explain to someone else?',
        '2. What code did I write that uses this knowledge?',
        '3. What confused me that I need to revisit?',
        '',
      ].join('\n'),
    );
    expect((await roadmap(['checkin', vault, '--week', '2026-w48', '--answer', '1=Raft', '--answer', '3=Lifetimes'])).stdout).toBe('created Check-ins/2026-W48.md with 2 answers\n');
    expect((await roadmap(['checkin', vault, '--list', '--week', '2026-W48'])).stdout).toContain('1. What concept did I learn that I can explain to someone else?  (answered)\n2. What code did I write that uses this knowledge?\n');
    // Not an Obsidian vault: the week's note is all the folder gains (the history went to the state folder).
    expect(readdirSync(vault).sort()).toEqual(['2026 Systems Engineering Roadmap.md', 'Check-ins', 'Projects.md', 'long term bets.md']);
    expect(readdirSync(join(state, 'roadmap-board'))).toEqual([expect.stringMatching(/^data-[0-9a-f]{16}\.json$/)]);
  });
});

describe('read-only notes', () => {
  // Permission bits are checked too, so these hold for root as well; they run as a
  // non-root user besides when the machine lets root switch to one.
  const runAs = nonRootRunner();

  async function readOnlyCase(as?: string[]) {
    const vault = example();
    chmodSync(vault, 0o755);
    for (const name of readdirSync(vault)) chmodSync(join(vault, name), 0o644);
    // As another user the notes are that user's own, as in their vault.
    if (as?.length) for (const path of [vault, ...readdirSync(vault).map((n) => join(vault, n))]) chownSync(path, 65534, 65534);
    chmodSync(join(vault, 'Projects.md'), 0o444);
    const before = snapshot(vault);
    const result = (await roadmap(['toggle', vault, '#28acf1'], { as }));
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'roadmap: Projects.md is read-only; nothing was changed\n' });
    expect(snapshot(vault)).toEqual(before);

    chmodSync(join(vault, 'Projects.md'), 0o644);
    chmodSync(vault, 0o555);
    const folder = (await roadmap(['toggle', vault, '#28acf1'], { as }));
    chmodSync(vault, 0o755);
    expect(folder).toMatchObject({ code: 1, stderr: 'roadmap: Projects.md is read-only (its folder cannot be written); nothing was changed\n' });
    expect(readdirSync(vault).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(read(vault, 'Projects.md')).toBe(readFileSync(join(root, 'example-vault/Projects.md'), 'utf8'));
  }

  it('a read-only note or folder is refused, nothing written and no temporary file left', () => readOnlyCase());
  it.skipIf(!runAs)(`the same as a non-root user (${runAs ? runAs.join(' ') : 'no way to switch user here'})`, () => readOnlyCase(runAs!));
});

describe('help', () => {
  it('roadmap --help lists every command; each command’s --help lists its options with an example', async () => {
    const help = (await roadmap(['--help']));
    expect(help.code).toBe(0);
    for (const command of ['board', 'index', 'toggle', 'set-status', 'add-task', 'undo', 'checkin']) {
      expect(help.stdout).toContain(`roadmap ${command}`);
      const own = (await roadmap([command, '--help']));
      expect(own.code, command).toBe(0);
      expect(own.stdout.startsWith(`roadmap ${command}`), command).toBe(true);
      expect(own.stdout, command).toMatch(/\nExample: roadmap /);
    }
    const options: Record<string, string[]> = {
      board: ['--refs', '--json', '--today', '--tag', '--folder', '--all', '--link-depth'],
      undo: ['--list', '--config-dir'],
      checkin: ['--list', '--week', '--answer', '--today', '--config-dir'],
      toggle: ['--config-dir'],
    };
    for (const [command, names] of Object.entries(options)) for (const name of names) expect((await roadmap([command, '--help'])).stdout, `${command} ${name}`).toContain(name);
    expect((await roadmap(['help', 'toggle'])).stdout).toBe((await roadmap(['toggle', '--help'])).stdout);
  });
});

/**
 * A command prefix that runs the CLI as an unprivileged user, when root can switch to one
 * and that user can read the CLI where it is (not in a private temporary copy).
 */
function nonRootRunner(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  for (const candidate of [['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'], ['runuser', '-u', 'nobody', '--']]) {
    const probe = spawnSync(candidate[0], [...candidate.slice(1), process.execPath, bin, '--help'], { stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  return null;
}
