/**
 * Commands browser tests call to reach real files (vitest runs these in Node): a test
 * copies a vault into a temporary folder and the view under test reads and writes it.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

export const browserCommands = { vaultCopy, vaultList, vaultRead, vaultWrite, vaultRemove };

declare module 'vitest/browser' {
  interface BrowserCommands {
    vaultCopy(source: string, extra?: Record<string, string>): Promise<string>;
    vaultList(dir: string): Promise<{ path: string; mtime: number; size: number }[]>;
    vaultRead(dir: string, path: string): Promise<string>;
    vaultWrite(dir: string, path: string, text: string): Promise<void>;
    vaultRemove(dir: string): Promise<void>;
  }
}
