import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { cli, copyVault, makeVault, snapshot } from '../helpers/tempVault';

const root = join(__dirname, '../..');
const Q1 = 'What concept did I learn that I can explain to someone else?';
const Q3 = 'What confused me that I need to revisit?';
const read = (vault: string, path: string) => readFileSync(join(vault, path), 'utf8');
const example = () => copyVault(join(root, 'example-vault'));

/** The files of a vault other than the ones a check-in may write. */
function untouched(vault: string) {
  const all = snapshot(vault);
  for (const path of [...all.keys()]) if (path.startsWith('Check-ins/') || path.endsWith('roadmap-board/data.json')) all.delete(path);
  return all;
}

describe('roadmap checkin', () => {
  it('creates the week note with each answer under its heading; again changes nothing; no roadmap note is touched', async () => {
    const vault = example();
    const before = untouched(vault);
    const first = await cli('checkin', vault, '--week', '2026-W47', '--answer', '1=Fibers are green threads.', '--answer', '3=How layers compose');
    expect(first).toEqual({ code: 0, stdout: 'created Check-ins/2026-W47.md with 2 answers\n', stderr: '' });
    const note = read(vault, 'Check-ins/2026-W47.md');
    expect(note).toContain(`## ${Q1}\n\nFibers are green threads.\n\n## What code did I write`);
    expect(note.endsWith(`## ${Q3}\n\nHow layers compose\n`)).toBe(true);

    const afterFirst = snapshot(vault);
    const again = await cli('checkin', vault, '--week', '2026-W47', '--answer', '1=Fibers are green threads.', '--answer', '3=How layers compose');
    expect(again.stdout).toBe('Check-ins/2026-W47.md: answers unchanged\n');
    const afterAgain = snapshot(vault);
    expect([...afterAgain].map(([p, f]) => [p, f.bytes])).toEqual([...afterFirst].map(([p, f]) => [p, f.bytes]));
    expect(untouched(vault)).toEqual(before);
  });

  it("replaces only answer 1 after the person wrote in the note", async () => {
    const vault = example();
    await cli('checkin', vault, '--week', '2026-W47', '--answer', '1=first', '--answer', '3=third');
    const path = join(vault, 'Check-ins/2026-W47.md');
    const mine = read(vault, 'Check-ins/2026-W47.md').replace('## Focus\n', '## Focus\nMy own line about focus.\n') + '\n## My notes\nWritten by hand.\n';
    writeFileSync(path, mine);
    const result = await cli('checkin', vault, '--week', '2026-W47', '--answer', '1=a better answer\nover two lines');
    expect(result.stdout).toBe('Check-ins/2026-W47.md: saved 1 answer\n');
    expect(read(vault, 'Check-ins/2026-W47.md')).toBe(mine.replace('\nfirst\n', '\na better answer\nover two lines\n'));
  });

  it('refuses a bad week, question number or answer with one line, exit 2, nothing written', async () => {
    const vault = example();
    const before = snapshot(vault);
    const cases: [string[], string][] = [
      [['--week', '2026-W99', '--answer', '1=x'], 'roadmap: --week must be an ISO week that exists, like 2026-W48, not "2026-W99"\n'],
      [['--week', '47', '--answer', '1=x'], 'roadmap: --week must be an ISO week that exists, like 2026-W48, not "47"\n'],
      [['--answer', '4=x'], 'roadmap: there is no question 4 (the roadmap notes ask 3: 1–3)\n'],
      [['--answer', '0=x'], 'roadmap: there is no question 0 (the roadmap notes ask 3: 1–3)\n'],
      [['--answer', 'one=x'], 'roadmap: --answer must be "<question number>=<text>", not "one=x"\n'],
      [['--answer', '1=x', '--answer', '1=y'], 'roadmap: question 1 is answered twice\n'],
      [[], 'roadmap: give answers with --answer "<n>=<text>" (or run on a terminal to be asked)\n'],
    ];
    for (const [args, message] of cases) {
      expect(await cli('checkin', vault, '--today', '2026-11-23', ...args)).toEqual({ code: 2, stdout: '', stderr: message });
    }
    expect(snapshot(vault)).toEqual(before);
  });

  it('lists what was done since the last check-in in the next week note', async () => {
    const vault = example();
    mkdirSync(join(vault, '.obsidian')); // an Obsidian vault: the history goes to the plugin's data
    await cli('checkin', vault, '--week', '2026-W46', '--answer', '1=x');
    const projects = join(vault, 'Projects.md');
    writeFileSync(projects, readFileSync(projects, 'utf8').replace('unchecked id="28acf1"', 'checked id="28acf1"'));
    await cli('checkin', vault, '--week', '2026-W47', '--answer', '1=y');
    expect(read(vault, 'Check-ins/2026-W47.md')).toContain('## Done since last check-in\n- blog — gVisor - foreverVM ([[Projects]])\n');
    const data = JSON.parse(read(vault, '.obsidian/plugins/roadmap-board/data.json')) as { checkins: { records: { week: string }[] } };
    expect(data.checkins.records.map((r) => r.week)).toEqual(['2026-W46', '2026-W47']);
  });

  it("follows Periodic Notes' weekly settings and template, and keeps the plugin's other data", async () => {
    const vault = makeVault({
      'Plan.md': '#roadmap\n\n- [ ] ship it\n\n## Weekly review\n- Did it ship?\n- What next?\n',
      'Templates/Week.md': '---\ntags: [weekly]\n---\nWeek of {{date:D MMMM}} ({{title}}) {{mood}}\n\n{{questions}}',
      '.obsidian/community-plugins.json': '["periodic-notes"]',
      '.obsidian/plugins/periodic-notes/data.json': JSON.stringify({ weekly: { enabled: true, folder: 'Journal', format: 'gggg-[W]ww', template: 'Templates/Week' } }),
      '.obsidian/plugins/roadmap-board/data.json': JSON.stringify({ version: 1, undoDepth: 7 }),
    });
    const result = await cli('checkin', vault, '--week', '2026-W47', '--answer', '2=a release');
    expect(result).toEqual({ code: 0, stdout: 'created Journal/2026-W47.md with 1 answer\n', stderr: '' });
    // The groups' progress joins the template's frontmatter (SPEC §4, progress history).
    expect(read(vault, 'Journal/2026-W47.md')).toBe('---\ntags: [weekly]\nroadmap-progress:\n  Plan: 0/1\n---\nWeek of 16 November (2026-W47) {{mood}}\n\n## Did it ship?\n\n## What next?\n\na release\n');
    expect(JSON.parse(read(vault, '.obsidian/plugins/roadmap-board/data.json'))).toMatchObject({ version: 1, undoDepth: 7 });
  });

  it('refuses a configured template that does not exist, writing nothing', async () => {
    const vault = makeVault({
      'Plan.md': '#roadmap\n\n## Check-in\n- Why?\n',
      '.obsidian/plugins/roadmap-board/data.json': JSON.stringify({ version: 1, weeklyTemplate: 'Templates/Gone' }),
    });
    const before = snapshot(vault);
    expect(await cli('checkin', vault, '--week', '2026-W47', '--answer', '1=x')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'roadmap: the weekly template Templates/Gone.md (from Roadmap Board) does not exist; nothing was changed\n',
    });
    expect(snapshot(vault)).toEqual(before);
  });

  it('says so when the roadmap notes ask no questions', async () => {
    const vault = makeVault({ 'Plan.md': '#roadmap\n\n- [ ] a\n' });
    const result = await cli('checkin', vault, '--answer', '1=x');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: the roadmap notes ask no check-in questions/);
    expect(existsSync(join(vault, 'Check-ins'))).toBe(false);
  });

  it('asks each question in turn on a terminal', async () => {
    const vault = example();
    const asked: string[] = [];
    const replies = ['learned', '', 'confused'];
    let out = '';
    const code = await run(['checkin', vault, '--week', '2026-W47'], { out: (t) => (out += t), err: () => undefined, ask: async (prompt) => (asked.push(prompt), replies.shift()!) });
    expect(code).toBe(0);
    expect(asked).toEqual([`1. ${Q1}\n> `, '2. What code did I write that uses this knowledge?\n> ', `3. ${Q3}\n> `]);
    expect(out).toBe('Check-in 2026-W47 (empty answer: leave as it is)\ncreated Check-ins/2026-W47.md with 2 answers\n');
    expect(read(vault, 'Check-ins/2026-W47.md')).toContain(`## ${Q1}\n\nlearned\n\n## What code did I write that uses this knowledge?\n\n## ${Q3}\n\nconfused\n`);
  });

  it('runs as the built command, without a terminal', () => {
    const vault = example();
    const result = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), 'checkin', vault, '--week', '2026-W47', '--answer', '1=built'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, 'created Check-ins/2026-W47.md with 1 answer\n', '']);
  });
});
