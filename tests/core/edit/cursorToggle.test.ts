import { describe, expect, it } from 'vitest';
import { toggleOnLine } from '../../../src/core/edit/cursorToggle';

const apply = (line: string, cursor: number) => {
  const change = toggleOnLine(line, cursor);
  return change ? line.slice(0, change.from) + change.insert + line.slice(change.to) : null;
};

describe('toggleOnLine', () => {
  it('toggles a GFM task marker wherever the cursor is', () => {
    expect(apply('- [ ] task', 8)).toBe('- [x] task');
    expect(apply('  1. [x] done', 0)).toBe('  1. [ ] done');
    expect(apply('> - [X] quoted', 12)).toBe('> - [ ] quoted');
  });

  it('toggles the HTML checkbox nearest the cursor', () => {
    const line = '| <input type="checkbox" checked id="a1"> | - t<br><input type="checkbox" unchecked id="b2"> blog |';
    expect(apply(line, 2)).toBe(line.replace('checked id="a1"', 'unchecked id="a1"'));
    expect(apply(line, line.length - 3)).toBe(line.replace('unchecked id="b2"', 'checked id="b2"'));
    expect(apply(line, line.indexOf('id="b2"'))).toBe(line.replace('unchecked id="b2"', 'checked id="b2"'));
  });

  it('says there is nothing to toggle on a line without a checkbox', () => {
    expect(toggleOnLine('plain [x] text but not a task', 3)).toBeNull();
    expect(toggleOnLine('<input type="text">', 0)).toBeNull();
  });
});
