import { describe, expect, it } from 'vitest';
import { generateVault } from '../../bench/generateVault';

describe('the synthetic vault of the benchmark', () => {
  it('is the same for the same seed, 1 % roadmap notes of 2–20 KB, others of 0.5–5 KB', () => {
    const a = [...generateVault(500, 5)];
    expect([...generateVault(500, 5)]).toEqual(a);
    expect([...generateVault(500, 6)]).not.toEqual(a);
    const roadmap = a.filter((n) => n.roadmap);
    expect(roadmap).toHaveLength(5);
    for (const note of roadmap) {
      expect(note.text.length).toBeGreaterThanOrEqual(2048 * 0.9);
      expect(note.text.length).toBeLessThanOrEqual(20480 * 1.1);
      expect(note.text).toMatch(/<input type="checkbox" (un)?checked id="[0-9a-f]{6}">/);
      expect(note.text).toContain('## Weekly check-in');
    }
    for (const note of a.filter((n) => !n.roadmap)) {
      expect(note.text.length).toBeGreaterThanOrEqual(512);
      expect(note.text.length).toBeLessThanOrEqual(5120 + 600);
    }
  });
});
