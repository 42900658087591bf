// Case 9: malformed frontmatter — the note is reported and left untouched.
import { describe, expect, it } from 'vitest';
import { cli, makeVault, snapshot } from '../helpers/tempVault';

describe('case 9: malformed frontmatter', () => {
  it('names the note and why, indexes the rest, writes nothing', async () => {
    const vault = makeVault({
      'broken.md': '---\ntags: [roadmap\n---\n- [ ] hidden behind a broken header\n',
      'good.md': '---\ntags: [roadmap]\n---\n- [ ] fine\n',
    });
    const before = snapshot(vault);
    const result = await cli('index', vault, '--json');
    expect(result.code).toBe(0);
    const model = JSON.parse(result.stdout) as { notes: { path: string }[]; errors: { path: string; message: string }[] };
    expect(model.notes.map((n) => n.path)).toEqual(['good.md']);
    expect(model.errors).toEqual([{ path: 'broken.md', message: expect.stringMatching(/^frontmatter is not valid YAML: /) as string }]);
    expect(result.stderr).toMatch(/^roadmap: broken.md: frontmatter is not valid YAML: /);
    expect(snapshot(vault)).toEqual(before);
  });
});
