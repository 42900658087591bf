import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyVault } from '../helpers/tempVault';

// `roadmap history` and `roadmap stale` (SPEC §7; issue 21) over the example vault with
// three weeks of check-ins saved by the CLI, a milestone done between two of them.
const ROADMAP = '2026 Systems Engineering Roadmap.md';
const exampleVault = join(__dirname, '../../example-vault');

async function weeksOfCheckins(): Promise<string> {
  const vault = copyVault(exampleVault);
  // An Obsidian vault (its config folder), so the check-ins go into the plugin's data.json.
  rmSync(join(vault, '.obsidian'), { recursive: true, force: true });
  mkdirSync(join(vault, '.obsidian'));
  const save = (week: string, today: string) => cli('checkin', vault, '--week', week, '--answer', `1=notes of ${week}`, '--today', today);
  expect((await save('2026-W46', '2026-11-13')).code).toBe(0);
  expect((await save('2026-W47', '2026-11-20')).code).toBe(0);
  expect((await cli('move', vault, `${ROADMAP}:70`, 'done')).code).toBe(0);
  expect((await save('2026-W48', '2026-11-27')).code).toBe(0);
  return vault;
}

describe('roadmap history', () => {
  it('shows each group’s progress per week, and the weekly notes alone give the same history', async () => {
    const vault = await weeksOfCheckins();
    expect(readFileSync(join(vault, 'Check-ins/2026-W48.md'), 'utf8')).toMatch(/^---\nroadmap-progress:\n {2}Objectives: 0\/4\n[\s\S]*\n {2}Milestones: 1\/4\n[\s\S]*---\n/);
    const text = await cli('history', vault, '--today', '2026-11-27');
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('Milestones');
    expect(text.stdout.split('\n').find((l) => l.startsWith('Milestones'))).toMatch(/^Milestones +W46 0\/4 {2}W47 0\/4 {2}W48 1\/4$/);
    const json = await cli('history', vault, '--json', '--today', '2026-11-27');
    const fromData = JSON.parse(json.stdout) as { groups: { group: string; points: unknown[] }[] };
    expect(fromData.groups.find((g) => g.group === 'Milestones')!.points).toEqual([
      { week: '2026-W46', done: 0, total: 4 },
      { week: '2026-W47', done: 0, total: 4 },
      { week: '2026-W48', done: 1, total: 4 },
    ]);
    // The plugin's data lost (a reinstall): the weekly notes say the same.
    const data = join(vault, '.obsidian/plugins/roadmap-board/data.json');
    expect(existsSync(data)).toBe(true);
    rmSync(data);
    const fromNotes = await cli('history', vault, '--json', '--today', '2026-11-27');
    expect(JSON.parse(fromNotes.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it('says so when nothing is recorded yet', async () => {
    const result = await cli('history', copyVault(exampleVault), '--today', '2026-11-27');
    expect(result.stdout).toMatch(/^No check-in recorded yet/);
  });
});

describe('roadmap stale', () => {
  it('lists the items under way that three check-ins saw unchanged; not before', async () => {
    const vault = await weeksOfCheckins();
    const stale = await cli('stale', vault, '--today', '2026-11-27');
    expect(stale.stderr).toBe('');
    expect(stale.stdout.trim().split('\n')).toEqual([
      `${ROADMAP}:61 "Writing an Interpreter in Go" (Resources): Doing, unchanged for 3 check-ins`,
      `${ROADMAP}:63 "Effect.ts Docs" (Resources): Doing, unchanged for 3 check-ins`,
      'long term bets.md:11 "Write a storage engine from scratch" (Systems depth): Doing, 1/3 tasks, unchanged for 3 check-ins',
    ]);
    const early = await cli('stale', copyVault(exampleVault), '--today', '2026-11-27');
    expect(early.stdout).toMatch(/^Nothing stale in 2026-W48/);
    // The setting "Stale after" in the plugin's data: 4 check-ins are asked for, 3 were saved.
    const data = join(vault, '.obsidian/plugins/roadmap-board/data.json');
    writeFileSync(data, JSON.stringify({ ...JSON.parse(readFileSync(data, 'utf8')), staleAfter: 4 }));
    expect((await cli('stale', vault, '--today', '2026-11-27')).stdout).toBe('Nothing stale in 2026-W48 (an item under way is stale when 4 check-ins in a row saw it unchanged).\n');
  });
});
