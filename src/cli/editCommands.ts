import { addTask } from '../core/edit/addTask';
import { setStatus } from '../core/edit/setStatus';
import { parseTarget, type Target } from '../core/edit/target';
import { toggleCheckbox } from '../core/edit/toggle';
import type { EditResult } from '../core/edit/types';
import { UndoLog, undoEdit, undoEntryFor } from '../core/edit/undo';
import { decodeRef } from '../core/model/ref';
import { UsageError } from './args';
import type { FsVault } from './fsVault';

/** A write that was refused: exit 1 with its one-line reason, nothing written. */
export class Refusal extends Error {}

/**
 * Where the CLI keeps its undo log: the plugin's folder inside the vault's config folder.
 * The CLI has no Vault#configDir to ask, so it takes `--config-dir` or Obsidian's default.
 */
export const DEFAULT_CONFIG_DIR = '.obsidian';
const undoLogPath = (configDir: string) => `${configDir}/plugins/roadmap-board/undo.json`;

/**
 * Runs one edit on one note through the vault's atomic write. The edit is computed on
 * the text as it is at write time, so the stale guard sees the real current bytes.
 */
async function applyEdit(vault: FsVault, configDir: string, path: string, edit: (text: string) => EditResult, record = true): Promise<string> {
  let result: EditResult | null = null;
  let before = '';
  if (!(await vault.exists(path))) throw new Refusal(`${path} does not exist; nothing was changed`);
  await vault.process(path, (text) => {
    before = text;
    result = edit(text);
    if (!result.ok) throw new Refusal(`${result.reason}; nothing was changed`);
    return result.text;
  });
  const done = result as EditResult | null;
  if (!done || !done.ok) throw new Refusal('nothing was changed');
  if (record && done.changes.length === 1) {
    const log = await readUndoLog(vault, configDir);
    log.push(undoEntryFor(path, before, done.changes[0], done.message));
    await vault.write(undoLogPath(configDir), JSON.stringify(log.entries, null, 1) + '\n');
  }
  return done.message;
}

async function readUndoLog(vault: FsVault, configDir: string): Promise<UndoLog> {
  if (!(await vault.exists(undoLogPath(configDir)))) return new UndoLog();
  try {
    return UndoLog.fromJSON(JSON.parse(await vault.read(undoLogPath(configDir))));
  } catch {
    // A damaged log only costs the ability to undo; it never blocks an edit.
    return new UndoLog();
  }
}

/** An argument as quoted back in a message: refs are long, so cut to 40 characters. */
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function targetOf(text: string | undefined, what: string): Target {
  if (!text) throw new UsageError(`${what} needs a ref (from "roadmap index --json") or path:line`);
  const target = parseTarget(text);
  if (!target) throw new UsageError(`"${shorten(text)}" is not a ref or path:line`);
  return target;
}

export async function toggleCommand(vault: FsVault, configDir: string, refText: string | undefined): Promise<string> {
  if (!refText) throw new UsageError('toggle needs a ref (from "roadmap index --json")');
  const ref = decodeRef(refText);
  if (!ref) throw new UsageError(`"${shorten(refText)}" is not a checkbox ref`);
  return applyEdit(vault, configDir, ref.path, (text) => toggleCheckbox(text, refText));
}

export async function setStatusCommand(vault: FsVault, configDir: string, targetText: string | undefined, status: string | undefined): Promise<string> {
  const target = targetOf(targetText, 'set-status');
  if (status === undefined) throw new UsageError('set-status needs the new status text');
  return applyEdit(vault, configDir, target.path, (text) => setStatus(text, target, status));
}

export async function addTaskCommand(vault: FsVault, configDir: string, targetText: string | undefined, task: string | undefined): Promise<string> {
  const target = targetOf(targetText, 'add-task');
  if (task === undefined) throw new UsageError('add-task needs the task text');
  return applyEdit(vault, configDir, target.path, (text) => addTask(text, target, task));
}

export async function undoCommand(vault: FsVault, configDir: string): Promise<string> {
  const log = await readUndoLog(vault, configDir);
  const entry = log.pop();
  if (!entry) throw new Refusal('there is nothing to undo');
  // The entry leaves the log either way: a change that can no longer be undone never will be.
  await vault.write(undoLogPath(configDir), JSON.stringify(log.entries, null, 1) + '\n');
  return applyEdit(vault, configDir, entry.path, (text) => undoEdit(text, entry), false);
}
