// Reliability case 15: hostile content in every place the views show note text stays inert.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import Board from '../../src/ui/board/Board.svelte';
import CheckIn from '../../src/ui/checkin/CheckIn.svelte';
import { openVault, type Harness } from './harness';

const TODAY = '2026-11-23';
const pwned = () => (window as unknown as { __pwned?: number }).__pwned;
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.dispose();
  harness = null;
});

const IMG = '<img src=x onerror="window.__pwned=1">';
const SVG = '<svg onload="window.__pwned=2"></svg>';
const SCRIPT = '<script>window.__pwned=3</script>';
const CSS = '</style><style>*{display:none !important}</style>';
const hostileRoadmap = [
  '#roadmap',
  '',
  `## Group ${IMG}`,
  '',
  '| Done | Objective | Project | Status | Priority | Due | Owner |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  `| <input type="checkbox" id="aaaaaa"> | Obj ${SVG} | Title ${SCRIPT}<br><input type="checkbox" id="bbbbbb"> task ${IMG} | ${CSS} | ${IMG} | 2026-12-01 | ${SVG} |`,
  `| <input type="checkbox" id="cccccc"> | | [x](javascript:window.__pwned=4) [[${IMG}]] | Doing | P1 | | |`,
  '',
  `- [ ] list item ${CSS} [[missing <b onclick=alert(1)>note</b>]]`,
  `  - [ ] nested <a href="javascript:window.__pwned=5">a</a>`,
  '',
  '## Weekly check-in',
  '',
  `- What did I do ${IMG}?`,
  `- Why ${SCRIPT}?`,
  '',
].join('\n');

function expectInert(root: HTMLElement) {
  expect(pwned()).toBeUndefined();
  for (const tag of ['script', 'img', 'svg:not(.svg-icon):not(.roadmap-chart)', 'iframe', 'style', 'b', 'a[href^="javascript"]']) expect(root.querySelectorAll(tag), tag).toHaveLength(0);
  for (const el of root.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(attr, el.outerHTML.slice(0, 80)).not.toMatch(/^on/);
  expect(getComputedStyle(root).display).not.toBe('none');
  expect(getComputedStyle(document.body).display).not.toBe('none');
}

describe('case 15: hostile note content', () => {
  it('board: titles, tasks, lanes, chips, fields, links, unresolved notes and errors show as text in every grouping', async () => {
    // A broken note whose name and error message carry markup too.
    harness = await openVault('example-vault', { 'hostile.md': hostileRoadmap, [`broken ${'<i onmouseover=x>'}.md`]: '---\ntags: [roadmap\n---\n' });
    const screen = await render(Board, { source: harness.index, actions: harness.actions, view: harness.view, tags: ['roadmap'], today: () => TODAY });
    const root = screen.container;
    for (const grouping of ['groups', 'status', 'timeline'] as const) {
      harness.view.update((v) => ({ ...v, grouping, notes: [] }));
      await expect.poll(() => root.querySelectorAll('.roadmap-card').length).toBeGreaterThan(3);
      for (const button of root.querySelectorAll<HTMLElement>('.roadmap-expander[aria-expanded="false"]')) await userEvent.click(button);
      for (const details of root.querySelectorAll('details')) details.open = true;
      expectInert(root);
    }
    const text = root.textContent;
    expect(text).toContain('window.__pwned=3');
    expect(text).toContain('*{display:none !important}');
    expect(text).toContain('<i onmouseover=x>');
  });

  it('check-in: questions, note titles and saved answers show as text; answers are saved as typed', async () => {
    harness = await openVault('example-vault', {
      [`hostile ${IMG}.md`]: hostileRoadmap,
      'Check-ins/2026-W48.md': `## What concept did I learn that I can explain to someone else?\n\n${SVG} ${SCRIPT}\n`,
    });
    const screen = await render(CheckIn, { source: harness.index, actions: harness.checkinActions, tags: ['roadmap'], today: () => TODAY });
    const root = screen.container;
    const prefilled = () => [...root.querySelectorAll('textarea')].find((t) => t.value.includes('<svg'));
    await expect.poll(() => prefilled()?.value ?? '').not.toBe('');
    const answer = prefilled()!;
    expect(answer.value).toBe(`${SVG} ${SCRIPT}`);
    await userEvent.fill(answer, `${IMG} ${CSS}`);
    await userEvent.click(root.querySelector<HTMLElement>('.roadmap-save-row button[type=submit]')!);
    await expect.poll(() => harness!.read('Check-ins/2026-W48.md')).toContain(`${IMG} ${CSS}`);
    expectInert(root);
    // Markup in a question is not part of its text (the model reads text); the rest shows.
    expect(root.textContent).toContain('What did I do ?');
    expect(root.textContent).toContain('window.__pwned=3');
  });
});
