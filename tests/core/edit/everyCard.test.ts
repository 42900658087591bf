import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotMove, setItemState } from '../../../src/core/edit/setState';
import { undoEdit, undoEntryFor } from '../../../src/core/edit/undo';
import { roleWords } from '../../../src/core/model/columns';
import { digestOf } from '../../../src/core/model/digest';
import type { Item, State } from '../../../src/core/model/types';
import { extractNote } from '../../../src/core/parse/extract';
import { RULES, rulesWith } from '../../helpers/rules';

// Issue 19, "done when": on the example vault every card can be moved to each state its
// note can hold; a state it cannot hold is refused with how to make it possible; each
// move changes only the card's own line and one undo gives the note back.
const dir = join(__dirname, '../../../example-vault');
const notes = readdirSync(dir).filter((name) => name.endsWith('.md'));
const STATES: State[] = ['todo', 'doing', 'done', 'cancelled'];
const itemsOf = (path: string, text: string): Item[] => digestOf(extractNote(path, text), roleWords()).groups.flatMap((g) => g.items);
let id = 0;
const nextId = () => `e${String(id++).padStart(5, '0')}`;

describe('every card of the example vault, every state', () => {
  it.each(notes)('%s', (path) => {
    const text = readFileSync(join(dir, path), 'utf8');
    const items = itemsOf(path, text);
    expect(items.length).toBeGreaterThan(0);
    let moved = 0;
    for (const item of items) {
      for (const state of STATES) {
        const label = `${item.title} → ${state}`;
        const reason = cannotMove(item, state, RULES.words);
        const result = setItemState(text, item, state, rulesWith({ ...{ nextId } }));
        if (reason) {
          expect(result, label).toEqual({ ok: false, reason });
          expect(reason, label).toMatch(/add a Status column|clear them/);
          continue;
        }
        if (!result.ok) {
          // The model cannot tell a list item from a row of a table that has only check,
          // group and item columns: the note itself refuses, saying how.
          // A Status cell in words that are not a status word is never replaced (SPEC §3).
          if (/not a status word/.test(result.reason)) continue;
          expect(Object.keys(item.fields), label).toEqual([]);
          expect(result.reason, label).toMatch(/add a Status column|only checked or not/);
          continue;
        }
        const after = itemsOf(path, result.text).find((other) => other.line === item.line);
        expect(after?.state, label).toBe(state);
        if (!result.changes.length) continue;
        moved++;
        // Only the card's own line changed.
        const [a, b] = [text.split('\n'), result.text.split('\n')];
        expect(b.length, label).toBe(a.length);
        expect(b.map((line, i) => (line === a[i] ? 0 : i + 1)).filter(Boolean), label).toEqual([item.line]);
        // One undo restores the note byte for byte.
        const from = Math.min(...result.changes.map((c) => c.from));
        const to = Math.max(...result.changes.map((c) => c.to));
        const grown = result.changes.reduce((n, c) => n + c.insert.length - (c.to - c.from), 0);
        const entry = undoEntryFor(path, text, { from, to, insert: result.text.slice(from, to + grown) }, label);
        const undone = undoEdit(result.text, entry);
        expect(undone.ok && undone.text, label).toBe(text);
      }
    }
    // Every card can leave its state for at least one other.
    expect(moved).toBeGreaterThanOrEqual(items.length);
  });

  it('the refusals say how: only rows without a Status column are refused, and only for Doing or Cancelled', () => {
    for (const path of notes) {
      const text = readFileSync(join(dir, path), 'utf8');
      for (const item of itemsOf(path, text)) {
        for (const state of ['doing', 'cancelled'] as const) {
          const reason = cannotMove(item, state, RULES.words);
          if (reason) expect(Object.keys(item.fields).length, `${item.title}`).toBeGreaterThan(0);
        }
        expect(cannotMove(item, 'done', RULES.words), item.title).toBeNull();
      }
    }
  });
});
