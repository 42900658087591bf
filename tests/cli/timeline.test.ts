import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyVault } from '../helpers/tempVault';

const exampleVault = join(__dirname, '../../example-vault');

describe('roadmap timeline', () => {
  it('prints each group’s dated items under its note, then the undated ones', async () => {
    const result = await cli('timeline', copyVault(exampleVault), '--today', '2026-11-23');
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '2026 Systems Engineering Roadmap.md',
      '  Milestones',
      '    ◆ 2026-03-31  Effect.ts used in production (OctoSpark) (overdue)',
      '    ◆ 2026-03-31  Complete interpreter book (overdue)',
      '    ◆ 2026-06-30  Complete compiler book (overdue)',
      '    ◆ 2026-06-30  Linux debugging proficiency (overdue)',
      '',
    ]);
    expect(result.stdout).toContain('long term bets.md\n  Systems depth\n    ◆ 2027-06-30  Write a storage engine from scratch (doing)\n');
    expect(result.stdout).toContain('Projects.md\n  To get into a distributed systems role  ⚑ 2025-03-12\n');
    expect(lines.find((l) => l.startsWith('No date ('))).toMatch(/^No date \(50\): Linux internals .* … and 30 more$/);
  });

  it('--json agrees with the text: rows with their items, and the undated', async () => {
    const result = await cli('timeline', copyVault(exampleVault), '--json', '--today', '2026-11-23');
    const json = JSON.parse(result.stdout) as { version: number; rows: { group: string; items: { title: string; due: string | null; start: string | null; state: string }[] }[]; undated: unknown[] };
    expect(json.version).toBe(1);
    expect(json.rows.map((r) => r.group)).toEqual(['Milestones', 'To get into a distributed systems role', 'Systems depth']);
    expect(json.rows[0].items[2]).toMatchObject({ title: 'Complete compiler book', start: null, due: '2026-06-30', state: 'todo', milestone: true, diamond: true, overdue: true });
    expect(json.undated).toHaveLength(50);
  });
});
