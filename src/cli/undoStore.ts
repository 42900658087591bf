import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import { homedir } from 'node:os';
import * as nodePath from 'node:path';
import { UndoLog } from '../core/edit/undo';
import { writeAtomically } from './fsVault';

/**
 * Where the CLI keeps a folder's undo log (SPEC §7). In an Obsidian vault (its config
 * folder exists): the plugin's folder there, beside its data. Any other folder gets
 * nothing new inside it: the log goes to the user's state folder (`$XDG_STATE_HOME`, else
 * `~/.local/state`), one file per folder, named by a hash of the folder's full path.
 */
export function undoLogFile(root: string, configDir: string, env: Record<string, string | undefined> = process.env): string {
  const config = nodePath.join(root, configDir);
  if (isFolder(config)) return nodePath.join(config, 'plugins', 'roadmap-board', 'undo.json');
  // The XDG spec: a relative $XDG_STATE_HOME is invalid and is ignored.
  const state = env.XDG_STATE_HOME && nodePath.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : nodePath.join(homedir(), '.local', 'state');
  const id = createHash('sha256').update(nodePath.resolve(root)).digest('hex').slice(0, 16);
  return nodePath.join(state, 'roadmap-board', `undo-${id}.json`);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function readUndoLog(file: string, limit: number): Promise<UndoLog> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return new UndoLog([], limit);
  }
  try {
    return UndoLog.fromJSON(JSON.parse(text), limit);
  } catch {
    // A damaged log only costs the ability to undo; it never blocks an edit.
    return new UndoLog([], limit);
  }
}

export async function writeUndoLog(file: string, log: UndoLog): Promise<void> {
  await fs.mkdir(nodePath.dirname(file), { recursive: true });
  await writeAtomically(file, JSON.stringify(log.entries, null, 1) + '\n', file);
}
