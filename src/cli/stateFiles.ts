import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import { homedir } from 'node:os';
import * as nodePath from 'node:path';
import { UndoLog } from '../core/edit/undo';
import { writeAtomically } from './fsVault';

/**
 * Where the CLI keeps a folder's own files — the undo log (`undo`) and, for check-ins,
 * the plugin's data (`data`) — SPEC §7. In an Obsidian vault (its config folder exists):
 * the plugin's folder there, `undo.json` and `data.json`, shared with the plugin. Any
 * other folder gets nothing new inside it: they go to the user's state folder
 * (`$XDG_STATE_HOME`, else `~/.local/state`), one file per folder, named by a hash of the
 * folder's full path.
 */
export function stateFile(name: 'undo' | 'data', root: string, configDir: string, env: Record<string, string | undefined> = process.env): string {
  const config = nodePath.join(root, configDir);
  if (isFolder(config)) return nodePath.join(config, 'plugins', 'roadmap-board', `${name}.json`);
  // The XDG spec: a relative $XDG_STATE_HOME is invalid and is ignored.
  const state = env.XDG_STATE_HOME && nodePath.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : nodePath.join(homedir(), '.local', 'state');
  const id = createHash('sha256').update(nodePath.resolve(root)).digest('hex').slice(0, 16);
  return nodePath.join(state, 'roadmap-board', `${name}-${id}.json`);
}

/** A JSON file, parsed; null when it is missing or is not JSON. */
export async function readJsonFile(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** Writes a JSON file whole (its folder made when missing). */
export async function writeJsonFile(file: string, data: unknown, indent = 2): Promise<void> {
  await fs.mkdir(nodePath.dirname(file), { recursive: true });
  await writeAtomically(file, JSON.stringify(data, null, indent) + '\n', file);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function readUndoLog(file: string, limit: number): Promise<UndoLog> {
  // A missing or damaged log only costs the ability to undo; it never blocks an edit.
  return UndoLog.fromJSON(await readJsonFile(file), limit);
}

export async function writeUndoLog(file: string, log: UndoLog): Promise<void> {
  await writeJsonFile(file, log.entries, 1);
}
