import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRef, encodeRef, type RefData } from '../../../src/core/model/ref';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe('refs', () => {
  const data: RefData = { path: 'Projects/2026 Plan — draft.md', offset: 357, line: 10, nth: 2, kind: 'html', id: 'dda33c', lineHash: '1odfucw', ctxHash: '', twins: 2, ordinal: 1, idCount: 1 };

  it('decode what they encode, shell-safe and short', () => {
    const ref = encodeRef(data);
    expect(ref).toMatch(/^r2\.[A-Za-z0-9_.-]+$/);
    expect(decodeRef(ref)).toEqual(data);
    expect(decodeRef(encodeRef({ ...data, kind: 'gfm', id: null }))).toEqual({ ...data, kind: 'gfm', id: null });
    // The first format, base64url of a JSON array, is the baseline this one shortens.
    const first = `r1.${Buffer.from(JSON.stringify([data.path, data.offset, data.line, data.nth, data.kind, data.id, data.lineHash, data.ctxHash, data.twins, data.ordinal, data.idCount])).toString('base64url')}`;
    expect(ref.length).toBeLessThan(first.length * 0.75);
    expect(decodeRef(first)).toEqual(data);
  });

  it('refuse anything malformed', () => {
    const ref = encodeRef(data);
    const parts = ref.split('.');
    for (const bad of [
      '',
      'r2.',
      ref + '.x',
      parts.slice(0, -1).join('.'),
      ref.replace('.h.', '.x.'),
      ref.replace(/^r2\.[^.]+/, 'r2.***'),
      // ordinal past the number of twins
      [...parts.slice(0, 6), '9', ...parts.slice(7)].join('.'),
      ref.replace('.1odfucw.', '.UPPER.'),
      ref.replace('.a.', '.-1.'),
      'r1.garbage',
    ]) {
      expect(decodeRef(bad), bad).toBeNull();
    }
  });

  it('round-trip any path, id and numbers', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.option(fc.string({ minLength: 1 })), fc.nat(), fc.nat(), fc.nat(9), fc.integer({ min: 1, max: 5 }), fc.boolean(), (path, id, offset, line, nth, twins, gfm) => {
        const value: RefData = { path, offset, line, nth, kind: gfm ? 'gfm' : 'html', id, lineHash: 'abc', ctxHash: 'z9', twins, ordinal: twins - 1, idCount: id ? 1 : 0 };
        const ref = encodeRef(value);
        expect(ref).toMatch(/^[A-Za-z0-9_.-]+$/);
        expect(decodeRef(ref)).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });
});
