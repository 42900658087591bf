/**
 * Commands browser tests call to reach real files (vitest runs these in Node): a test
 * copies a vault into a temporary folder and the view under test reads and writes it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { build } from 'esbuild';
import { cliOptions } from '../../scripts/buildOptions.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BrowserCommand } from 'vitest/node';
import { FsVault } from '../../src/cli/fsVault.ts';

const root = resolve(import.meta.dirname, '../..');

/** Copies a folder of the project (only its `.md` notes) into a fresh temporary vault. */
const vaultCopy: BrowserCommand<[source: string, extra?: Record<string, string>]> = async (_ctx, source, extra = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-browser-'));
  if (source) cpSync(join(root, source), dir, { recursive: true, filter: (path) => !path.includes('.obsidian') && !path.endsWith('.json') });
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    await new FsVault(dir).write(path, text);
  }
  return dir;
};
const vaultList: BrowserCommand<[dir: string]> = (_ctx, dir) => new FsVault(dir).list();
const vaultRead: BrowserCommand<[dir: string, path: string]> = (_ctx, dir, path) => new FsVault(dir).read(path);
const vaultWrite: BrowserCommand<[dir: string, path: string, text: string]> = async (_ctx, dir, path, text) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  await new FsVault(dir).write(path, text);
};
const vaultRemove: BrowserCommand<[dir: string]> = (_ctx, dir) => rmSync(dir, { recursive: true, force: true });

/** The real `roadmap` binary, built once per run into a folder of its own (the node project builds dist/cli.cjs). */
let cliBuilt: Promise<string> | null = null;
const cliBinary = () =>
  (cliBuilt ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'roadmap-cli-')), 'cli.cjs');
    await build({ ...cliOptions(), absWorkingDir: root, outfile, logLevel: 'error' });
    return outfile;
  })());

/** Every file of a folder, path → text (the config folder's too). */
function filesOf(dir: string, under = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, under))) {
    const path = under ? `${under}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) Object.assign(out, filesOf(dir, path));
    else out[path] = readFileSync(join(dir, path), 'utf8');
  }
  return out;
}

/**
 * Runs `roadmap` commands one after another on a fresh vault holding `files` (an Obsidian
 * vault: its config folder exists, so the undo log is the plugin's `undo.json`). `{vault}`
 * in an argument is the vault's folder. Each step answers its exit code, output and every
 * file of the vault after it.
 */
const cliSession: BrowserCommand<[files: Record<string, string>, commands: string[][]]> = async (_ctx, files, commands) => {
  const binary = await cliBinary();
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-cli-vault-'));
  try {
    mkdirSync(join(dir, '.obsidian'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      await new FsVault(dir).write(path, text);
    }
    return commands.map((argv) => {
      const result = spawnSync(process.execPath, [binary, ...argv.map((arg) => arg.replace('{vault}', dir))], { encoding: 'utf8', cwd: dir });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr, files: filesOf(dir) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export const browserCommands = { vaultCopy, vaultList, vaultRead, vaultWrite, vaultRemove, cliSession };

declare module 'vitest/browser' {
  interface BrowserCommands {
    vaultCopy(source: string, extra?: Record<string, string>): Promise<string>;
    vaultList(dir: string): Promise<{ path: string; mtime: number; size: number }[]>;
    vaultRead(dir: string, path: string): Promise<string>;
    vaultWrite(dir: string, path: string, text: string): Promise<void>;
    vaultRemove(dir: string): Promise<void>;
    cliSession(files: Record<string, string>, commands: string[][]): Promise<{ code: number | null; stdout: string; stderr: string; files: Record<string, string> }[]>;
  }
}
