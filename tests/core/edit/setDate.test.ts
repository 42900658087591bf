import { describe, expect, it } from 'vitest';
import { sameFormat, setItemDate, type DateField } from '../../../src/core/edit/setDate';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Item } from '../../../src/core/model/types';
import { makeSettings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';
import { RULES } from '../../helpers/rules';

const note = [
  '---',
  'tags: [roadmap]',
  '---',
  '| Project | Due        | Start   | Notes |',
  '| ------- | ---------- | ------- | ----- |',
  '| Alpha   | 2026-03-01 |         | x     |',
  '| Beta    | Q1 2026    | Jan 2026 | y    |',
  '| Gamma   |            |         | z     |',
  '| Delta   | by 2026/3/5 |        |       |',
  '',
  '## Sprint',
  '- [ ] Write 📅 2026-12-10 ✅ 2026-11-01 ^abc',
  '- [ ] Plain task',
  '- [ ] Fielded [due:: 2026-12-24] more',
  '- [ ] Trailing due:: Dec 2026',
  '- Idea ^blk',
  '- [x] Shipped ✅ 2026-11-30',
  '',
  '## Table without dates',
  '| Item | Owner |',
  '| ---- | ----- |',
  '| Omega | me  |',
  '',
].join('\n');

async function itemsOf(text: string): Promise<Map<string, Item>> {
  const { roadmap } = await indexVault(new MemoryVault({ 'r.md': text }), makeSettings());
  return new Map(roadmap.groups.flatMap((g) => g.items).map((item) => [item.title, item]));
}

async function set(title: string, field: DateField, date: string, text = note) {
  const item = (await itemsOf(text)).get(title);
  if (!item) throw new Error(`no item ${title}`);
  const result = setItemDate(text, item, field, date, RULES);
  if (!result.ok) return { refused: result.reason };
  const after = (await itemsOf(result.text)).get(title)!;
  const changed = text.split('\n').filter((line, i) => result.text.split('\n')[i] !== line);
  return { line: result.text.split('\n')[item.line - 1], changed, after, changes: result.changes, text: result.text };
}

describe('setItemDate', () => {
  it('replaces a Due cell date, keeping the cell padding', async () => {
    const out = await set('Alpha', 'due', '2026-04-15');
    expect(out.line).toBe('| Alpha   | 2026-04-15 |         | x     |');
    expect(out.after!.due).toBe('2026-04-15');
    expect(out.changed).toHaveLength(1);
  });

  it('keeps a quarter or month when the new date is its last day, else writes the day', async () => {
    expect((await set('Beta', 'due', '2026-06-30')).line).toBe('| Beta    | Q2 2026    | Jan 2026 | y    |');
    expect((await set('Beta', 'due', '2026-06-12')).line).toBe('| Beta    | 2026-06-12 | Jan 2026 | y    |');
    expect((await set('Beta', 'start', '2026-02-28')).line).toBe('| Beta    | Q1 2026    | Feb 2026 | y    |');
    expect((await set('Beta', 'start', '2026-02-03')).line).toBe('| Beta    | Q1 2026    | 2026-02-03 | y    |');
  });

  it('fills an empty Start or Due cell, using its padding', async () => {
    expect((await set('Gamma', 'start', '2026-01-05')).line).toBe('| Gamma   |            | 2026-01-05 | z     |');
    expect((await set('Gamma', 'due', '2026-01-05')).line).toBe('| Gamma   | 2026-01-05 |         | z     |');
  });

  it('keeps a label and slash format around the date', async () => {
    const out = await set('Delta', 'due', '2026-11-07');
    expect(out.line).toBe('| Delta   | by 2026/11/7 |        |       |');
    expect(out.after!.due).toBe('2026-11-07');
  });

  it('replaces a Tasks 📅 date and adds 🛫 before a done date and block id', async () => {
    expect((await set('Write', 'due', '2027-01-02')).line).toBe('- [ ] Write 📅 2027-01-02 ✅ 2026-11-01 ^abc');
    const start = await set('Write', 'start', '2026-12-01');
    expect(start.line).toBe('- [ ] Write 📅 2026-12-10 🛫 2026-12-01 ✅ 2026-11-01 ^abc');
    expect(start.after!.start).toBe('2026-12-01');
    expect(start.after!.title).toBe('Write');
  });

  it('adds 📅 to a list item that had no date (also one without a marker)', async () => {
    expect((await set('Plain task', 'due', '2026-12-20')).line).toBe('- [ ] Plain task 📅 2026-12-20');
    const idea = await set('Idea', 'due', '2026-12-20');
    expect(idea.line).toBe('- Idea 📅 2026-12-20 ^blk');
    expect(idea.after!.due).toBe('2026-12-20');
    expect((await set('Shipped', 'due', '2026-12-20')).line).toBe('- [x] Shipped 📅 2026-12-20 ✅ 2026-11-30');
  });

  it('replaces Dataview fields in place', async () => {
    expect((await set('Fielded more', 'due', '2027-02-01')).line).toBe('- [ ] Fielded [due:: 2027-02-01] more');
    expect((await set('Trailing', 'due', '2027-01-31')).line).toBe('- [ ] Trailing due:: Jan 2027');
    expect((await set('Trailing', 'due', '2027-01-30')).line).toBe('- [ ] Trailing due:: 2027-01-30');
  });

  it('rewrites the date where the model reads it: an alternative sign in place, a sign mid-line left as the text it is', async () => {
    const text = '#roadmap\n## Chores\n- [ ] Pay rent 📆 2026-12-01 #home\n- [ ] Call 📅 2026-12-10 about the lease\n- [ ] Plan ⌛ 2026-12-02\n';
    const pay = await set('Pay rent #home', 'due', '2027-01-01', text);
    expect(pay.line).toBe('- [ ] Pay rent 📆 2027-01-01 #home');
    expect(pay.after!.due).toBe('2027-01-01');
    // Tasks reads no due date on this line, and neither does the model: the new one goes at the end.
    const call = await set('Call 📅 2026-12-10 about the lease', 'due', '2027-01-02', text);
    expect(call.line).toBe('- [ ] Call 📅 2026-12-10 about the lease 📅 2027-01-02');
    expect(call.after!.due).toBe('2027-01-02');
    // A scheduled date is not a start.
    expect((await set('Plan', 'start', '2026-11-30', text)).line).toBe('- [ ] Plan ⌛ 2026-12-02 🛫 2026-11-30');
  });

  it('adds 📅 to the item cell of a table without a Due column', async () => {
    const out = await set('Omega', 'due', '2026-12-31');
    expect(out.line).toBe('| Omega 📅 2026-12-31 | me  |');
    expect(out.after!.due).toBe('2026-12-31');
    expect(out.after!.title).toBe('Omega');
  });

  it('changes nothing when the date is already the one asked for', async () => {
    const item = (await itemsOf(note)).get('Alpha')!;
    const result = setItemDate(note, item, 'due', '2026-03-01', RULES);
    expect(result).toMatchObject({ ok: true, changes: [] });
  });

  it('keeps CRLF line endings', async () => {
    const crlf = note.replace(/\n/g, '\r\n');
    const out = await set('Plain task', 'due', '2026-12-20', crlf);
    expect(out.text).toBe(crlf.replace('- [ ] Plain task\r\n', '- [ ] Plain task 📅 2026-12-20\r\n'));
  });

  it('refuses a bad date and an item whose line changed', async () => {
    expect(await set('Alpha', 'due', '2026-02-30')).toEqual({ refused: '"2026-02-30" is not a date (YYYY-MM-DD)' });
    const item = (await itemsOf(note)).get('Alpha')!;
    const changed = note.replace('| Alpha   |', '| Alpine  |');
    const result = setItemDate(changed, item, 'due', '2026-04-01', RULES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('no longer "Alpha"');
  });
});

describe('sameFormat', () => {
  it('writes a date the way the old phrase was written, where it can', () => {
    expect(sameFormat('2026/3/5', '2026-11-07')).toBe('2026/11/7');
    expect(sameFormat('2026/03/05', '2026-11-07')).toBe('2026/11/07');
    expect(sameFormat('q3 2026', '2026-12-31')).toBe('q4 2026');
    expect(sameFormat('Q32026', '2026-12-30')).toBe('2026-12-30');
    expect(sameFormat('December 2026', '2027-02-28')).toBe('February 2027');
    expect(sameFormat('Sept 2026', '2026-10-31')).toBe('Oct 2026');
    expect(sameFormat('DEC 2026', '2027-01-31')).toBe('JAN 2027');
    expect(sameFormat('2026-W48', '2026-12-06')).toBe('2026-W49');
    expect(sameFormat('2026-w48', '2026-12-07')).toBe('2026-12-07');
    expect(sameFormat('2026-W52', '2027-01-03')).toBe('2026-W53');
  });
});

describe('setItemDate: messages and edges', () => {
  it('says what it set, or that it was already so', async () => {
    const item = (await itemsOf(note)).get('Alpha')!;
    expect(setItemDate(note, item, 'due', '2026-04-15', RULES)).toMatchObject({ ok: true, message: 'due set to 2026-04-15' });
    expect(setItemDate(note, item, 'due', '2026-03-01', RULES)).toEqual({ ok: true, text: note, changes: [], message: 'due already 2026-03-01' });
    const plain = (await itemsOf(note)).get('Plain task')!;
    expect(setItemDate(note, plain, 'start', '2026-12-01', RULES)).toMatchObject({ ok: true, message: 'start set to 2026-12-01' });
  });

  it('refuses a date that is not exactly YYYY-MM-DD, a bad ref, a field that holds no date', async () => {
    const item = (await itemsOf(note)).get('Alpha')!;
    for (const bad of ['2026-4-15', ' 2026-04-15', '2026-04-15 ', 'x2026-04-15']) expect(setItemDate(note, item, 'due', bad, RULES), bad).toEqual({ ok: false, reason: `"${bad}" is not a date (YYYY-MM-DD)` });
    expect(setItemDate(note, { ...item, ref: 'nonsense' }, 'due', '2026-04-15', RULES)).toEqual({ ok: false, reason: 'this is not a checkbox reference' });
    const odd = '#roadmap\n\n- [ ] Fuzzy [due:: soon]\n';
    const fuzzy = (await itemsOf(odd)).get('Fuzzy')!;
    expect(setItemDate(odd, fuzzy, 'due', '2026-04-15', RULES)).toEqual({ ok: false, reason: 'its due says "soon", which is not a date it reads; change it in the note, or replace it (CLI: --replace)' });
    expect(setItemDate(note, { ...item, line: 1 }, 'due', '2026-04-15', RULES).ok).toBe(false);
  });

  it('a row with tabs and trailing blanks in its item cell gets the sign after the text', async () => {
    const text = '#roadmap\n\n| Item | Owner |\n| --- | --- |\n| Omega \t  | me |\n';
    const omega = (await itemsOf(text)).get('Omega')!;
    expect(setItemDate(text, omega, 'due', '2026-12-31', RULES)).toMatchObject({ ok: true, text: text.replace('| Omega \t  |', '| Omega 📅 2026-12-31 \t  |') });
  });

  it('a CRLF list item keeps its line break, the sign going before it', async () => {
    const text = '#roadmap\r\n\r\n- [ ] Ship\r\n- [ ] Next\r\n';
    const ship = (await itemsOf(text)).get('Ship')!;
    expect(setItemDate(text, ship, 'start', '2026-12-01', RULES)).toMatchObject({ ok: true, text: '#roadmap\r\n\r\n- [ ] Ship 🛫 2026-12-01\r\n- [ ] Next\r\n' });
  });
});
