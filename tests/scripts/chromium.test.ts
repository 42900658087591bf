import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/chromium.mjs runs before the tests; here it runs as a child process with a PATH
// and CHROMIUM_PATH of our choosing (nothing here installs: every case finds a browser or
// cannot install one).
const script = join(__dirname, '../../scripts/chromium.mjs');
const dir = mkdtempSync(join(tmpdir(), 'roadmap-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script], { env: { HOME: dir, ...env }, encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('finding the browser for the view tests', () => {
  it('takes CHROMIUM_PATH when it names an executable, and installs nothing', () => {
    expect(run({ PATH: '/nonexistent', CHROMIUM_PATH: process.execPath })).toEqual({ status: 0, out: '' });
  });

  it('finds chromium-browser on PATH', () => {
    const bin = join(dir, 'bin');
    rmSync(bin, { recursive: true, force: true });
    mkdirSync(bin);
    writeFileSync(join(bin, 'chromium-browser'), '#!/bin/sh\n');
    chmodSync(join(bin, 'chromium-browser'), 0o755);
    expect(run({ PATH: bin })).toEqual({ status: 0, out: '' });
  });

  it('refuses a CHROMIUM_PATH that is not an executable, saying how to get one', () => {
    const file = join(dir, 'not-a-browser');
    writeFileSync(file, 'text');
    const { status, out } = run({ PATH: '/nonexistent', CHROMIUM_PATH: file });
    expect(status).toBe(1);
    expect(out).toContain(`CHROMIUM_PATH is set to ${file}, which is not an executable file.`);
    expect(out).toContain('apt-get install chromium');
  });

  it('with no browser and no apt-get, stops with one paragraph of help', () => {
    const { status, out } = run({ PATH: '/nonexistent' });
    expect(status).toBe(1);
    expect(out).toMatch(/^No Chromium was found for the browser tests/);
    expect(out).toContain('CHROMIUM_PATH');
    expect(out).not.toContain('installing');
  });
});
