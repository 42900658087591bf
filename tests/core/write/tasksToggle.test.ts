// SPEC §3, the Tasks API: a recurring list task is checked through Tasks'
// executeToggleTaskDoneCommand, and its answer is written only when it is that task done
// (plus at most its next occurrence). The fake answers as Tasks does (its documented
// "Toggle task done" behaviour): the next occurrence above the done task for a recurring
// task, and for a line it does not read as a task, that line turned into a list item.
import { describe, expect, it } from 'vitest';
import { refOf } from '../../../src/core/model/ref';
import { checkboxesOf } from '../../../src/core/parse/checkboxesOf';
import { extractNote } from '../../../src/core/parse/extract';
import { makeSettings } from '../../../src/core/settings';
import { resolveAction } from '../../../src/core/write/actions';
import { NO_TASKS_PLUGIN, writeRules } from '../../../src/core/write/rules';
import { applyChanges } from '../../../src/core/edit/types';

const TODAY = '2026-12-07';

/** Tasks' toggle of one line, as its plugin answers it. */
function tasks(line: string): string {
  const task = /^(\s*(?:[-*+]|\d+[.)]) )\[(.)\] (.*)$/.exec(line);
  if (!task) return /^\s*[-*+] /.test(line) ? line.replace(/^(\s*[-*+] )/, '$1[ ] ') : `- ${line}`;
  const [, bullet, status, rest] = task;
  if (status === 'x') return `${bullet}[ ] ${rest.replace(/ ✅ \d{4}-\d{2}-\d{2}/, '')}`;
  const done = `${bullet}[x] ${rest} ✅ ${TODAY}`;
  if (!/🔁/u.test(rest)) return done;
  const next = rest.replace(/📅 (\d{4})-(\d{2})-(\d{2})/, (_m, y: string, m: string, d: string) => `📅 ${new Date(Date.UTC(+y, +m - 1, +d + 7)).toISOString().slice(0, 10)}`);
  return `${bullet}[ ] ${next}\n${done}`;
}

const calls: string[] = [];
const rules = (answer: (line: string) => string = tasks) => writeRules(makeSettings(), NO_TASKS_PLUGIN, TODAY, { tasksToggle: (line) => (calls.push(line), answer(line)) });
const refs = (path: string, text: string) => checkboxesOf(extractNote(path, text)).map((box) => refOf(path, box));

describe('a recurring task checked through the Tasks plugin', () => {
  it('writes the next occurrence and the done task, only the bytes that differ, CRLF kept', () => {
    const text = '#roadmap\r\n\r\n- [ ] Water plants 🔁 every week 📅 2026-11-23\r\n- [ ] Other\r\n';
    const [ref] = refs('n.md', text);
    const result = resolveAction(text, { kind: 'toggle', path: 'n.md', ref }, rules());
    expect(result).toMatchObject({ ok: true, message: 'n.md:3 "Water plants": unchecked → checked' });
    if (!result.ok) return;
    expect(result.changes).toHaveLength(1);
    expect(applyChanges(text, result.changes)).toBe(`#roadmap\r\n\r\n- [ ] Water plants 🔁 every week 📅 2026-11-30\r\n- [x] Water plants 🔁 every week 📅 2026-11-23 ✅ ${TODAY}\r\n- [ ] Other\r\n`);
  });

  it('a 🔁 in a table row is not sent to Tasks (it does not read table rows): checked plainly', () => {
    calls.length = 0;
    const text = '#roadmap\n\n| Done | Item |\n| --- | --- |\n| [ ] | Water plants 🔁 every week |\n';
    const [ref] = refs('n.md', text);
    const result = resolveAction(text, { kind: 'toggle', path: 'n.md', ref }, rules());
    expect(calls).toEqual([]);
    expect(result.ok && applyChanges(text, result.changes)).toBe(text.replace('| [ ] |', '| [x] |'));
    // What Tasks would have answered, had it been asked: the row made a list item.
    expect(tasks('| [ ] | Water plants 🔁 every week |')).toBe('- | [ ] | Water plants 🔁 every week |');
  });

  it('an answer that is not this task done is refused, nothing written', () => {
    const text = '#roadmap\n\n- [/] Water plants 🔁 every week 📅 2026-11-23\n';
    const [ref] = refs('n.md', text);
    const refusedBy = (answer: (line: string) => string) => resolveAction(text, { kind: 'toggle', path: 'n.md', ref, want: true }, rules(answer));
    // As the issue found it: a [/] line answered as [ ] (a status Tasks does not know as doing).
    expect(refusedBy((line) => line.replace('[/]', '[ ]'))).toEqual({ ok: false, reason: 'the Tasks plugin answered with something other than this task done (no line is "Water plants 🔁 every week" done), so nothing was written' });
    expect(refusedBy((line) => `${line}\n${line}\n${line}`)).toMatchObject({ ok: false, reason: expect.stringContaining('(3 lines)') as string });
    expect(refusedBy((line) => line.replace('[/] Water plants', '[x] Water cress'))).toMatchObject({ ok: false });
    expect(refusedBy((line) => `- [x] other\n${line.replace('[/]', '[x]')}`)).toMatchObject({ ok: false, reason: expect.stringContaining('not the next occurrence') as string });
    expect(refusedBy(() => {
      throw new Error('boom');
    })).toEqual({ ok: false, reason: 'the Tasks plugin could not complete it (boom)' });
    expect(refusedBy(() => '')).toEqual({ ok: false, reason: 'the Tasks plugin gave nothing back for this task' });
    // Its real answer lands.
    expect(refusedBy(tasks)).toMatchObject({ ok: true });
  });

  it('without the Tasks plugin, checked plainly with a note that no next occurrence was made', () => {
    const text = '- [ ] Water plants 🔁 every week\n';
    const [ref] = refs('n.md', text);
    const result = resolveAction(text, { kind: 'toggle', path: 'n.md', ref }, writeRules(makeSettings(), NO_TASKS_PLUGIN, TODAY));
    expect(result).toMatchObject({ ok: true, note: 'it repeats, but no next occurrence was created: the Tasks plugin makes one when checked in Obsidian' });
  });
});
