import { random } from '../../bench/generateVault';

/**
 * A generated vault of real-looking, messy notes (issue 18), each note built from parts
 * whose rendered checkboxes and item titles are known here, independently of the parser:
 * Tasks statuses and emoji, empty tasks, several checkboxes in a table row, answer
 * options, callouts, one-line comments before lists, long tables and lists, CRLF — and
 * things that look like checkboxes but Obsidian does not render as ones (in code,
 * comments, frontmatter), which must not be in the model.
 */
export interface MessyNote {
  path: string;
  text: string;
  /** Checkboxes Obsidian renders in the note, outside code, comments and frontmatter. */
  checkboxes: number;
  /** Every item and task title the model must show, metadata removed. */
  titles: string[];
}

export function* messyVault(count: number, seed = 1): Generator<MessyNote> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  let ids = 0;
  const id = () => (0x100000 + ids++).toString(16);
  for (let n = 0; n < count; n++) {
    const lines: string[] = ['---', 'tags: [roadmap]', `created: {{date}}`, 'aliases:', '  - "- [ ] not a task in frontmatter"', '---', `# Note ${n}`, ''];
    let checkboxes = 0;
    const titles: string[] = [];
    const parts = int(2, 6);
    for (let p = 0; p < parts; p++) {
      const kind = n % 250 === 0 && p === 0 ? pick(['longList', 'longTable']) : pick(['tasks', 'tasks', 'rowBoxes', 'options', 'callout', 'comment', 'code', 'prose']);
      lines.push(`## Part ${p}`);
      if (kind === 'tasks') {
        for (let i = int(1, 6); i > 0; i--) {
          const title = `task ${n}.${p}.${i}`;
          const meta = pick(['', ' 📅 2026-12-04', ' 🔼 🛫 2026-11-20', ' ✅ 2026-11-30', ' 🔁 every week 🆔 abc123', ' [due:: 2026-12-01]', ' ^block1', ' ⏫ ⛔ abc123,def456']);
          lines.push(`- [${pick([' ', 'x', '/', '-', '>', '?', 'X'])}] ${title}${meta}`);
          checkboxes++;
          titles.push(title);
          if (rand() < 0.3) {
            lines.push(`  - [ ] sub ${title}`);
            checkboxes++;
            titles.push(`sub ${title}`);
          }
          if (rand() < 0.1) {
            lines.push('- [ ] ');
            checkboxes++;
            titles.push('');
          }
        }
      } else if (kind === 'rowBoxes') {
        lines.push('| Candidate | Screened / Interviewed | Notes |', '| --- | --- | --- |');
        for (let i = int(1, 4); i > 0; i--) {
          const title = `person ${n}.${p}.${i}`;
          lines.push(`| ${title} | <input type="checkbox" ${pick(['checked', 'unchecked'])} id="${id()}">/<input type="checkbox" unchecked id="${id()}"> | ok |`);
          checkboxes += 2;
          titles.push(title, 'Screened / Interviewed');
        }
      } else if (kind === 'options') {
        lines.push('| Question | Options |', '| --- | --- |');
        const title = `question ${n}.${p}`;
        lines.push(`| ${title} <br>which? | <input type="checkbox">alpha ${n}<br/> <input type="checkbox" checked>beta ${n} |`);
        checkboxes += 2;
        titles.push(title, `alpha ${n}`, `beta ${n}`);
      } else if (kind === 'callout') {
        lines.push('> [!todo] Callout');
        for (let i = int(1, 3); i > 0; i--) {
          const title = `callout ${n}.${p}.${i}`;
          lines.push(`> - [${pick([' ', 'x', '/'])}] ${title}`);
          checkboxes++;
          titles.push(title);
        }
      } else if (kind === 'comment') {
        lines.push('<!-- - [ ] hidden in a comment -->');
        for (let i = int(1, 4); i > 0; i--) {
          const title = `after comment ${n}.${p}.${i}`;
          lines.push(`- [ ] ${title}`);
          checkboxes++;
          titles.push(title);
        }
        lines.push('', '<!--', '- [ ] hidden over lines', '| <input type="checkbox"> | hidden |', '-->');
      } else if (kind === 'code') {
        lines.push('```md', '- [ ] not a task in code', '<input type="checkbox">', '```', '', '%% - [ ] not a task in an Obsidian comment %%');
      } else if (kind === 'prose') {
        lines.push(`Some prose with **bold**, a [[link ${n}]] and \`code - [ ]\`.`, '', 'Another paragraph that goes on for a while about nothing in particular.');
      } else if (kind === 'longList') {
        for (let i = 0; i < 2000; i++) {
          const title = `long item ${i} of note ${n}`;
          lines.push(`${i % 2 ? `${i}.` : '-'} [${i % 3 ? ' ' : 'x'}] ${title}`);
          if (i % 2 === 0) lines.push('');
          checkboxes++;
          titles.push(title);
        }
      } else {
        lines.push('| Project | Done | Notes |', '| --- | --- | --- |');
        for (let i = 0; i < 1000; i++) {
          const title = `long row ${i} of note ${n}`;
          lines.push(`| ${title} | <input type="checkbox" ${i % 4 ? 'unchecked' : 'checked'} id="${id()}"> | a note long enough to make the table long |`);
          checkboxes++;
          titles.push(title);
        }
      }
      lines.push('');
    }
    const text = lines.join('\n');
    yield { path: `messy/${n % 20}/Note ${n}.md`, text: n % 7 === 0 ? text.replace(/\n/g, '\r\n') : text, checkboxes, titles };
  }
}
