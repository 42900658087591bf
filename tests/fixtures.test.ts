import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../src/core/edit/toggle';
import { decodeRef, refOf } from '../src/core/model/ref';
import { checkboxesOf } from '../src/core/parse/checkboxesOf';
import { extractNote } from '../src/core/parse/extract';
import { diffRange } from './helpers/notes';
import { cli, copyVault, snapshot } from './helpers/tempVault';
import { BARE } from './helpers/rules';

// Each folder under tests/fixtures is a small vault with the model it must give
// (model.json), written by hand or reviewed line by line. Refs are opaque strings, so the
// expectations hold them decoded to what a reviewer can check against the note: the
// checkbox's line, its place on the line, its kind and its HTML id. A missing expectation
// fails; only UPDATE_FIXTURES=1 writes one (then review the diff).
const root = join(__dirname, 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

interface Reviewable {
  line: number;
  nth: number;
  kind: string;
  id: string | null;
}

/** The model with every ref decoded to {line, nth, kind, id}; checks each ref on the way. */
function reviewable(value: unknown, texts: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => reviewable(v, texts));
  if (!value || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(object)) {
    if (key === 'ref' && typeof field === 'string') out.ref = decoded(field, object.path as string, texts);
    else out[key] = reviewable(field, texts);
  }
  return out;
}

/** A ref decoded; it must name its own note, and a checkbox of its kind at its offset. */
function decoded(ref: string, path: string, texts: Map<string, string>): Reviewable {
  const data = decodeRef(ref);
  expect(data, ref).not.toBeNull();
  expect(data!.path).toBe(path);
  const text = texts.get(path)!;
  const at = text.slice(data!.offset, data!.offset + 6);
  if (data!.kind === 'gfm') expect(at, `${path}:${data!.line}`).toMatch(/^\[[^[\]\\\r\n\t]\]/);
  else expect(at.toLowerCase(), `${path}:${data!.line}`).toBe('<input');
  expect(text.slice(0, data!.offset).split('\n').length).toBe(data!.line);
  return { line: data!.line, nth: data!.nth, kind: data!.kind, id: data!.id };
}

/** JSON with two-space indents and each decoded ref on one line, as the files hold it. */
function formatted(model: unknown): string {
  const ref = /\{\n\s+"line": (\d+),\n\s+"nth": (\d+),\n\s+"kind": ("\w+"),\n\s+"id": (null|"[^"\n]*")\n\s+\}/g;
  return JSON.stringify(model, null, 2).replace(ref, '{ "line": $1, "nth": $2, "kind": $3, "id": $4 }') + '\n';
}

describe('fixture vaults give their expected model', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    const optionsFile = join(folder, 'options.json');
    const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { vault?: string; args?: string[] }) : {};
    it(name, async () => {
      const vault = copyVault(options.vault ? join(folder, options.vault) : folder);
      const before = snapshot(vault);
      const result = await cli('index', vault, '--json', ...(options.args ?? []));
      expect(result.code).toBe(0);
      // Frontmatter a template left unfilled (`created: {{date}}`) prints no YAML warning.
      if (name === 'real-notes') expect(result.stderr).toBe('');
      const model = JSON.parse(result.stdout) as { notes: { path: string }[] };
      const texts = new Map(model.notes.map((note) => [note.path, readFileSync(join(vault, note.path), 'utf8')]));
      const actual = reviewable(model, texts);
      const expectedFile = join(folder, 'model.json');
      if (update) writeFileSync(expectedFile, formatted(actual));
      expect(existsSync(expectedFile), `${expectedFile} is missing: write it by hand, or run UPDATE_FIXTURES=1 and review it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
      // Indexing never writes to the vault.
      expect(snapshot(vault)).toEqual(before);
    });
  }
});

// Every checkbox of every fixture note toggles on its own line, touching only its own
// bytes, and toggling twice gives the identical file back (SPEC §3) — unless it is a
// spelling that takes the canonical form on its first toggle, or a status that moves on
// to another one (`[/]` → `[x]` → `[ ]`).
describe('every checkbox of the fixture vaults toggles in place', () => {
  const notes = readdirSync(root)
    .sort()
    .flatMap((name) => markdownFiles(join(root, name)));
  for (const file of notes) {
    it(file.slice(root.length + 1), () => {
      const text = readFileSync(file, 'utf8');
      const boxes = checkboxesOf(extractNote(file, text));
      for (const box of boxes) {
        const once = toggleCheckbox(text, refOf(file, box), undefined, BARE);
        expect(once.ok, `${file}:${box.line}`).toBe(true);
        if (!once.ok) continue;
        const changed = diffRange(text, once.text);
        expect(changed, `${file}:${box.line}`).not.toBeNull();
        expect(changed![0]).toBeGreaterThanOrEqual(box.start);
        expect(changed![1]).toBeLessThanOrEqual(box.end);
        const twice = toggleCheckbox(once.text, refOf(file, checkboxesOf(extractNote(file, once.text)).find((b) => b.start === box.start)!), undefined, BARE);
        const bytes = text.slice(box.start, box.end);
        const roundTrips = box.kind === 'gfm' ? box.status === ' ' || box.status === 'x' : !/checked\s*=/i.test(bytes) && !/[A-Z][a-z]*checked|Unchecked|[Cc][a-z]*[A-Z]/.test(bytes.replace(/CHECKED|UNCHECKED/g, ''));
        if (roundTrips) expect(twice.ok && twice.text, `${file}:${box.line} ${bytes}`).toBe(text);
      }
    });
  }
});

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}
