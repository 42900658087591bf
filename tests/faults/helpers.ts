import { expect } from 'vitest';

/**
 * Asserts that `after` differs from `before` only inside `before.slice(from, to)`: every
 * byte before `from` and after `to` is the same, in the same place relative to it.
 */
export function expectOnlyChanged(before: string, after: string, from: number, to: number): void {
  expect(after, 'the text changed').not.toBe(before);
  expect(after.slice(0, from)).toBe(before.slice(0, from));
  expect(after.slice(after.length - (before.length - to))).toBe(before.slice(to));
}
