import { constants, promises as fs, readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { VaultFile, VaultPort } from '../core/ports';

// ignoreBOM keeps a leading BOM in the text (the default strips it), so a write keeps it too.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// A note is read synchronously: for a file of a few KB that takes tens of microseconds,
// while each asynchronous read makes four round trips through libuv's thread pool
// (open, stat, read, close) and costs several times as much on a 10,000-note vault. The
// CLI is the only one waiting, and the index still gives the event loop a turn every ~10 ms.
const readBytes = async (file: string) => readFileSync(file);

/**
 * The vault as a folder on disk. Hidden folders (`.obsidian`, `.git`, `.trash`) are not
 * part of it, as in Obsidian. Writes go to a temporary file renamed over the note, so a
 * note is never half written.
 */
export class FsVault implements VaultPort {
  constructor(readonly root: string) {}

  async list(): Promise<VaultFile[]> {
    const files: VaultFile[] = [];
    const walk = async (folder: string): Promise<void> => {
      const entries = await fs.readdir(nodePath.join(this.root, folder), { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // Stated synchronously (a few microseconds each, against a thread-pool round trip),
      // with a turn of the event loop every 500 files, so no stretch grows with a folder.
      let stated = 0;
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile()) {
          const stat = statSync(nodePath.join(this.root, path));
          files.push({ path, mtime: stat.mtimeMs, size: stat.size });
          if (++stated % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      }
    };
    await walk('');
    return files;
  }

  async read(path: string): Promise<string> {
    const bytes = await readBytes(this.absolute(path));
    try {
      return utf8.decode(bytes);
    } catch {
      // Decoding with replacement characters and writing back would corrupt the note.
      throw new Error(`${path} is not valid UTF-8 text`);
    }
  }

  async process(path: string, edit: (text: string) => string): Promise<string> {
    const file = this.absolute(path);
    const before = await this.read(path);
    const after = edit(before);
    if (after === before) return after;
    await refuseReadOnly(file, path);
    // Another program may have written the note while we edited it: then refuse.
    await writeAtomically(file, after, path, async () => {
      if ((await this.read(path)) !== before) throw new Error(`${path} changed while it was being written; nothing was changed`);
    });
    return after;
  }

  async write(path: string, text: string): Promise<void> {
    const file = this.absolute(path);
    await fs.mkdir(nodePath.dirname(file), { recursive: true });
    if (await this.exists(path)) await refuseReadOnly(file, path);
    await writeAtomically(file, text, path);
  }

  async stat(path: string): Promise<VaultFile | null> {
    try {
      const stat = await fs.stat(this.absolute(path));
      return stat.isFile() ? { path, mtime: stat.mtimeMs, size: stat.size } : null;
    } catch {
      return null;
    }
  }

  async exists(path: string): Promise<boolean> {
    return fs.stat(this.absolute(path)).then(() => true, () => false);
  }

  /** Resolves a vault path, refusing anything that would leave the vault folder. */
  private absolute(path: string): string {
    const resolved = nodePath.resolve(this.root, path);
    const root = nodePath.resolve(this.root);
    if (resolved !== root && !resolved.startsWith(root + nodePath.sep)) throw new Error(`${path} is outside the vault`);
    return resolved;
  }
}

/** A note or folder that cannot be written: refused before anything is written. */
export class ReadOnlyError extends Error {}

const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Refuses a note that is read-only, or whose folder is (the new text goes to a
 * temporary file there, renamed over the note). Permission bits count too: a renamed
 * file replaces a read-only one whenever its folder is writable, and root may write
 * either, but a person who made a note read-only meant it to stay as it is.
 */
export async function refuseReadOnly(file: string, name: string): Promise<void> {
  const readOnly = async (target: string) => {
    try {
      await fs.access(target, constants.W_OK);
    } catch {
      return true;
    }
    return ((await fs.stat(target)).mode & 0o222) === 0;
  };
  if (await readOnly(file)) throw new ReadOnlyError(`${name} is read-only; nothing was changed`);
  if (await readOnly(nodePath.dirname(file))) throw new ReadOnlyError(`${name} is read-only (its folder cannot be written); nothing was changed`);
}

/**
 * Writes a file whole or not at all: a temporary file beside it, renamed over it. The
 * temporary file keeps the old file's mode and never outlives a failure; a failure to
 * write is reported by the file's own name (`name`), never the temporary one.
 */
export async function writeAtomically(file: string, text: string, name: string, beforeRename?: () => Promise<void>): Promise<void> {
  const temp = nodePath.join(nodePath.dirname(file), `.${nodePath.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const mode = await fs.stat(file).then((stat) => stat.mode, () => undefined);
  try {
    await fs.writeFile(temp, text, mode === undefined ? {} : { mode });
    await beforeRename?.();
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    const code = (error as { code?: string }).code;
    if (code && READ_ONLY_CODES.has(code)) throw new ReadOnlyError(`${name} is read-only; nothing was changed`);
    if (code === 'ENOSPC') throw new Error(`${name} could not be written: the disk is full; nothing was changed`);
    throw error;
  }
}
