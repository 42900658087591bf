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
    // Linked folders are followed, as Obsidian does; each real folder once (a link back
    // up would loop).
    const seen = new Set<string>();
    const walk = async (folder: string): Promise<void> => {
      const real = await fs.realpath(nodePath.join(this.root, folder)).catch(() => null);
      if (!real || seen.has(real)) return;
      seen.add(real);
      const entries = await fs.readdir(nodePath.join(this.root, folder), { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // Stated synchronously (a few microseconds each, against a thread-pool round trip),
      // with a turn of the event loop every 500 files, so no stretch grows with a folder.
      let stated = 0;
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        const linked = entry.isSymbolicLink() ? statOrNull(nodePath.join(this.root, path)) : null;
        if (entry.isDirectory() || linked?.isDirectory()) await walk(path);
        else if (entry.isFile() || linked?.isFile()) {
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

/** A link's target's stat; null for a link to nothing. */
function statOrNull(file: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(file);
  } catch {
    return null;
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
export async function refuseReadOnly(path: string, name: string): Promise<void> {
  // Through links: the file and folder written are the target's (writeTarget).
  const file = await writeTarget(path, name);
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
 * Where a write lands (SPEC §7; people link shared notes into vaults, and Obsidian
 * follows such links): the file a path names, through any symbolic links, so a linked
 * note is written where it lives and its link stays a link. A link to nothing is refused
 * (writing would create a file the person did not ask for). A new file is its own target.
 */
export async function writeTarget(file: string, name: string): Promise<string> {
  const link = await fs.lstat(file).then((stat) => stat.isSymbolicLink(), () => false);
  try {
    return await fs.realpath(file);
  } catch {
    if (link) throw new Error(`${name} is a link to ${await fs.readlink(file)}, which does not exist; nothing was changed`);
    // Not there yet: its folder may be a link, the file itself is new.
    return nodePath.join(await fs.realpath(nodePath.dirname(file)).catch(() => nodePath.dirname(file)), nodePath.basename(file));
  }
}

/**
 * Writes a file whole or not at all, where it lives (writeTarget).
 * - One name: a temporary file beside the target, renamed over it. It keeps the old
 *   file's mode, and its owner and group where the process may set them.
 * - More than one hard link: the new text first goes to a temporary file beside it,
 *   written and synced; then the file itself is rewritten in place (the same inode, so
 *   every name sees it) and synced; then the temporary file goes. A crash leaves the old
 *   text, the new text, or the temporary copy beside the note — never a half-written note
 *   without a copy.
 * A temporary file never outlives a failure; a failure is reported by the file's own
 * name (`name`), never the temporary one.
 */
export async function writeAtomically(file: string, text: string, name: string, beforeRename?: () => Promise<void>): Promise<void> {
  const target = await writeTarget(file, name);
  const temp = nodePath.join(nodePath.dirname(target), `.${nodePath.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const old = await fs.stat(target).catch(() => null);
  try {
    await writeSynced(temp, text, old?.mode);
    if (old) {
      // The mode exactly (the umask narrows what open sets), the owner where we may.
      await fs.chmod(temp, old.mode & 0o7777);
      await fs.chown(temp, old.uid, old.gid).catch(() => undefined);
    }
    await beforeRename?.();
    if (old && old.nlink > 1) {
      await writeSynced(target, text);
      await fs.rm(temp, { force: true });
    } else await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    const code = (error as { code?: string }).code;
    if (code && READ_ONLY_CODES.has(code)) throw new ReadOnlyError(`${name} is read-only; nothing was changed`);
    if (code === 'ENOSPC') throw new Error(`${name} could not be written: the disk is full; nothing was changed`);
    throw error;
  }
}

/** Writes a file's whole text through one handle and syncs it to the disk. */
async function writeSynced(file: string, text: string, mode?: number): Promise<void> {
  const handle = await fs.open(file, 'w', mode);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Where a vault path's file lives when a link takes it outside the vault, as the CLI
 * names it (`link.md → ../team/Plan.md`); null for a note inside the vault.
 */
export async function outsideTarget(root: string, path: string): Promise<string | null> {
  const target = await fs.realpath(nodePath.join(root, path)).catch(() => null);
  const realRoot = await fs.realpath(root).catch(() => root);
  if (!target || target === realRoot || target.startsWith(realRoot + nodePath.sep)) return null;
  return nodePath.relative(realRoot, target);
}
