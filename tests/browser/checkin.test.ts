import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import CheckIn from '../../src/ui/checkin/CheckIn.svelte';
import { openVault, type Harness } from './harness';

const TODAY = '2026-11-23'; // Monday of 2026-W48
const Q1 = 'What concept did I learn that I can explain to someone else?';
const Q2 = 'What code did I write that uses this knowledge?';
const Q3 = 'What confused me that I need to revisit?';
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.dispose();
  harness = null;
});

async function checkin(extra: Record<string, string> = {}) {
  harness = await openVault('example-vault', extra);
  const screen = await render(CheckIn, { source: harness.index, actions: harness.checkinActions, tags: ['roadmap'], today: () => TODAY });
  const root = screen.container;
  await expect.poll(() => root.querySelectorAll('textarea').length).toBe(3);
  await expect.poll(() => root.querySelector('textarea')!.disabled).toBe(false);
  return { h: harness, root, screen };
}
const area = (root: HTMLElement, question: string) =>
  [...root.querySelectorAll('.roadmap-question')].find((l) => l.querySelector('span')!.textContent === question)!.querySelector('textarea')!;
const listed = (root: HTMLElement, id: string) => [...root.querySelectorAll(`[aria-labelledby="${id}"] li .roadmap-card-title`)].map((b) => b.textContent);

describe('weekly check-in view', () => {
  it('shows the week, the questions of the roadmap note, and the in-progress items', async () => {
    const { root } = await checkin();
    // The week by its days, and its ISO number; the note it saves into is 2026-W48.md.
    expect(root.querySelector('.roadmap-week-days')!.textContent).toBe('23–29 Nov 2026');
    expect(root.querySelector('.roadmap-week-number')!.textContent).toBe('Week 48');
    expect(root.querySelector('.roadmap-this-week')).toBeNull();
    expect(root.querySelector('legend')!.textContent).toBe('2026 Systems Engineering Roadmap');
    expect([...root.querySelectorAll('.roadmap-question > span')].map((s) => s.textContent)).toEqual([Q1, Q2, Q3]);
    expect(listed(root, 'roadmap-in-progress')).toEqual(['Writing an Interpreter in Go', 'Effect.ts Docs', 'Write a storage engine from scratch']);
    expect(root.querySelector('[aria-labelledby="roadmap-done-since"]')!.textContent).toContain('No earlier check-in yet');
    expect(root.querySelector('.roadmap-save-state')!.textContent.trim()).toBe('No note for this week yet');
  });

  it('Mod+Enter saves the answers into the week note; they come back when the view opens again', async () => {
    const { h, root, screen } = await checkin();
    await userEvent.fill(area(root, Q1), 'Fibers are green threads.');
    await userEvent.fill(area(root, Q3), 'How layers\ncompose');
    expect(root.querySelector('.roadmap-save-state')!.textContent.trim()).toBe('Unsaved changes');
    area(root, Q3).focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect.poll(() => h.read('Check-ins/2026-W48.md').catch(() => '')).toContain(`## ${Q1}\n\nFibers are green threads.\n\n## ${Q2}\n\n## ${Q3}\n\nHow layers\ncompose\n`);
    await expect.poll(() => root.querySelector('.roadmap-save-state')!.textContent.trim()).toBe('Saved');
    expect(root.querySelector('.roadmap-save-row .roadmap-linked-note')).not.toBeNull();

    await screen.unmount();
    const again = await render(CheckIn, { source: h.index, actions: h.checkinActions, tags: ['roadmap'], today: () => TODAY });
    await expect.poll(() => area(again.container, Q1)?.value).toBe('Fibers are green threads.');
    expect(area(again.container, Q3).value).toBe('How layers\ncompose');
    expect(again.container.querySelector('.roadmap-save-state')!.textContent.trim()).toBe('Up to date');
  });

  it("pre-fills from what the week's note already says, and keeps drafts across weeks", async () => {
    const note = `# Week 47\n\n## ${Q2}\n\nAn interpreter in Go.\n\n## Mine\nkept\n`;
    const { h, root } = await checkin({ 'Check-ins/2026-W47.md': note });
    await userEvent.fill(area(root, Q1), 'draft for 48');
    await userEvent.click(root.querySelector<HTMLElement>('[aria-label="Previous week"]')!);
    await expect.poll(() => area(root, Q2).value).toBe('An interpreter in Go.');
    expect(area(root, Q1).value).toBe('');
    await userEvent.fill(area(root, Q2), 'A compiler in Go.');
    await userEvent.click(root.querySelector<HTMLElement>('.roadmap-save-row button[type=submit]')!);
    // The answer changes, and the groups' progress goes into a frontmatter; nothing else.
    const body = (text: string) => text.replace(/^---\nroadmap-progress:\n(?: {2}.+: \d+\/\d+\n)+---\n/, '');
    await expect.poll(async () => body(await h.read('Check-ins/2026-W47.md'))).toBe(note.replace('An interpreter in Go.', 'A compiler in Go.'));
    expect(await h.read('Check-ins/2026-W47.md')).toMatch(/^---\nroadmap-progress:\n {2}Objectives: 0\/4\n/);
    await userEvent.click(root.querySelector<HTMLElement>('.roadmap-this-week')!);
    await expect.poll(() => area(root, Q1).value).toBe('draft for 48');
  });

  it('lists what became done since the last check-in, after toggles in the view', async () => {
    const { root } = await checkin();
    await userEvent.click(root.querySelector<HTMLElement>('[aria-label="Previous week"]')!);
    await expect.poll(() => root.querySelector('.roadmap-week-days')!.textContent).toBe('16–22 Nov 2026');
    expect(root.querySelector('.roadmap-this-week')!.textContent).toBe('This week (23–29 Nov 2026)');
    await userEvent.fill(area(root, Q1), 'saved in 47');
    await userEvent.click(root.querySelector<HTMLElement>('.roadmap-save-row button[type=submit]')!);
    await expect.poll(() => root.querySelector('.roadmap-save-state')!.textContent.trim()).toBe('Saved');
    await userEvent.click(root.querySelector<HTMLElement>('.roadmap-this-week')!);
    await expect.poll(() => root.querySelector('[aria-labelledby="roadmap-done-since"]')!.textContent).toContain('Nothing new since then.');

    const storage = [...root.querySelectorAll('[aria-labelledby="roadmap-in-progress"] .roadmap-card')].find((c) => c.textContent.includes('Write a storage engine'))!;
    const memtable = [...storage.querySelectorAll('.roadmap-task label')].find((l) => l.textContent.includes('Build a memtable and WAL'))!;
    await userEvent.click(memtable.querySelector('input')!);
    await expect.poll(() => listed(root, 'roadmap-done-since')).toEqual(['Build a memtable and WAL']);
    expect(root.querySelector('#roadmap-done-since')!.textContent).toBe('Done since last check-in (1)');
  });

  it('renders hostile questions and answers as text', async () => {
    const hostile = '#roadmap\n\n## Weekly check-in\n- <img src=x onerror="window.__pwned=1"> why?\n- What about <script>window.__pwned=2</script>?\n';
    harness = await openVault('', { 'plan.md': hostile });
    // Inline HTML is not part of a question's text; answer the second one, whatever it reads.
    const second = harness.index.snapshot.roadmap.checkins[0].questions[1];
    await harness.writeNote('Check-ins/2026-W48.md', `## ${second}\n\n<svg onload="window.__pwned=3"></svg>\n`);
    const screen = await render(CheckIn, { source: harness.index, actions: harness.checkinActions, tags: ['roadmap'], today: () => TODAY });
    await expect.poll(() => screen.container.querySelectorAll('textarea').length).toBe(2);
    await expect.poll(() => screen.container.querySelectorAll('textarea')[1].value).toBe('<svg onload="window.__pwned=3"></svg>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    for (const tag of ['img', 'script', 'svg:not(.svg-icon)']) expect(screen.container.querySelectorAll(tag), tag).toHaveLength(0);
  });
});

describe('overdue and due this week in the check-in', () => {
  const soon = ['#roadmap', '', '## Errands', '- [ ] Renew the domain 📅 2026-11-26', '- [ ] File taxes 📅 2026-12-02', '- [x] Done already 📅 2026-11-24', ''].join('\n');

  it('lists open overdue items and those due this week, with the card menu; moving one writes it and it leaves the list', async () => {
    const { h, root } = await checkin({ 'Errands.md': soon });
    await expect.poll(() => listed(root, 'roadmap-overdue')).toEqual(['Effect.ts used in production (OctoSpark)', 'Complete interpreter book', 'Complete compiler book', 'Linux debugging proficiency']);
    expect(listed(root, 'roadmap-due-week')).toEqual(['Renew the domain']);
    expect(root.querySelector('#roadmap-due-week')!.textContent).toBe('Due this week (1)');
    const renew = [...root.querySelectorAll<HTMLElement>('[aria-labelledby="roadmap-due-week"] .roadmap-card')][0];
    await userEvent.click(renew.querySelector<HTMLElement>('.roadmap-card-menu-button')!);
    await userEvent.click([...document.querySelectorAll<HTMLElement>('.roadmap-card-menu [role="menuitemradio"]')].find((el) => el.textContent === 'Done')!);
    // The note writes Tasks' dates, so the move stamps today's done date.
    await expect.poll(() => h.read('Errands.md')).toBe(soon.replace('- [ ] Renew the domain 📅 2026-11-26', '- [x] Renew the domain 📅 2026-11-26 ✅ 2026-11-23'));
    await expect.poll(() => listed(root, 'roadmap-due-week')).toEqual([]);
    expect(root.querySelector('[aria-labelledby="roadmap-due-week"]')!.textContent).toContain('Nothing due.');
    // Next week: its own days, what falls due in them.
    await userEvent.click(root.querySelector<HTMLElement>('[aria-label="Next week"]')!);
    await expect.poll(() => root.querySelector('#roadmap-due-week')!.textContent).toBe('Due 30 Nov – 6 Dec 2026 (1)');
    expect(listed(root, 'roadmap-due-week')).toEqual(['File taxes']);
  });
});

describe('stale items and progress charts', () => {
  it('three check-ins that saw the doing items unchanged name them stale; each answer writes or remembers; the charts say their numbers', async () => {
    harness = await openVault('example-vault');
    for (const week of [45, 46, 47]) {
      expect((await harness.checkinActions.save({ year: 2026, week }, [{ question: Q1, answer: `week ${week}` }])).ok).toBe(true);
    }
    const h = harness;
    const screen = await render(CheckIn, { source: h.index, actions: h.checkinActions, tags: ['roadmap'], today: () => TODAY });
    const root = screen.container;
    const staleTitles = () => [...root.querySelectorAll('.roadmap-stale-item .roadmap-card-title')].map((el) => el.textContent);
    await expect.poll(staleTitles).toEqual(['Writing an Interpreter in Go', 'Effect.ts Docs', 'Write a storage engine from scratch']);
    const answer = (title: string, label: string) =>
      [...root.querySelectorAll<HTMLElement>('.roadmap-stale-item')].find((el) => el.querySelector('.roadmap-card-title')!.textContent === title)!.querySelector<HTMLElement>(`.roadmap-stale-actions button:nth-child(${['Done', 'Drop', 'Still on it'].indexOf(label) + 1})`)!;
    await userEvent.click(answer('Write a storage engine from scratch', 'Still on it'));
    await expect.poll(staleTitles).toEqual(['Writing an Interpreter in Go', 'Effect.ts Docs']);
    expect(h.history().still).toEqual({ 'long term bets.md\u241fSystems depth\u241fWrite a storage engine from scratch': '2026-W51' });
    const before = await h.read('2026 Systems Engineering Roadmap.md');
    await userEvent.click(answer('Effect.ts Docs', 'Done'));
    await expect.poll(staleTitles).toEqual(['Writing an Interpreter in Go']);
    await userEvent.click(answer('Writing an Interpreter in Go', 'Drop'));
    await expect.poll(staleTitles).toEqual([]);
    expect(await h.read('2026 Systems Engineering Roadmap.md')).toBe(
      before.replace('| Effect.ts Docs               | Docs      | Active      |', '| Effect.ts Docs               | Docs      | Done        |').replace('| Writing an Interpreter in Go | Book      | In Progress |', '| Writing an Interpreter in Go | Book      | Cancelled   |'),
    );
    // A chart per group, its numbers said in words for screen readers.
    const charts = [...root.querySelectorAll('.roadmap-burnup')];
    expect(charts.map((c) => c.querySelector('.roadmap-burnup-group')!.textContent)).toContain('Milestones');
    const milestones = charts.find((c) => c.querySelector('.roadmap-burnup-group')!.textContent === 'Milestones')!;
    expect(milestones.querySelector('svg')!.getAttribute('aria-label')).toBe('Milestones: 0 of 4 done in 2026-W45, 0 of 4 done in 2026-W46, 0 of 4 done in 2026-W47');
    expect(milestones.querySelectorAll('circle')).toHaveLength(3);
    const done = milestones.querySelector<SVGPolylineElement>('.roadmap-burnup-done')!;
    expect(getComputedStyle(done).stroke).not.toBe('none');
  });
});
