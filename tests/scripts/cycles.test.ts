import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/cycles.mjs is the lint step that fails on an import cycle: run as lint runs it,
// on the project's src/ and on a copy with a cycle planted.
const script = join(__dirname, '../../scripts/cycles.mjs');
const dir = mkdtempSync(join(tmpdir(), 'roadmap-cycles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (root: string) => spawnSync(process.execPath, [script, root], { cwd: dir, encoding: 'utf8' });

describe('no import cycle in src/ (npm run lint)', () => {
  it('passes on the project as it is', () => {
    const result = run(join(__dirname, '../../src'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails on a planted cycle, naming its modules in order, type-only imports included', () => {
    const copy = join(dir, 'src');
    cpSync(join(__dirname, '../../src'), copy, { recursive: true });
    // What the issue found once: the CLI's commands importing a type back from main.ts.
    writeFileSync(join(copy, 'cli/io.ts'), "import type { EditContext } from './editCommands';\nexport type Io = { out(text: string): void; context?: EditContext };\nexport class Refusal extends Error {}\n");
    const result = run(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import cycle: src\/cli\/editCommands\.ts → src\/cli\/io\.ts → src\/cli\/editCommands\.ts$/m);
    expect(result.stderr).toMatch(/1 import cycle in .*src\/: break each/);
  });

  it('a recursive Svelte component importing itself is no cycle', () => {
    const copy = join(dir, 'recursive');
    cpSync(join(__dirname, '../../src/ui'), copy, { recursive: true });
    expect(run(copy).status).toBe(0);
  });
});
