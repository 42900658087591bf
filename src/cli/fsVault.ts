import { promises as fs, readFileSync, statSync } from 'node:fs';
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
    const temp = nodePath.join(nodePath.dirname(file), `.${nodePath.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    const stat = await fs.stat(file);
    await fs.writeFile(temp, after, { mode: stat.mode });
    try {
      // Another program may have written the note while we edited it: then refuse.
      if ((await this.read(path)) !== before) throw new Error(`${path} changed while it was being written; nothing was changed`);
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    return after;
  }

  async write(path: string, text: string): Promise<void> {
    const file = this.absolute(path);
    await fs.mkdir(nodePath.dirname(file), { recursive: true });
    const temp = nodePath.join(nodePath.dirname(file), `.${nodePath.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    await fs.writeFile(temp, text);
    await fs.rename(temp, file);
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
