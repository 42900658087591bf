// The CLI writes into the note a person keeps (issue 33): through symbolic links to the
// file they name, the link staying a link; into a hard-linked file in place, so every
// name sees it. On real files; each case reads the bytes of both names.
import { chmodSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/tempVault';

const NOTE = '#roadmap\n\n- [ ] Ship\n';
const CHECKED = '#roadmap\n\n- [x] Ship\n';

/** A vault and, beside it, a folder of notes kept outside it. */
function setup() {
  const root = tempDir();
  const vault = join(root, 'vault');
  const shared = join(root, 'team');
  mkdirSync(join(vault, '.obsidian'), { recursive: true });
  mkdirSync(shared);
  return { root, vault, shared };
}
const read = (file: string) => readFileSync(file, 'utf8');
const temps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('symbolic links', () => {
  it('a linked note outside the vault is written where it lives, the link stays, and the message says where', async () => {
    const { vault, shared } = setup();
    writeFileSync(join(shared, 'Plan.md'), NOTE);
    chmodSync(join(shared, 'Plan.md'), 0o600);
    symlinkSync('../team/Plan.md', join(vault, 'link.md'));
    const result = await cli('toggle', vault, 'link.md:3');
    expect(result).toMatchObject({ code: 0, stdout: 'link.md:3 "Ship": unchecked → checked (link.md → ../team/Plan.md: a note outside the vault)\n' });
    expect(lstatSync(join(vault, 'link.md')).isSymbolicLink()).toBe(true);
    expect(read(join(shared, 'Plan.md'))).toBe(CHECKED);
    expect(read(join(vault, 'link.md'))).toBe(CHECKED);
    expect(statSync(join(shared, 'Plan.md')).mode & 0o777).toBe(0o600);
    expect([...temps(vault), ...temps(shared)]).toEqual([]);
    // The board lists the linked note, as Obsidian does; undo writes through the link too.
    expect((await cli('board', vault)).stdout).toContain('Ship');
    expect((await cli('undo', vault)).code).toBe(0);
    expect(read(join(shared, 'Plan.md'))).toBe(NOTE);
    expect(lstatSync(join(vault, 'link.md')).isSymbolicLink()).toBe(true);
  });

  it('a link inside the vault is written through, with no word about it', async () => {
    const { vault } = setup();
    mkdirSync(join(vault, 'notes'));
    writeFileSync(join(vault, 'notes', 'Plan.md'), NOTE);
    symlinkSync('notes/Plan.md', join(vault, 'link.md'));
    expect(await cli('toggle', vault, 'link.md:3')).toMatchObject({ code: 0, stdout: 'link.md:3 "Ship": unchecked → checked\n' });
    expect(read(join(vault, 'notes', 'Plan.md'))).toBe(CHECKED);
    expect(lstatSync(join(vault, 'link.md')).isSymbolicLink()).toBe(true);
  });

  it('a linked folder: its notes are listed and written where they live', async () => {
    const { vault, shared } = setup();
    writeFileSync(join(shared, 'Plan.md'), NOTE);
    symlinkSync('../team', join(vault, 'team'));
    expect((await cli('board', vault)).stdout).toContain('team/Plan.md');
    expect((await cli('toggle', vault, 'team/Plan.md:3')).code).toBe(0);
    expect(read(join(shared, 'Plan.md'))).toBe(CHECKED);
    expect(lstatSync(join(vault, 'team')).isSymbolicLink()).toBe(true);
    expect(temps(shared)).toEqual([]);
  });

  it('a link to nothing is refused, and nothing is created', async () => {
    const { vault, shared } = setup();
    symlinkSync('../team/Gone.md', join(vault, 'link.md'));
    const result = await cli('add-item', vault, 'link.md:3', 'x');
    expect(result.code).toBe(1);
    expect(existsSync(join(shared, 'Gone.md'))).toBe(false);
    expect(lstatSync(join(vault, 'link.md')).isSymbolicLink()).toBe(true);
  });

  it('a read-only note behind a link is refused, both names unchanged', async () => {
    const { vault, shared } = setup();
    writeFileSync(join(shared, 'Plan.md'), NOTE);
    chmodSync(join(shared, 'Plan.md'), 0o444);
    symlinkSync('../team/Plan.md', join(vault, 'link.md'));
    expect(await cli('toggle', vault, 'link.md:3')).toMatchObject({ code: 1, stderr: 'roadmap: link.md is read-only; nothing was changed\n' });
    expect(read(join(shared, 'Plan.md'))).toBe(NOTE);
    expect(lstatSync(join(vault, 'link.md')).isSymbolicLink()).toBe(true);
  });

  it('the undo log behind a link is written through it', async () => {
    const { vault, shared } = setup();
    writeFileSync(join(vault, 'Plan.md'), NOTE);
    mkdirSync(join(vault, '.obsidian', 'plugins', 'roadmap-board'), { recursive: true });
    writeFileSync(join(shared, 'undo.json'), '[]\n');
    symlinkSync(join(shared, 'undo.json'), join(vault, '.obsidian', 'plugins', 'roadmap-board', 'undo.json'));
    await cli('toggle', vault, 'Plan.md:3');
    expect(JSON.parse(read(join(shared, 'undo.json')))).toHaveLength(1);
    expect(lstatSync(join(vault, '.obsidian', 'plugins', 'roadmap-board', 'undo.json')).isSymbolicLink()).toBe(true);
  });

  it("the check-in's weekly note behind a link is written through it", async () => {
    const { vault, shared } = setup();
    cpSync(join(__dirname, '../../example-vault'), vault, { recursive: true, filter: (path) => !path.includes('.obsidian') });
    mkdirSync(join(vault, 'Check-ins'));
    writeFileSync(join(shared, 'week.md'), '# Week 47\n');
    symlinkSync(join(shared, 'week.md'), join(vault, 'Check-ins', '2026-W47.md'));
    const result = await cli('checkin', vault, '--week', '2026-W47', '--answer', '1=Fibers are green threads.');
    expect(result.code).toBe(0);
    expect(read(join(shared, 'week.md'))).toContain('Fibers are green threads.');
    expect(read(join(shared, 'week.md'))).toContain('# Week 47\n');
    expect(lstatSync(join(vault, 'Check-ins', '2026-W47.md')).isSymbolicLink()).toBe(true);
  });
});

describe('hard links', () => {
  it('a note with a second name is rewritten in place: both names see the new text, one inode, no temporary file left', async () => {
    const { vault, shared } = setup();
    writeFileSync(join(vault, 'Plan.md'), NOTE);
    linkSync(join(vault, 'Plan.md'), join(shared, 'Plan copy.md'));
    const inode = statSync(join(vault, 'Plan.md')).ino;
    expect((await cli('toggle', vault, 'Plan.md:3')).code).toBe(0);
    expect(read(join(vault, 'Plan.md'))).toBe(CHECKED);
    expect(read(join(shared, 'Plan copy.md'))).toBe(CHECKED);
    expect(statSync(join(vault, 'Plan.md')).ino).toBe(inode);
    expect(statSync(join(vault, 'Plan.md')).nlink).toBe(2);
    expect(temps(vault)).toEqual([]);
    expect((await cli('undo', vault)).code).toBe(0);
    expect(read(join(shared, 'Plan copy.md'))).toBe(NOTE);
  });
});
