import { describe, expect, it } from 'vitest';
import { dueText, linkTarget } from '../../src/ui/format';

describe('format', () => {
  it('writes due badges and reads only safe link targets', () => {
    expect(dueText('2025-03-12', 'overdue')).toBe('due 12 Mar 2025 · overdue');
    expect(dueText('2026-11-30', 'soon')).toBe('due 30 Nov 2026 · soon');
    expect(linkTarget('https://github.com/x/y')).toEqual({ kind: 'url', href: 'https://github.com/x/y', label: 'github.com' });
    expect(linkTarget('long term bets')).toEqual({ kind: 'note', target: 'long term bets', label: 'long term bets' });
    expect(linkTarget('folder/Note.md#Heading')).toEqual({ kind: 'note', target: 'folder/Note.md#Heading', label: 'Note' });
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'obsidian://open?x', '']) {
      expect(linkTarget(bad)).toBeNull();
    }
  });
});
