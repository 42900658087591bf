// Frontmatter as the CLI reads it: warnings kept quiet (one per note on every run would
// bury the board), errors still thrown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readYaml } from '../../src/cli/yaml';

afterEach(() => vi.restoreAllMocks());

describe('readYaml', () => {
  it('reads an unknown !tag without a warning', () => {
    const emitted = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readYaml('status: !custom doing\ndue: 2026-03-31\n')).toEqual({ status: 'doing', due: '2026-03-31' });
    expect(emitted).not.toHaveBeenCalled();
    expect(warned).not.toHaveBeenCalled();
  });

  it('throws on YAML that is broken', () => {
    expect(() => readYaml('status: [doing\n')).toThrow();
  });
});
