// The CLI's check-in, history and stale commands at their edges: answers typed wrong,
// answers left blank on a terminal, a week note that cannot be written, the plugin's
// data file kept whatever else it holds, the undo log, and the Tasks plugin's statuses.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { cli, makeVault, snapshot } from '../helpers/tempVault';

const DATA = '.obsidian/plugins/roadmap-board/data.json';
const PLAN = [
  '#plan',
  '',
  '## Build',
  '',
  '- [ ] Started',
  '  - [x] first step',
  '  - [ ] second step',
  // In progress only by the Tasks plugin's settings below.
  '- [?] Asking',
  '',
  '## A longer group name',
  '',
  '- [ ] Waiting',
  '',
  '## Weekly review',
  '',
  '- What went well?',
  '- What is next?',
  '',
].join('\n');

function vault(data: unknown = { version: 1, staleAfter: 1, roadmapTags: ['plan'] }, extra: Record<string, string> = {}) {
  return makeVault({
    'Plan.md': PLAN,
    '.obsidian/community-plugins.json': '["obsidian-tasks-plugin"]',
    '.obsidian/plugins/obsidian-tasks-plugin/data.json': JSON.stringify({ statusSettings: { customStatuses: [{ symbol: '?', name: 'Question', nextStatusSymbol: ' ', type: 'IN_PROGRESS' }] } }),
    [DATA]: typeof data === 'string' ? data : JSON.stringify(data),
    ...extra,
  });
}
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('roadmap checkin: answers typed wrong are usage errors, nothing written', () => {
  it('each wrong form says what is wrong', async () => {
    const dir = vault();
    const before = snapshot(dir);
    const cases: [string[], string][] = [
      [['--answer', 'x1=a'], '--answer must be "<question number>=<text>", not "x1=a"'],
      [['--answer', '1'], '--answer must be "<question number>=<text>", not "1"'],
      [['--answer', '12=a'], 'there is no question 12 (the roadmap notes ask 2: 1–2)'],
      [['--answer', '0=a'], 'there is no question 0 (the roadmap notes ask 2: 1–2)'],
      [['--answer', '1=a', '--answer', '1=b'], 'question 1 is answered twice'],
      [['--list', '--answer', '1=a'], 'checkin --list only lists the questions; give --answer without --list'],
      [['extra'], 'checkin takes one vault folder, got 2; quote answers that hold spaces'],
      [[], 'give answers with --answer "<n>=<text>" (or run on a terminal to be asked)'],
    ];
    for (const [args, message] of cases) expect(await cli('checkin', dir, ...args), args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: `roadmap: ${message}\n` });
    expect(snapshot(dir)).toEqual(before);
  });

  it('an answer keeps every line and "=" it holds', async () => {
    const dir = vault();
    expect((await cli('checkin', dir, '--week', '2026-W10', '--answer', '2=a = b\nsecond line', '--today', '2026-03-06')).stdout).toBe('created Check-ins/2026-W10.md with 1 answer\n');
    expect(read(dir, 'Check-ins/2026-W10.md')).toContain('## What is next?\n\na = b\nsecond line\n');
  });
});

describe('roadmap checkin --list', () => {
  it('the week note named, and which questions it answers', async () => {
    const dir = vault();
    expect((await cli('checkin', dir, '--list', '--week', '2026-W10')).stdout).toBe('Check-in 2026-W10: Check-ins/2026-W10.md (not created yet)\n1. What went well?\n2. What is next?\n');
    await cli('checkin', dir, '--week', '2026-W10', '--answer', '2=more', '--today', '2026-03-06');
    expect((await cli('checkin', dir, '--list', '--week', '2026-W10')).stdout).toBe('Check-in 2026-W10: Check-ins/2026-W10.md\n1. What went well?\n2. What is next?  (answered)\n');
  });

  it('a roadmap note that cannot be read is named on stderr; the questions still listed', async () => {
    const dir = vault(undefined, { 'Broken.md': '---\ntags: [plan\n---\n\n- [ ] x\n' });
    const listed = await cli('checkin', dir, '--list', '--week', '2026-W10');
    expect(listed.code).toBe(0);
    expect(listed.stderr).toMatch(/^roadmap: Broken\.md: .+\n$/);
    expect(listed.stdout).toContain('1. What went well?\n');
  });
});

describe('roadmap checkin on a terminal', () => {
  it('answers that are only spaces are no answers: nothing is written', async () => {
    const dir = vault();
    const before = snapshot(dir);
    let out = '';
    const code = await run(['checkin', dir, '--week', '2026-W10'], { out: (t) => (out += t), err: () => undefined, ask: async () => '  \t ' });
    expect(code).toBe(0);
    expect(out).toBe('Check-in 2026-W10 (empty answer: leave as it is)\nno answers; nothing was changed\n');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('roadmap checkin writes through the one write path', () => {
  it('answers into an existing week note are one change undo lists and takes back', async () => {
    const dir = vault();
    expect((await cli('checkin', dir, '--week', '2026-W11', '--answer', '1=fine', '--today', '2026-03-13')).code).toBe(0);
    const created = read(dir, 'Check-ins/2026-W11.md');
    expect((await cli('checkin', dir, '--week', '2026-W11', '--answer', '2=more', '--today', '2026-03-13')).stdout).toBe('Check-ins/2026-W11.md: saved 1 answer\n');
    expect((await cli('undo', dir, '--list')).stdout).toBe('1. saved 1 answer\n');
    expect((await cli('undo', dir)).code).toBe(0);
    expect(read(dir, 'Check-ins/2026-W11.md')).toBe(created);
  });

  it('a week note that cannot be written is refused with its reason, exit 1', async () => {
    const dir = vault();
    expect((await cli('checkin', dir, '--week', '2026-W11', '--answer', '1=fine', '--today', '2026-03-13')).code).toBe(0);
    chmodSync(join(dir, 'Check-ins/2026-W11.md'), 0o444);
    const before = read(dir, 'Check-ins/2026-W11.md');
    const refused = await cli('checkin', dir, '--week', '2026-W11', '--answer', '2=more', '--today', '2026-03-13');
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: 'roadmap: Check-ins/2026-W11.md is read-only; nothing was changed\n' });
    expect(read(dir, 'Check-ins/2026-W11.md')).toBe(before);
  });
});

describe("the plugin's data file keeps what else it holds", () => {
  it('its settings stay beside the history saved', async () => {
    const dir = vault({ version: 1, staleAfter: 1, roadmapTags: ['plan'], undoDepth: 7 });
    await cli('checkin', dir, '--week', '2026-W10', '--answer', '1=x', '--today', '2026-03-06');
    const data = JSON.parse(read(dir, DATA)) as Record<string, unknown>;
    expect(data).toMatchObject({ version: 1, staleAfter: 1, roadmapTags: ['plan'], undoDepth: 7 });
    expect((data.checkins as { records: { week: string }[] }).records.map((r) => r.week)).toEqual(['2026-W10']);
  });

  it('a data file that is not an object (a list, a string) is replaced by the history alone', async () => {
    for (const odd of ['[1,2]', '"ab"']) {
      const dir = makeVault({ 'Plan.md': PLAN.replace('#plan', '#roadmap'), [DATA]: odd });
      expect((await cli('checkin', dir, '--week', '2026-W10', '--answer', '1=x', '--today', '2026-03-06')).code, odd).toBe(0);
      expect(Object.keys(JSON.parse(read(dir, DATA)) as object), odd).toEqual(['checkins']);
    }
  });
});

describe('roadmap stale and history', () => {
  it("stale: what one check-in saw unchanged (stale after 1), Tasks' in-progress status counted as Doing", async () => {
    const dir = vault();
    await cli('checkin', dir, '--week', '2026-W10', '--answer', '1=x', '--today', '2026-03-06');
    expect((await cli('stale', dir, '--today', '2026-03-06')).stdout).toBe(
      'Plan.md:5 "Started" (Build): Doing, 1/2 tasks, unchanged for 1 check-in\nPlan.md:8 "Asking" (Build): Doing, unchanged for 1 check-in\n',
    );
  });

  it('stale after 1: nothing stale before any check-in, said in the singular', async () => {
    expect((await cli('stale', vault(), '--today', '2026-03-06')).stdout).toBe('Nothing stale in 2026-W10 (an item under way is stale when 1 check-in in a row saw it unchanged).\n');
  });

  it('history: group names padded to the longest', async () => {
    const dir = vault();
    await cli('checkin', dir, '--week', '2026-W10', '--answer', '1=x', '--today', '2026-03-06');
    expect((await cli('history', dir, '--today', '2026-03-06')).stdout).toBe('Build                W10 0/2\nA longer group name  W10 0/1\n');
    // A group added since: on the list, with nothing recorded.
    writeFileSync(join(dir, 'Plan.md'), PLAN.replace('## Weekly review', '## New\n\n- [ ] Fresh\n\n## Weekly review'));
    expect((await cli('history', dir, '--today', '2026-03-06')).stdout).toBe('Build                W10 0/2\nA longer group name  W10 0/1\nNew                  (not recorded)\n');
  });

  it('history: records older than group progress are not a history yet', async () => {
    const dir = vault({ version: 1, roadmapTags: ['plan'], checkins: { version: 1, records: [{ week: '2026-W09', savedAt: '2026-02-27', done: [] }] } });
    expect((await cli('history', dir, '--today', '2026-03-06')).stdout).toMatch(/^No check-in recorded yet/);
  });
});
