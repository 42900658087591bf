// The weekly check-in over a host (SPEC §5): the weekly settings in force, the week's
// note, its questions, saving answers (creating the note from a template) and the
// history it records. The host keeps notes in a Map, as the CLI keeps them in files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checkins, type CheckinHost } from '../../../src/core/checkin/checkins';
import { formatDate } from '../../../src/core/checkin/dateFormat';
import { emptyHistory, type CheckinHistory } from '../../../src/core/checkin/history';
import { checkinQuestions } from '../../../src/core/checkin/questions';
import { saveAnswers } from '../../../src/core/checkin/save';
import { indexVault } from '../../../src/core/index/indexVault';
import type { Roadmap } from '../../../src/core/model/types';
import { makeSettings, type Settings } from '../../../src/core/settings';
import { MemoryVault } from '../../fakes/memoryVault';

const exampleDir = join(__dirname, '../../../example-vault');
let roadmap: Roadmap;
beforeAll(async () => {
  const notes = Object.fromEntries(readdirSync(exampleDir).filter((n) => n.endsWith('.md')).map((n) => [n, readFileSync(join(exampleDir, n), 'utf8')]));
  roadmap = (await indexVault(new MemoryVault(notes), makeSettings())).roadmap;
});

const week = { year: 2026, week: 49 };

function host(options: { notes?: Record<string, string>; config?: Record<string, unknown>; settings?: Partial<Settings> } = {}) {
  const notes = new Map(Object.entries(options.notes ?? {}));
  let history: CheckinHistory = emptyHistory();
  const created: string[] = [];
  const value: CheckinHost = {
    files: {
      read: async (path) => notes.get(path) ?? null,
      create: async (path, text) => {
        if (notes.has(path)) throw new Error(`${path} exists`);
        created.push(path);
        notes.set(path, text);
      },
      apply: async (path, edit) => {
        const result = edit(notes.get(path)!);
        if (!result.ok) return result;
        notes.set(path, result.text);
        return { ok: true };
      },
    },
    readConfigJson: async (path) => options.config?.[path] ?? null,
    configDir: '.obsidian',
    format: formatDate,
    settings: () => makeSettings(options.settings),
    history: () => history,
    saveHistory: async (next) => {
      history = next;
    },
  };
  return { value, notes, created, history: () => history };
}

describe('the weekly settings a check-in uses', () => {
  const periodic = { weekly: { enabled: true, folder: 'Periodic', format: 'GGGG-[W]WW' } };
  const calendar = { weeklyNoteFolder: 'Calendar', weeklyNoteFormat: 'GGGG-[W]WW' };

  it('a plugin’s settings only while it is enabled in community-plugins.json', async () => {
    const config = { '.obsidian/plugins/periodic-notes/data.json': periodic, '.obsidian/plugins/calendar/data.json': calendar };
    const withBoth = host({ config: { ...config, '.obsidian/community-plugins.json': ['calendar', 'periodic-notes'] } }).value;
    expect((await new Checkins(withBoth).config()).source).toBe('Periodic Notes');
    const calendarOnly = host({ config: { ...config, '.obsidian/community-plugins.json': ['calendar'] } }).value;
    expect((await new Checkins(calendarOnly).config()).source).toBe('Calendar');
    const none = host({ config: { ...config, '.obsidian/community-plugins.json': { calendar: true } } }).value;
    expect((await new Checkins(none).config()).source).toBe('Roadmap Board');
  });

  it('the week’s note: named by the format from the week’s Monday, in the folder', async () => {
    const checkins = new Checkins(host({ settings: { weeklyFormat: 'YYYY-MM-DD [week]', weeklyFolder: 'Weeks' } }).value);
    expect(await checkins.weekNote(week)).toMatchObject({ path: 'Weeks/2026-11-30 week.md', title: '2026-11-30 week' });
  });
});

describe('reading and saving a week', () => {
  const questions = () => checkinQuestions(roadmap).map((q) => q.text);

  it('a week without a note reads as unanswered', async () => {
    const checkins = new Checkins(host().value);
    expect(await checkins.read(week, questions())).toEqual({ path: 'Check-ins/2026-W49.md', exists: false, answers: questions().map(() => '') });
  });

  it('the first save creates the note from the built-in template and records the check-in', async () => {
    const h = host();
    const checkins = new Checkins(h.value);
    const [first] = questions();
    const outcome = await checkins.save(week, roadmap, [{ question: first, answer: 'Shipped the parser.' }], '2026-12-01');
    expect(outcome).toEqual({ ok: true, path: 'Check-ins/2026-W49.md', created: true, message: 'created Check-ins/2026-W49.md' });
    const text = h.notes.get('Check-ins/2026-W49.md')!;
    // The groups' progress in a frontmatter of its own, then the template.
    const front = /^---\nroadmap-progress:\n(?: {2}.+: \d+\/\d+\n)+---\n/.exec(text);
    expect(front).not.toBeNull();
    expect(text.slice(front![0].length).startsWith('# Week 2026-W49\n')).toBe(true);
    expect(text).toContain(`## ${first}\n\nShipped the parser.\n`);
    expect(h.history().records.map((r) => [r.week, r.savedAt])).toEqual([['2026-W49', '2026-12-01']]);
    expect((await checkins.read(week, questions())).answers[0]).toBe('Shipped the parser.');
  });

  it('a later save changes only the answer in the note as it is, and records again', async () => {
    const h = host();
    const checkins = new Checkins(h.value);
    const [first] = questions();
    await checkins.save(week, roadmap, [{ question: first, answer: 'One.' }], '2026-12-01');
    const before = h.notes.get('Check-ins/2026-W49.md')!.replace('# Week 2026-W49', '# My week');
    h.notes.set('Check-ins/2026-W49.md', before);
    const outcome = await checkins.save(week, roadmap, [{ question: first, answer: 'Two.' }], '2026-12-02');
    expect(outcome).toMatchObject({ ok: true, created: false });
    expect(h.notes.get('Check-ins/2026-W49.md')).toBe(before.replace('One.', 'Two.'));
    expect(h.history().records.map((r) => r.savedAt)).toEqual(['2026-12-02']);
    expect(h.created).toEqual(['Check-ins/2026-W49.md']);
  });

  it('a template note is used when configured, and a missing one is named with nothing written', async () => {
    const h = host({ settings: { weeklyTemplate: 'Templates/Week.md' }, notes: { 'Templates/Week.md': '# {{title}}\n\n{{questions}}' } });
    const checkins = new Checkins(h.value);
    expect(await checkins.ensureNote(week, roadmap)).toEqual({ ok: true, path: 'Check-ins/2026-W49.md' });
    expect(h.notes.get('Check-ins/2026-W49.md')!.startsWith('# 2026-W49\n\n## ')).toBe(true);
    // Existing: left as it is.
    expect(await checkins.ensureNote(week, roadmap)).toEqual({ ok: true, path: 'Check-ins/2026-W49.md' });
    expect(h.created).toEqual(['Check-ins/2026-W49.md']);

    const missing = host({ settings: { weeklyTemplate: 'Templates/Gone' } });
    const reason = 'the weekly template Templates/Gone.md (from Roadmap Board) does not exist';
    expect(await new Checkins(missing.value).ensureNote(week, roadmap)).toEqual({ ok: false, reason });
    expect(await new Checkins(missing.value).save(week, roadmap, [{ question: questions()[0], answer: 'x' }], '2026-12-01')).toEqual({ ok: false, reason });
    expect([...missing.notes.keys()]).toEqual([]);
    expect(missing.history().records).toEqual([]);
  });

  it('a save the note refuses records nothing', async () => {
    const h = host({ notes: { 'Check-ins/2026-W49.md': '# Week\n' } });
    h.value.files.apply = async () => ({ ok: false, reason: 'the note changed' });
    const outcome = await new Checkins(h.value).save(week, roadmap, [{ question: questions()[0], answer: 'x' }], '2026-12-01');
    expect(outcome).toEqual({ ok: false, reason: 'the note changed' });
    expect(h.history().records).toEqual([]);
  });

  it('other errors of the host are not taken for a missing template', async () => {
    const h = host();
    h.value.files.create = async () => {
      throw new Error('disk full');
    };
    await expect(new Checkins(h.value).ensureNote(week, roadmap)).rejects.toThrow('disk full');
    await expect(new Checkins(h.value).save(week, roadmap, [], '2026-12-01')).rejects.toThrow('disk full');
    expect(h.history().records).toEqual([]);
  });
});

describe('saveAnswers', () => {
  it('says when nothing changed, and passes on a refusal without recording', async () => {
    const h = host({ notes: { 'w.md': '## How did it go?\n\nWell.\n' } });
    expect(await saveAnswers(h.value.files, 'w.md', [{ question: 'How did it go?', answer: 'Well.' }], async () => '')).toEqual({ ok: true, path: 'w.md', created: false, message: 'answers unchanged' });
    expect(await saveAnswers(h.value.files, 'w.md', [{ question: 'How did it go?', answer: 'Better.' }], async () => '')).toEqual({ ok: true, path: 'w.md', created: false, message: 'saved 1 answer' });
    const refusing = { ...h.value.files, apply: async () => ({ ok: false as const, reason: 'the note changed' }) };
    expect(await saveAnswers(refusing, 'w.md', [{ question: 'How did it go?', answer: 'Badly.' }], async () => '')).toEqual({ ok: false, reason: 'the note changed' });
  });
});

describe('the questions', () => {
  it('each text once across notes (case and spaces aside), numbered from 1, with the note that asks it first', () => {
    const base = { path: 'a.md', questions: [] as string[] };
    const model = { checkins: [
      { ...base, questions: ['  What moved?  ', '', '   ', 'What is blocked?'] },
      { ...base, path: 'b.md', questions: ['what   MOVED?', 'What next?', 'Whatnext?'] },
    ] } as unknown as Roadmap;
    expect(checkinQuestions(model)).toEqual([
      { number: 1, text: 'What moved?', path: 'a.md' },
      { number: 2, text: 'What is blocked?', path: 'a.md' },
      { number: 3, text: 'What next?', path: 'b.md' },
      { number: 4, text: 'Whatnext?', path: 'b.md' },
    ]);
  });
});
