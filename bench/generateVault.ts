/**
 * A synthetic vault, the same for the same seed: 1 % roadmap notes of 2–20 KB (tables
 * with HTML checkboxes and <br> tasks, task lists with due dates, links, check-in
 * questions) and ordinary notes of 0.5–5 KB (prose, some tasks, links, tags).
 */

/** mulberry32: a small, fast, seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'the a of to and in is for on with as by at from system design data index parser note table task project objective review plan build ship learn write test measure cache worker query model state event stream graph kernel network storage compiler runtime fiber layer schema retry timeout'.split(
    ' ',
  );

export interface SyntheticNote {
  path: string;
  text: string;
  roadmap: boolean;
}

export function noteName(i: number): string {
  return `Note ${i}`;
}

export function notePath(i: number): string {
  return `notes/${i % 100}/${noteName(i)}.md`;
}

export function* generateVault(count: number, seed = 1): Generator<SyntheticNote> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const hex = () => Math.floor(rand() * 0xffffff).toString(16).padStart(6, '0');
  const date = () => `2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const link = () => `[[${noteName(int(0, count - 1))}]]`;
  const box = () => `<input type="checkbox" ${rand() < 0.3 ? 'checked' : 'unchecked'} id="${hex()}">`;

  for (let i = 0; i < count; i++) {
    const roadmap = i % 100 === 0;
    const target = roadmap ? int(2048, 20480) : int(512, 5120);
    const parts: string[] = [];
    let size = 0;
    const add = (text: string) => {
      parts.push(text);
      size += text.length + 1;
    };
    if (roadmap) {
      add('---\ntags:\n  - roadmap\n---');
      add(`# Roadmap ${i}\n`);
      let group = 0;
      while (size < target * 0.6) {
        add('| Done | Objective | Project | Status | Due |');
        add('| ---- | --------- | ------- | ------ | --- |');
        const rows = int(3, 8);
        for (let r = 0; r < rows; r++) {
          const tasks = Array.from({ length: int(0, 3) }, () => `<br>${box()} ${words(int(2, 5))}`).join('');
          add(`| ${box()} | ${r === 0 ? `Objective ${group++}` : ''} | ${words(int(2, 6))} ${rand() < 0.2 ? link() : ''}${tasks} | ${pick(['To do', 'In progress', 'Done', ''])} | ${rand() < 0.4 ? date() : ''} |`);
        }
        add('');
      }
      while (size < target * 0.95) {
        add(`## ${words(int(1, 3))}\n`);
        for (let t = int(2, 6); t > 0; t--) {
          add(`- [${rand() < 0.3 ? 'x' : ' '}] ${words(int(3, 8))}${rand() < 0.3 ? ` 📅 ${date()}` : ''}${rand() < 0.2 ? ` ${link()}` : ''}`);
          for (let s = int(0, 2); s > 0; s--) add(`  - [${rand() < 0.5 ? 'x' : ' '}] ${words(int(2, 5))}`);
        }
        add('');
      }
      add('## Weekly check-in\n- What did I finish this week?\n- What is in the way?\n');
    } else {
      if (rand() < 0.3) add(`---\ntags: [${pick(WORDS)}]\n---`);
      add(`# ${words(int(2, 4))}\n`);
      while (size < target) {
        const kind = rand();
        if (kind < 0.6) add(`${words(int(20, 60))} ${rand() < 0.3 ? link() : ''} ${rand() < 0.2 ? `#${pick(WORDS)}` : ''}\n`);
        else if (kind < 0.8) add(`- [${rand() < 0.5 ? 'x' : ' '}] ${words(int(3, 8))}`);
        else add(`## ${words(int(1, 4))}\n`);
      }
    }
    yield { path: notePath(i), text: parts.join('\n') + '\n', roadmap };
  }
}

/**
 * A personal vault of the shape `--all` meets (SPEC §2.6): mostly long prose notes with
 * the formatting people use (emphasis, code, links, highlights, callouts, code blocks,
 * bullet lists), few tasks and fewer tables. About 6 KB a note, as in a 1,875-note,
 * 11 MB vault measured in the field.
 */
export function* generatePersonalVault(count: number, seed = 1): Generator<SyntheticNote> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const word = () => {
    const w = pick(WORDS);
    const r = rand();
    if (r < 0.02) return `**${w}**`;
    if (r < 0.035) return `*${w}*`;
    if (r < 0.045) return `\`${w}()\``;
    if (r < 0.05) return `[${w}](https://example.com/${w})`;
    if (r < 0.053) return `==${w}==`;
    return w;
  };
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  for (let i = 0; i < count; i++) {
    const target = int(1500, 11000);
    const parts: string[] = [];
    let size = 0;
    const add = (text: string) => {
      parts.push(text);
      size += text.length + 1;
    };
    if (rand() < 0.4) add(`---\ncreated: 2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}\ntags: [${pick(WORDS)}]\n---`);
    add(`# ${sentence(int(2, 5))}\n`);
    const tasky = rand() < 0.05;
    while (size < target) {
      const kind = rand();
      if (kind < 0.62) add(`${sentence(int(25, 90))}.${rand() < 0.15 ? ` See [[${noteName(int(0, count - 1))}]].` : ''}\n`);
      else if (kind < 0.72) add(`## ${sentence(int(1, 4))}\n`);
      else if (kind < 0.84) {
        for (let b = int(2, 6); b > 0; b--) add(`- ${sentence(int(4, 14))}`);
        add('');
      } else if (kind < 0.9) add(`> [!note] ${sentence(int(1, 3))}\n> ${sentence(int(10, 30))}\n`);
      else if (kind < 0.94) add(`\`\`\`js\nconst ${pick(WORDS)} = ${int(1, 99)};\n// ${sentence(int(3, 8))}\n\`\`\`\n`);
      else if (kind < 0.97 && tasky) {
        for (let t = int(2, 5); t > 0; t--) add(`- [${pick([' ', 'x', ' ', '/'])}] ${sentence(int(3, 8))}`);
        add('');
      } else if (kind < 0.975) add(`| ${pick(WORDS)} | ${pick(WORDS)} |\n| --- | --- |\n| ${sentence(3)} | ${sentence(2)} |\n`);
      else add(`![[image ${int(1, 50)}.png]]\n`);
    }
    yield { path: `personal/${i % 40}/${noteName(i)}.md`, text: parts.join('\n') + '\n', roadmap: false };
  }
}
