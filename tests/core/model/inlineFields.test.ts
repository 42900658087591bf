import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInlineFields, type TaskFields } from '../../../src/core/model/inlineFields';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

// Task lines and the fields they hold, written from the Tasks plugin's documentation of
// its two formats (Tasks Emoji Format, Dataview Format): each sign, its alternative signs
// and its variation-selector form, blanks around it, metadata in any order with tags
// among it, text after a sign, values Tasks does not accept. Where this project reads
// more than Tasks (bare `due::`, field names in any case, bracketed fields mid-line), the
// line says so (docs/MODEL.md).
const NONE: TaskFields = { due: null, start: null, scheduled: null, created: null, doneDate: null, cancelledDate: null, status: null, priority: null, recurrence: null, id: null, dependsOn: null };

const TABLE: [string, string, Partial<TaskFields>][] = [
  // Emoji format: every sign.
  ['Has a created date ➕ 2023-04-13', 'Has a created date', { created: '2023-04-13' }],
  ['Has a scheduled date ⏳ 2023-04-14', 'Has a scheduled date', { scheduled: '2023-04-14' }],
  ['Has a scheduled date ⌛ 2023-04-14', 'Has a scheduled date', { scheduled: '2023-04-14' }],
  ['Has a start date 🛫 2023-04-15', 'Has a start date', { start: '2023-04-15' }],
  ['Has a due date 📅 2023-04-16', 'Has a due date', { due: '2023-04-16' }],
  ['Has a due date 📆 2023-04-16', 'Has a due date', { due: '2023-04-16' }],
  ['Has a due date 🗓 2023-04-16', 'Has a due date', { due: '2023-04-16' }],
  ['Has a done date ✅ 2023-04-17', 'Has a done date', { doneDate: '2023-04-17' }],
  ['Has a cancelled date ❌ 2023-04-18', 'Has a cancelled date', { cancelledDate: '2023-04-18' }],
  ['Lowest priority ⏬', 'Lowest priority', { priority: 'lowest' }],
  ['Low priority 🔽', 'Low priority', { priority: 'low' }],
  ['Medium priority 🔼', 'Medium priority', { priority: 'medium' }],
  ['High priority ⏫', 'High priority', { priority: 'high' }],
  ['Highest priority 🔺', 'Highest priority', { priority: 'highest' }],
  ['Is a recurring task 🔁 every day when done', 'Is a recurring task', { recurrence: 'every day when done' }],
  ['Twice a week 🔁 every week on Monday, Thursday', 'Twice a week', { recurrence: 'every week on Monday, Thursday' }],
  ['do this first 🆔 dcf64c', 'do this first', { id: 'dcf64c' }],
  ['do this after 🆔 my_id-2 ⛔ dcf64c,0h17ye', 'do this after', { id: 'my_id-2', dependsOn: ['dcf64c', '0h17ye'] }],
  ['blocked ⛔ dcf64c , 0h17ye ', 'blocked', { dependsOn: ['dcf64c', '0h17ye'] }],
  ['clean up 🏁 delete 📅 2026-01-02', 'clean up', { due: '2026-01-02' }],
  // The variation selector U+FE0F after a sign.
  ['Due 🗓\uFE0F 2023-04-16', 'Due', { due: '2023-04-16' }],
  ['Due 📅\uFE0F 2023-04-16', 'Due', { due: '2023-04-16' }],
  ['Scheduled ⏳\uFE0F 2023-04-14', 'Scheduled', { scheduled: '2023-04-14' }],
  ['Urgent ⏫\uFE0F', 'Urgent', { priority: 'high' }],
  ['Waits ⛔\uFE0F abc123', 'Waits', { dependsOn: ['abc123'] }],
  ['Repeats 🔁\uFE0F every month', 'Repeats', { recurrence: 'every month' }],
  // Blanks: none, several, trailing, none before the sign.
  ['Tight 📅2023-04-16', 'Tight', { due: '2023-04-16' }],
  ['Loose 📅    2023-04-16   ', 'Loose', { due: '2023-04-16' }],
  ['Glued📅 2023-04-16', 'Glued', { due: '2023-04-16' }],
  ['Glued priority⏫', 'Glued priority', { priority: 'high' }],
  // Any order; tags among the metadata stay in the title, in their order.
  ['Write the post 🔼 🔁 every week when done 🛫 2026-01-05 ⏳ 2026-01-06 📅 2026-01-09 ➕ 2026-01-01', 'Write the post', { priority: 'medium', recurrence: 'every week when done', start: '2026-01-05', scheduled: '2026-01-06', due: '2026-01-09', created: '2026-01-01' }],
  ['Do something #tag1 📅 2021-01-01 #tag2 🛫 2021-01-02', 'Do something #tag1 #tag2', { due: '2021-01-01', start: '2021-01-02' }],
  ['Water plants 🔁 every day #home', 'Water plants #home', { recurrence: 'every day' }],
  ['Pay rent 🔁 every month on the 1st 📅 2026-02-01', 'Pay rent', { recurrence: 'every month on the 1st', due: '2026-02-01' }],
  ['Task 📅 2026-01-01 ^abc-12', 'Task', { due: '2026-01-01' }],
  ['Twice 📅 2026-01-01 📅 2026-02-02', 'Twice', { due: '2026-01-01' }],
  // A sign with text after it is text: Tasks reads metadata only at the end.
  ['Call 📅 2026-01-10 about the lease', 'Call 📅 2026-01-10 about the lease', {}],
  ['Task 📅 2026-01-10 Project notes', 'Task 📅 2026-01-10 Project notes', {}],
  ['Mid ⏫ line 📅 2026-01-10', 'Mid ⏫ line', { due: '2026-01-10' }],
  ['Read the 📅 calendar', 'Read the 📅 calendar', {}],
  // Values Tasks does not accept are text.
  ['Bad id 🆔 A*bcd0f', 'Bad id 🆔 A*bcd0f', {}],
  ['Bad id [id:: A*bcd0f]', 'Bad id [id:: A*bcd0f]', {}],
  ['Not a rule 🔁 every day.', 'Not a rule 🔁 every day.', {}],
  ['Words 📅 tomorrow', 'Words 📅 tomorrow', {}],
  ['Impossible 📅 2026-02-30', 'Impossible', {}],
  // Dataview format.
  ['Some task that is [due::2021-08-22] [priority:: high]', 'Some task that is', { due: '2021-08-22', priority: 'high' }],
  ['Some task that is (due::2021-08-22) (priority:: high)', 'Some task that is', { due: '2021-08-22', priority: 'high' }],
  ['Some task that is [due::2021-08-22) (priority:: high]', 'Some task that is [due::2021-08-22) (priority:: high]', {}],
  ['Some task that is [due::2021-08-22], [priority::high]       , (start::2021-08-19)', 'Some task that is', { due: '2021-08-22', priority: 'high', start: '2021-08-19' }],
  ['[     due::     2021-08-22     ]', '', { due: '2021-08-22' }],
  ['All of them  [id:: abcdef]  [dependsOn:: 123456,abc123]  [priority:: medium]  [repeat:: every day when done]  [created:: 2023-07-01]  [start:: 2023-07-02]  [scheduled:: 2023-07-03]  [due:: 2023-07-04]  [cancelled:: 2023-07-06]  [completion:: 2023-07-05] ^dcf64c', 'All of them', { id: 'abcdef', dependsOn: ['123456', 'abc123'], priority: 'medium', recurrence: 'every day when done', created: '2023-07-01', start: '2023-07-02', scheduled: '2023-07-03', due: '2023-07-04', cancelledDate: '2023-07-06', doneDate: '2023-07-05' }],
  ['Tagged [due:: 2021-08-22] #work', 'Tagged #work', { due: '2021-08-22' }],
  // Where this project reads more than Tasks (docs/MODEL.md).
  ['Mid-line field [due:: 2021-08-02] and more', 'Mid-line field and more', { due: '2021-08-02' }],
  ['Any case [Due:: 2021-08-22]', 'Any case', { due: '2021-08-22' }],
  ['Bare form due:: 2021-08-22', 'Bare form', { due: '2021-08-22' }],
  ['Wider dates [due:: Q4 2026]', 'Wider dates', { due: '2026-12-31' }],
  ['Status [status:: doing]', 'Status', { status: 'doing' }],
  ['Both at the end [due:: 2026-01-01] 📅 2026-02-02', 'Both at the end', { due: '2026-01-01' }],
  ['Mid [due:: 2026-01-01] words 📅 2026-02-02', 'Mid words', { due: '2026-02-02' }],
];

const fieldsOf = (line: string) => {
  const { title, at: _at, ...fields } = readInlineFields(line);
  return { title, fields };
};

describe('task lines read as the Tasks plugin reads them (SPEC §2.3.2)', () => {
  it.each(TABLE)('%s', (line, title, fields) => {
    expect(fieldsOf(line)).toEqual({ title, fields: { ...NONE, ...fields } });
  });

  it('says where each value stands, so an edit rewrites the value the model reads', () => {
    const line = 'Plan [due:: Q4 2026] then 📅 2026-01-01 🛫 2026-01-02 ⏳2026-01-03';
    const read = readInlineFields(line);
    for (const [field, value] of [['due', '2026-01-01'], ['start', '2026-01-02'], ['scheduled', '2026-01-03']] as const) {
      expect(line.slice(read.at[field]!.from, read.at[field]!.to)).toBe(value);
    }
    const bare = 'Bare due::   by Q4 2026';
    expect(bare.slice(readInlineFields(bare).at.due!.from, readInlineFields(bare).at.due!.to)).toBe('by Q4 2026');
  });
});

/** One piece of metadata as a person writes it, and what it means. */
interface Piece {
  text: string;
  field: keyof TaskFields;
  value: string | string[];
}
const date = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const blank = fc.constantFrom('', ' ', '  ');
const vs = fc.constantFrom('', '\uFE0F');
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/);
const emojiPiece: fc.Arbitrary<Piece> = fc.oneof(
  fc.tuple(fc.constantFrom(['📅', 'due'], ['📆', 'due'], ['🗓', 'due'], ['⏳', 'scheduled'], ['⌛', 'scheduled'], ['🛫', 'start'], ['✅', 'doneDate'], ['❌', 'cancelledDate'], ['➕', 'created']), vs, blank, date).map(([[sign, field], v, b, d]) => ({ text: `${sign}${v}${b}${d}`, field: field, value: d })),
  fc.tuple(fc.constantFrom(['🔺', 'highest'], ['⏫', 'high'], ['🔼', 'medium'], ['🔽', 'low'], ['⏬', 'lowest']), vs).map(([[sign, value], v]) => ({ text: `${sign}${v}`, field: 'priority' as const, value })),
  fc.constantFrom('every day', 'every week on Monday', 'every 2 months when done', 'every weekday').map((rule) => ({ text: `🔁 ${rule}`, field: 'recurrence' as const, value: rule })),
  id.map((value) => ({ text: `🆔 ${value}`, field: 'id' as const, value })),
  fc.array(id, { minLength: 1, maxLength: 3 }).map((ids) => ({ text: `⛔ ${ids.join(',')}`, field: 'dependsOn' as const, value: ids })),
);
const dataviewPiece: fc.Arbitrary<Piece> = fc.oneof(
  fc.tuple(fc.constantFrom(['due', 'due'], ['scheduled', 'scheduled'], ['start', 'start'], ['completion', 'doneDate'], ['cancelled', 'cancelledDate'], ['created', 'created']), date, fc.boolean()).map(([[key, field], d, round]) => ({ text: round ? `(${key}:: ${d})` : `[${key}:: ${d}]`, field: field, value: d })),
  fc.constantFrom('highest', 'high', 'medium', 'low', 'lowest').map((value) => ({ text: `[priority:: ${value}]`, field: 'priority' as const, value })),
  id.map((value) => ({ text: `[id:: ${value}]`, field: 'id' as const, value })),
);
const description = fc.constantFrom('Write the post', 'Call Bob about the lease', 'Fix bug in `parser`', 'Ship v2.0', 'Read [[Book]] notes', '');
const tag = fc.constantFrom('#work', '#home/garden', '#q1');

describe('a differential property: generated task lines give the fields they were built from', () => {
  it('metadata at the end, in any order, with tags among it', () => {
    fc.assert(
      fc.property(description, fc.array(fc.oneof(emojiPiece, dataviewPiece, tag.map((t) => ({ text: t, field: 'title' as const, value: t }))), { maxLength: 6 }), (desc, pieces) => {
        // A field given twice counts once: the one further left, as in Tasks.
        const expected: Record<string, unknown> = { ...NONE };
        const seen = new Set<string>();
        const tags: string[] = [];
        for (const piece of pieces) {
          if ((piece.field as string) === 'title') tags.push(piece.text);
          else if (!seen.has(piece.field)) {
            seen.add(piece.field);
            expected[piece.field] = piece.value;
          }
        }
        const line = [desc, ...pieces.map((p) => p.text)].join(' ');
        const { title, fields } = fieldsOf(line);
        expect(fields).toEqual(expected);
        expect(title).toBe([desc, ...tags].filter(Boolean).join(' '));
      }),
      { numRuns: RUNS },
    );
  });

  // (A recurrence is left out: its rule runs to the end of the line, words and all.)
  it('a sign followed by words is text, and the title keeps it whole', () => {
    fc.assert(
      fc.property(description, emojiPiece.filter((piece) => piece.field !== 'recurrence'), fc.constantFrom('and then more', 'for Alice', 'x'), (desc, piece, after) => {
        const line = [desc, piece.text, after].filter(Boolean).join(' ');
        expect(fieldsOf(line)).toEqual({ title: line.replace(/\s+/g, ' '), fields: NONE });
      }),
      { numRuns: RUNS },
    );
  });
});
