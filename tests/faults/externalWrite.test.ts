// Case 5: another program writes the note while a write is under way.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsVault } from '../../src/cli/fsVault';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { refsOf } from '../helpers/notes';
import { makeVault } from '../helpers/tempVault';
import { BARE } from '../helpers/rules';

/** A vault on disk where another program saves the note between our read and our rename. */
class RacedVault extends FsVault {
  private reads = 0;
  constructor(root: string, private readonly other: string) {
    super(root);
  }
  override async read(path: string): Promise<string> {
    // The second read is the check just before the rename: the other program wrote first.
    if (++this.reads === 2) writeFileSync(join(this.root, path), this.other);
    return super.read(path);
  }
}

describe('case 5: another program writes the note during a write', () => {
  it('refuses, keeps the other program’s bytes and leaves no temporary file', async () => {
    const note = '#roadmap\n- [ ] parser\n- [ ] index\n';
    const theirs = '#roadmap\n- [ ] parser\n- [ ] index\n- [ ] typed elsewhere\n';
    const dir = makeVault({ 'plan.md': note });
    const vault = new RacedVault(dir, theirs);
    const [box] = refsOf(note, 'plan.md');
    await expect(vault.process('plan.md', (text) => (toggleCheckbox(text, box.ref, undefined, BARE) as { text: string }).text)).rejects.toThrow('plan.md changed while it was being written; nothing was changed');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(theirs);
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });
});
