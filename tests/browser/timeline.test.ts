import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { writable } from 'svelte/store';
import { userEvent } from 'vitest/browser';
import { progressSeries } from '../../src/core/checkin/stale';
import { timelineOf } from '../../src/core/timeline/rows';
import type { Roadmap } from '../../src/core/model/types';
import Timeline from '../../src/ui/timeline/Timeline.svelte';
import type { TimelineChoices } from '../../src/ui/timeline/choices';
import { openVault, type Harness } from './harness';

// The roadmap timeline over the example vault in real Chromium (issue 21): zoom, drag,
// keyboard moves, the undated list and the row sparklines; every write read back.
const TODAY = '2026-11-23';
const ROADMAP = '2026 Systems Engineering Roadmap.md';
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.dispose();
  harness = null;
});

async function timeline(choices: TimelineChoices = { zoom: 'year', anchor: null }, width = 1400) {
  harness = await openVault('example-vault');
  const h = harness;
  const view = writable(choices);
  const screen = await render(Timeline, { source: h.index, actions: { ...h.actions, progress: (roadmap: Roadmap) => progressSeries(h.history(), roadmap) }, view, today: () => TODAY });
  screen.container.classList.add('roadmap-view');
  screen.container.style.width = `${width}px`;
  return { h, view, root: screen.container };
}

const item = (root: HTMLElement, title: string) => [...root.querySelectorAll<HTMLElement>('.roadmap-tl-item')].find((el) => el.querySelector('.roadmap-tl-name')?.textContent === title)!;
const lineOf = async (h: Harness, path: string, text: string) => (await h.read(path)).split('\n').find((l) => l.includes(text));

describe('the roadmap timeline', () => {
  it('places every dated item at its dates, as roadmap timeline --json says', async () => {
    const { h, root } = await timeline();
    const model = timelineOf(h.index.snapshot.roadmap, TODAY);
    const track = item(root, 'Complete compiler book').closest<HTMLElement>('.roadmap-tl-track')!.getBoundingClientRect();
    for (const entry of model.rows.flatMap((r) => r.items).filter((e) => e.due!.startsWith('2026'))) {
      const el = item(root, entry.title);
      const at = (el.getBoundingClientRect().left + el.querySelector('.roadmap-tl-mark')!.getBoundingClientRect().width / 2 - track.left) / track.width;
      // Its day's middle, within a few pixels.
      const expected = (Date.parse(entry.due!) - Date.parse('2026-01-01') + 43200000) / (365 * 86400000);
      expect(Math.abs(at - expected) * track.width, entry.title).toBeLessThan(6);
    }
    expect([...root.querySelectorAll('.roadmap-tl-axis .roadmap-tl-tick')].map((t) => t.textContent)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    expect(root.querySelector('.roadmap-tl-today')).not.toBeNull();
    // Beyond the year: an arrow at the edge.
    expect(root.querySelector('.roadmap-tl-edge.is-after')!.textContent).toBe('Write a storage engine from scratch ▸');
    expect(item(root, 'Complete compiler book').classList.contains('is-overdue')).toBe(true);
  });

  it('zooms to a quarter by weeks and a month by days, and steps through periods', async () => {
    const { view, root } = await timeline();
    await userEvent.click([...root.querySelectorAll<HTMLElement>('.roadmap-tl-zoom button')].find((b) => b.textContent === 'Quarter')!);
    expect(root.querySelector('.roadmap-tl-period')!.textContent).toBe('Q4 2026');
    expect(root.querySelector('.roadmap-tl-tick')!.textContent).toBe('1 Oct');
    await userEvent.click(root.querySelector<HTMLElement>('[aria-label="Earlier"]')!);
    await userEvent.click(root.querySelector<HTMLElement>('[aria-label="Earlier"]')!);
    expect(root.querySelector('.roadmap-tl-period')!.textContent).toBe('Q2 2026');
    expect(item(root, 'Complete compiler book')).toBeDefined();
    await userEvent.click([...root.querySelectorAll<HTMLElement>('.roadmap-tl-zoom button')].find((b) => b.textContent === 'Month')!);
    expect(root.querySelector('.roadmap-tl-period')!.textContent).toBe('Apr 2026');
    expect(root.querySelectorAll('.roadmap-tl-axis .roadmap-tl-tick')).toHaveLength(30);
    await userEvent.click(root.querySelector<HTMLElement>('.roadmap-this-week')!);
    expect(root.querySelector('.roadmap-tl-period')!.textContent).toBe('Nov 2026');
    let saved: TimelineChoices | null = null;
    view.subscribe((v) => (saved = v))();
    expect(saved).toEqual({ zoom: 'month', anchor: null });
  });

  it('a diamond dragged a few weeks writes the new date in the row’s own format, and nothing else', async () => {
    const { h, root } = await timeline({ zoom: 'quarter', anchor: '2026-04-01' });
    const before = await h.read(ROADMAP);
    const diamond = item(root, 'Complete compiler book');
    const track = diamond.closest<HTMLElement>('.roadmap-tl-track')!.getBoundingClientRect();
    const mark = diamond.querySelector('.roadmap-tl-mark')!.getBoundingClientRect();
    const x = mark.left + mark.width / 2;
    const y = mark.top + mark.height / 2;
    const pointer = (type: string, clientX: number) => diamond.dispatchEvent(new PointerEvent(type, { pointerId: 1, button: 0, clientX, clientY: y, bubbles: true }));
    pointer('pointerdown', x);
    // To 9 June: three weeks back from 30 June (the quarter's 91 days over the track).
    const target = track.left + ((Date.parse('2026-06-09') - Date.parse('2026-04-01') + 43200000) / (91 * 86400000)) * track.width;
    pointer('pointermove', (x + target) / 2);
    pointer('pointermove', target);
    // While dragging, the diamond is drawn at the date under the pointer.
    await expect.poll(() => diamond.classList.contains('is-dragging')).toBe(true);
    await expect.poll(() => diamond.getAttribute('aria-label')).toBe('Complete compiler book, 9 Jun 2026');
    pointer('pointerup', target);
    diamond.click();
    await expect.poll(() => lineOf(h, ROADMAP, 'Complete compiler book')).toBe('| 2026-06-09 | Complete compiler book                       |');
    const after = await h.read(ROADMAP);
    expect(after.split('\n').filter((l, i) => l !== before.split('\n')[i])).toHaveLength(1);
    expect(h.calls).toEqual([]);
  });

  it('a drag re-dates by the pointer’s movement: grabbing the name beside a diamond and nudging it does not jump by the name’s width', async () => {
    const { h, root } = await timeline({ zoom: 'quarter', anchor: '2026-04-01' });
    const before = await h.read(ROADMAP);
    const diamond = item(root, 'Complete compiler book');
    const name = diamond.getBoundingClientRect();
    const mark = diamond.querySelector('.roadmap-tl-mark')!.getBoundingClientRect();
    // Grab the far end of the name, away from the diamond's mark.
    const x = Math.abs(name.right - 4 - (mark.left + mark.width / 2)) > Math.abs(name.left + 4 - (mark.left + mark.width / 2)) ? name.right - 4 : name.left + 4;
    expect(Math.abs(x - (mark.left + mark.width / 2))).toBeGreaterThan(40);
    const y = name.top + name.height / 2;
    const pointer = (type: string, clientX: number) => diamond.dispatchEvent(new PointerEvent(type, { pointerId: 1, button: 0, clientX, clientY: y, bubbles: true }));
    pointer('pointerdown', x);
    pointer('pointermove', x + 5);
    pointer('pointerup', x + 5);
    diamond.click();
    // 5 px of a 91-day quarter is less than half a week: the date stays.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await h.read(ROADMAP)).toBe(before);
    expect(diamond.getAttribute('aria-label')).toBe('Complete compiler book, 30 Jun 2026');
  });

  it('on touch, a finger that moves mostly up or down scrolls and writes nothing; across, it re-dates', async () => {
    const { h, root } = await timeline({ zoom: 'quarter', anchor: '2026-04-01' });
    const before = await h.read(ROADMAP);
    const diamond = item(root, 'Complete compiler book');
    expect(getComputedStyle(diamond).touchAction).toBe('pan-y');
    const mark = diamond.querySelector('.roadmap-tl-mark')!.getBoundingClientRect();
    const [x, y] = [mark.left + mark.width / 2, mark.top + mark.height / 2];
    const finger = (type: string, clientX: number, clientY: number) => diamond.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch', button: 0, clientX, clientY, bubbles: true }));
    finger('pointerdown', x, y);
    finger('pointermove', x + 1, y + 30);
    finger('pointermove', x + 60, y + 40);
    finger('pointerup', x + 60, y + 40);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await h.read(ROADMAP)).toBe(before);
    expect(diamond.classList.contains('is-dragging')).toBe(false);
    // Across: three weeks back, as with a mouse.
    const track = diamond.closest<HTMLElement>('.roadmap-tl-track')!.getBoundingClientRect();
    const weeks = (21 / 91) * track.width;
    finger('pointerdown', x, y);
    finger('pointermove', x - weeks / 2, y + 2);
    finger('pointermove', x - weeks, y + 3);
    finger('pointerup', x - weeks, y + 3);
    diamond.click();
    await expect.poll(() => lineOf(h, ROADMAP, 'Complete compiler book')).toBe('| 2026-06-09 | Complete compiler book                       |');
  });

  it('Alt+→ on a focused diamond moves it by a week (a day in month zoom); a click opens the note', async () => {
    const { h, root } = await timeline({ zoom: 'year', anchor: null });
    const diamond = item(root, 'Linux debugging proficiency');
    diamond.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => lineOf(h, ROADMAP, 'Linux debugging proficiency')).toBe('| 2026-07-07 | Linux debugging proficiency                  |');
    await userEvent.click(item(root, 'Effect.ts used in production (OctoSpark)'));
    expect(h.calls).toEqual([`open ${ROADMAP}:70`]);
  });

  it('Alt+→ on a focused bar moves its due date, Alt+Shift+→ its start; Alt+← back', async () => {
    harness = await openVault('example-vault', { 'Bars.md': '#roadmap\n\n## Bars\n- [ ] Long bar 🛫 2026-05-04 📅 2026-08-31\n' });
    const h = harness;
    const screen = await render(Timeline, { source: h.index, actions: { ...h.actions, progress: () => [] }, view: writable<TimelineChoices>({ zoom: 'year', anchor: null }), today: () => TODAY });
    screen.container.classList.add('roadmap-view');
    screen.container.style.width = '1400px';
    const bar = () => item(screen.container, 'Long bar');
    bar().focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => lineOf(h, 'Bars.md', 'Long bar')).toBe('- [ ] Long bar 🛫 2026-05-04 📅 2026-09-07');
    bar().focus();
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    await expect.poll(() => lineOf(h, 'Bars.md', 'Long bar')).toBe('- [ ] Long bar 🛫 2026-05-11 📅 2026-09-07');
    bar().focus();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await expect.poll(() => lineOf(h, 'Bars.md', 'Long bar')).toBe('- [ ] Long bar 🛫 2026-05-11 📅 2026-08-31');
    // Without Alt, an arrow writes nothing.
    bar().focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(await lineOf(h, 'Bars.md', 'Long bar')).toBe('- [ ] Long bar 🛫 2026-05-11 📅 2026-08-31');
  });

  it('an undated item gets a date in one click and moves onto the chart', async () => {
    const { h, root } = await timeline();
    expect(root.querySelector<HTMLDetailsElement>('.roadmap-tl-undated')!.open).toBe(true);
    await userEvent.click(root.querySelector<HTMLElement>('[aria-label="Set date: the due date of Build a toy scheduler"]')!);
    const input = root.querySelector<HTMLInputElement>('.roadmap-tl-undated input[type="date"]')!;
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe(TODAY);
    await userEvent.fill(input, '2026-12-18');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => lineOf(h, ROADMAP, 'Build a toy scheduler')).toBe('- Build a toy scheduler 📅 2026-12-18');
    await expect.poll(() => item(root, 'Build a toy scheduler')?.getAttribute('aria-label')).toBe('Build a toy scheduler, 18 Dec 2026');
    expect(root.querySelector('.roadmap-tl-undated summary')!.textContent).toBe('No date (49)');
  });

  it('row headers carry a sparkline of the recorded check-ins, in words for screen readers; at 300 px a list by quarter', async () => {
    const { h, root } = await timeline();
    expect(root.querySelector('.roadmap-sparkline')).toBeNull();
    for (const week of [46, 47]) expect((await h.checkinActions.save({ year: 2026, week }, [{ question: 'What concept did I learn that I can explain to someone else?', answer: 'x' }])).ok).toBe(true);
    await h.writeNote('Projects.md', await h.read('Projects.md')); // any change re-renders
    await expect.poll(() => root.querySelector('.roadmap-sparkline')?.getAttribute('aria-label')).toBe('Milestones over the last check-ins: 0/4, 0/4');
    await harness!.dispose();
    harness = null;
    const narrow = await timeline({ zoom: 'year', anchor: null }, 300);
    await expect.poll(() => [...narrow.root.querySelectorAll('.roadmap-section h3')].map((el) => el.textContent)).toEqual(['Q1 2026', 'Q2 2026', 'Q2 2027']);
    expect(narrow.root.querySelector('.roadmap-tl-chart')).toBeNull();
  });
});
