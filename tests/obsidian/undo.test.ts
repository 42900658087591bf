// SPEC §3, undo, in the plugin: one entry per action however many splices it made; the
// newest undone or refused by name (never an older one in its place); the log is the
// CLI's file, so an entry either wrote is undone by the other.
import { afterEach, describe, expect, it } from 'vitest';
import { roleWords } from '../../src/core/model/columns';
import { localIsoDate } from '../../src/core/parse/dates';
import { viewActions } from '../../src/obsidian/viewActions';
import { App, flushSaves, notices, View } from '../fakes/obsidian';
import { startPlugin } from '../helpers/plugin';

const UNDO = '.obsidian/plugins/roadmap-board/undo.json';
const ONE = '#roadmap\n\n- [ ] Plain task\n';
const TWO = '#roadmap\n\n- [ ] Ship 📅 2026-12-01\n';

async function ready() {
  const app = new App();
  app.vault.seed('One.md', ONE);
  app.vault.seed('Two.md', TWO);
  const plugin = await startPlugin(app);
  const board = viewActions({ app: app as never, writer: plugin.writer, words: () => roleWords(), statuses: () => plugin.index.statuses, rebuildIndex: () => plugin.index.build(), createRoadmapNote: async () => {} }, new View() as never, 'roadmap-board');
  const item = (title: string) => plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items).find((i) => i.title === title)!;
  return { app, plugin, board, item };
}

afterEach(async () => {
  await flushSaves();
});

describe('undo in the plugin', () => {
  it('undoes the newest action whole: a checkbox and its ✅ stamp together, not the older one-splice change', async () => {
    const { app, plugin, board, item } = await ready();
    expect(await board.toggle('One.md', item('Plain task').ref!, true)).toEqual({ ok: true });
    expect(await board.toggle('Two.md', item('Ship').ref!, true)).toEqual({ ok: true });
    expect(app.vault.contents.get('Two.md')).toBe(`#roadmap\n\n- [x] Ship 📅 2026-12-01 ✅ ${localIsoDate(new Date())}\n`);
    expect(await plugin.writer.undoLast()).toEqual({ ok: true, message: 'undone: Two.md:3 "Ship": unchecked → checked' });
    expect(app.vault.contents.get('Two.md')).toBe(TWO);
    expect(app.vault.contents.get('One.md')).toBe(ONE.replace('[ ]', '[x]'));
    expect(await plugin.writer.undoLast()).toMatchObject({ ok: true });
    expect(app.vault.contents.get('One.md')).toBe(ONE);
  });

  it('refuses the newest by name when the note changed there, leaves the older ones alone, and keeps it', async () => {
    const { app, plugin, board, item } = await ready();
    await board.toggle('One.md', item('Plain task').ref!, true);
    await board.toggle('Two.md', item('Ship').ref!, true);
    const stamped = app.vault.contents.get('Two.md')!;
    await app.vault.modify(app.vault.getAbstractFileByPath('Two.md') as never, stamped.replace('Ship', 'Ship it'));
    notices.length = 0;
    const refused = await plugin.writer.undoLast();
    expect(refused).toEqual({ ok: false, reason: 'cannot undo Two.md:3 "Ship": unchecked → checked: the note changed there since' });
    expect(notices).toEqual(['Roadmap Board: cannot undo Two.md:3 "Ship": unchecked → checked: the note changed there since. Nothing was changed.']);
    expect(app.vault.contents.get('One.md')).toBe(ONE.replace('[ ]', '[x]'));
    // The hand edit taken back: the same entry is undone now.
    await app.vault.modify(app.vault.getAbstractFileByPath('Two.md') as never, stamped);
    expect(await plugin.writer.undoLast()).toMatchObject({ ok: true });
    expect(app.vault.contents.get('Two.md')).toBe(TWO);
  });

  it('reads the log the CLI wrote, and writes it where the CLI reads it', async () => {
    const { app, plugin, board, item } = await ready();
    await board.toggle('One.md', item('Plain task').ref!, true);
    const log = JSON.parse(app.vault.configFiles.get(UNDO)!) as { path: string; message: string; splices: unknown[] }[];
    expect(log).toEqual([{ path: 'One.md', message: 'One.md:3 "Plain task": unchecked → checked', splices: [{ at: 12, inserted: '[x]', removed: '[ ]', before: '#roadmap\n\n- ', after: ' Plain task\n' }] }]);
    // An entry as the CLI writes it (and one of the first, one-splice format) is undone by the plugin.
    app.vault.configFiles.set(UNDO, JSON.stringify([{ path: 'One.md', message: 'from the CLI', at: 12, inserted: '[x]', removed: '[ ]', before: '#roadmap\n\n- ', after: ' Plain task\n' }]));
    expect(await plugin.writer.undoLast()).toEqual({ ok: true, message: 'undone: from the CLI' });
    expect(app.vault.contents.get('One.md')).toBe(ONE);
    expect(JSON.parse(app.vault.configFiles.get(UNDO)!)).toEqual([]);
  });
});
