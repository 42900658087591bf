import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach } from 'vitest';
import { run } from '../../src/cli/main';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-test-'));
  made.push(dir);
  return dir;
}

/**
 * Copies a folder's notes into a temporary folder: not its expected results, and not its
 * `.obsidian` (`npm start` installs the plugin into the example vault's), so a copy is
 * the same plain folder on every machine. A test that needs an Obsidian vault makes one.
 */
export function copyVault(source: string): string {
  const dir = tempDir();
  const skipped = (path: string) => path.endsWith('model.json') || path.endsWith('options.json') || relative(source, path).split(/[\\/]/)[0] === '.obsidian';
  cpSync(source, dir, { recursive: true, filter: (path) => !skipped(path) });
  return dir;
}

/** Writes files (path → text) into a new temporary vault. */
export function makeVault(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Every file's bytes and mtime, to prove a command wrote nothing. */
export function snapshot(dir: string): Map<string, { bytes: string; mtime: number }> {
  const files = new Map<string, { bytes: string; mtime: number }>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), { bytes: readFileSync(path).toString('base64'), mtime: statSync(path).mtimeMs });
    }
  };
  walk(dir);
  return files;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
