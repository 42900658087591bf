// The vault as a folder on disk (src/cli/fsVault.ts), on real files: what it lists and in
// which order, paths that would leave it, a write that another program races, modes
// kept, and the errors a failed write becomes.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsVault, outsideTarget, ReadOnlyError, writeAtomically } from '../../src/cli/fsVault';
import { makeVault, tempDir } from '../helpers/tempVault';

const temps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('FsVault.list', () => {
  it('every file by path, names in code-point order, hidden files and folders left out', async () => {
    const root = makeVault({ 'b.md': 'b', 'a.md': 'a', 'C.md': 'C', 'Sub/z.md': 'z', 'Sub/y.txt': 'y', '.obsidian/app.json': '{}', '.hidden.md': 'h', 'Sub/.trash/x.md': 'x' });
    const files = await new FsVault(root).list();
    expect(files.map((f) => f.path)).toEqual(['C.md', 'Sub/y.txt', 'Sub/z.md', 'a.md', 'b.md']);
    expect(files.find((f) => f.path === 'Sub/z.md')).toEqual({ path: 'Sub/z.md', mtime: statSync(join(root, 'Sub/z.md')).mtimeMs, size: 1 });
  });

  it('follows linked files and folders, each real folder once (a link back up does not loop); a link to nothing is no file', async () => {
    const root = makeVault({ 'Notes/a.md': 'a' });
    symlinkSync('Notes', join(root, 'Again'));
    symlinkSync('..', join(root, 'Notes', 'up'));
    symlinkSync('Notes/a.md', join(root, 'alias.md'));
    symlinkSync('nowhere.md', join(root, 'dangling.md'));
    expect((await new FsVault(root).list()).map((f) => f.path)).toEqual(['Again/a.md', 'alias.md']);
  });
});

describe('FsVault paths', () => {
  it('a path that leaves the vault is refused, a sibling folder sharing its name’s start included', async () => {
    const parent = tempDir();
    const root = join(parent, 'v');
    mkdirSync(root);
    mkdirSync(join(parent, 'v2'));
    writeFileSync(join(parent, 'v2/x.md'), 'outside');
    writeFileSync(join(parent, 'y.md'), 'outside');
    const vault = new FsVault(root);
    await expect(vault.read('../v2/x.md')).rejects.toThrow('../v2/x.md is outside the vault');
    await expect(vault.read('../y.md')).rejects.toThrow('../y.md is outside the vault');
    await expect(vault.write('../y.md', 'changed')).rejects.toThrow('outside the vault');
    expect(readFileSync(join(parent, 'y.md'), 'utf8')).toBe('outside');
    // The vault folder itself is inside it.
    expect(await vault.exists('.')).toBe(true);
  });

  it('stat: a file’s path, mtime and size; null for a folder or nothing; exists for both', async () => {
    const root = makeVault({ 'a.md': 'abc', 'F/b.md': 'b' });
    const vault = new FsVault(root);
    expect(await vault.stat('a.md')).toEqual({ path: 'a.md', mtime: statSync(join(root, 'a.md')).mtimeMs, size: 3 });
    expect(await vault.stat('F')).toBeNull();
    expect(await vault.stat('none.md')).toBeNull();
    expect(await vault.exists('F')).toBe(true);
    expect(await vault.exists('none.md')).toBe(false);
  });
});

describe('FsVault writes', () => {
  it('process: no change, no write (a read-only note included)', async () => {
    const root = makeVault({ 'a.md': 'same' });
    chmodSync(join(root, 'a.md'), 0o444);
    const mtime = statSync(join(root, 'a.md')).mtimeMs;
    expect(await new FsVault(root).process('a.md', (t) => t)).toBe('same');
    expect(statSync(join(root, 'a.md')).mtimeMs).toBe(mtime);
  });

  it('process: a note another program wrote while it was edited is refused, its new text kept', async () => {
    const root = makeVault({ 'a.md': 'before' });
    const vault = new FsVault(root);
    const edit = (text: string) => {
      writeFileSync(join(root, 'a.md'), 'theirs');
      return `${text} and ours`;
    };
    await expect(vault.process('a.md', edit)).rejects.toThrow('a.md changed while it was being written; nothing was changed');
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('theirs');
    expect(temps(root)).toEqual([]);
  });

  it('a note’s mode is kept exactly, wider than the umask lets a new file be', async () => {
    const root = makeVault({ 'a.md': 'x' });
    chmodSync(join(root, 'a.md'), 0o666);
    await new FsVault(root).process('a.md', () => 'y');
    expect(statSync(join(root, 'a.md')).mode & 0o7777).toBe(0o666);
  });

  it('write: a new note in a new folder; an existing read-only note refused, unchanged', async () => {
    const root = makeVault({ 'a.md': 'keep' });
    const vault = new FsVault(root);
    await vault.write('New/Deep/b.md', 'made');
    expect(readFileSync(join(root, 'New/Deep/b.md'), 'utf8')).toBe('made');
    chmodSync(join(root, 'a.md'), 0o444);
    await expect(vault.write('a.md', 'changed')).rejects.toThrow(new ReadOnlyError('a.md is read-only; nothing was changed'));
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('keep');
  });

  it('write through a link to nothing is refused, and nothing is created', async () => {
    const root = makeVault({});
    symlinkSync('gone.md', join(root, 'link.md'));
    await expect(new FsVault(root).write('link.md', 'text')).rejects.toThrow('link.md is a link to gone.md, which does not exist; nothing was changed');
    expect(existsSync(join(root, 'gone.md'))).toBe(false);
  });
});

describe('writeAtomically: what a failed write becomes', () => {
  const failing = (code: string) => async () => {
    throw Object.assign(new Error(`${code}: refused`), { code });
  };

  it('no permission or a read-only disk: "read-only"; a full disk: says so; anything else as it was; never a temporary file left', async () => {
    const root = makeVault({ 'a.md': 'old' });
    const file = join(root, 'a.md');
    for (const code of ['EACCES', 'EPERM', 'EROFS']) await expect(writeAtomically(file, 'new', 'a.md', failing(code))).rejects.toThrow(new ReadOnlyError('a.md is read-only; nothing was changed'));
    await expect(writeAtomically(file, 'new', 'a.md', failing('ENOSPC'))).rejects.toThrow('a.md could not be written: the disk is full; nothing was changed');
    await expect(writeAtomically(file, 'new', 'a.md', failing('EIO'))).rejects.toThrow('EIO: refused');
    await expect(writeAtomically(file, 'new', 'a.md', async () => Promise.reject(new Error('no code')))).rejects.toThrow('no code');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(temps(root)).toEqual([]);
  });
});

describe('outsideTarget', () => {
  it('null inside the vault, for the vault itself and for nothing; the relative path for a note a link takes outside', async () => {
    const parent = tempDir();
    const root = join(parent, 'vault');
    mkdirSync(join(parent, 'team'), { recursive: true });
    mkdirSync(root);
    writeFileSync(join(parent, 'team/Plan.md'), 'x');
    writeFileSync(join(root, 'in.md'), 'x');
    symlinkSync('../team/Plan.md', join(root, 'out.md'));
    expect(await outsideTarget(root, 'in.md')).toBeNull();
    expect(await outsideTarget(root, '.')).toBeNull();
    expect(await outsideTarget(root, 'missing.md')).toBeNull();
    expect(await outsideTarget(root, 'out.md')).toBe('../team/Plan.md');
  });
});
