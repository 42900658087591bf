import { readTarget, type Target } from '../core/edit/target';
import { refOf } from '../core/model/ref';
import { checkboxesOf } from '../core/parse/checkboxesOf';
import { extractNote } from '../core/parse/extract';
import type { Checkbox } from '../core/parse/types';
import { UsageError } from './args';
import { Refusal } from './io';
import type { FsVault } from './fsVault';

/** A checkbox a typed target named: its note and a ref the write finds it by (stale guard). */
export interface NamedCheckbox {
  path: string;
  ref: string;
}

const HOW = 'a checkbox is named by its ref, its id (#7d8cec) or path:line[:n] — "roadmap board --refs" shows them';

/** An argument quoted back in a message: refs are long, so cut to 40 characters. */
export const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads the targets people type (SPEC §7) against a vault folder: the line as it is now,
 * an id that is unique in the vault. Each note is parsed at most once per command.
 */
export class VaultTargets {
  private readonly boxes = new Map<string, Checkbox[]>();
  private ids: Map<string, { path: string; box: Checkbox }[]> | null = null;

  constructor(private readonly vault: FsVault) {}

  /** The checkbox a target names: for toggle (and every command that acts on a checkbox). */
  async checkbox(text: string | undefined, command: string): Promise<NamedCheckbox> {
    if (!text) throw new UsageError(`${command} needs a checkbox: ${HOW}`);
    const target = readTarget(text);
    if (!target) throw new UsageError(`"${shorten(text)}" is not a target: ${HOW}`);
    if (target.kind === 'ref') return { path: await this.notePath(target.path), ref: target.ref };
    if (target.kind === 'id') return this.byId(target.id);
    const path = await this.notePath(target.path);
    const onLine = (await this.boxesOf(path)).filter((box) => box.line === target.line);
    const where = `${path}:${target.line}`;
    if (!onLine.length) throw new Refusal(`${where} has no checkbox; nothing was changed`);
    if (target.n === null && onLine.length > 1) {
      throw new UsageError(`${where} has ${onLine.length} checkboxes; add :1 to :${onLine.length} to choose one (e.g. ${where}:1)`);
    }
    const n = target.n ?? 1;
    if (n > onLine.length) throw new UsageError(`${where} has ${onLine.length === 1 ? 'one checkbox' : `${onLine.length} checkboxes`}, not ${n}`);
    return { path, ref: refOf(path, onLine[n - 1]) };
  }

  /**
   * What set-status and add-task act on: an item by its checkbox (any form of target),
   * or by `path:line` alone for a row or list item without a checkbox.
   */
  async item(text: string | undefined, command: string): Promise<Target> {
    if (!text) throw new UsageError(`${command} needs an item: its checkbox (ref, #id or path:line:n) or path:line`);
    const target = readTarget(text);
    if (target?.kind === 'line' && target.n === null) return { path: await this.notePath(target.path), line: target.line };
    const named = await this.checkbox(text, command);
    return { path: named.path, ref: named.ref };
  }

  /** The short target `board --refs` prints: `#id` when unique in the vault, else path:line, with `:n` when the line has several. */
  async shortTarget(path: string, box: Checkbox): Promise<string> {
    if (box.id && (await this.idIndex()).get(box.id)?.length === 1) return `#${box.id}`;
    const onLine = (await this.boxesOf(path)).filter((other) => other.line === box.line);
    return onLine.length > 1 ? `${path}:${box.line}:${onLine.findIndex((other) => other.start === box.start) + 1}` : `${path}:${box.line}`;
  }

  async boxesOf(path: string): Promise<Checkbox[]> {
    let boxes = this.boxes.get(path);
    if (!boxes) {
      boxes = checkboxesOf(extractNote(path, await this.vault.read(path)));
      this.boxes.set(path, boxes);
    }
    return boxes;
  }

  private async byId(id: string): Promise<NamedCheckbox> {
    const found = (await this.idIndex()).get(id) ?? [];
    if (!found.length) throw new Refusal(`no checkbox in the vault has the id "${id}"; nothing was changed`);
    if (found.length > 1) {
      const places = found.map(({ path, box }) => `${path}:${box.line}`).join(', ');
      throw new Refusal(`${found.length} checkboxes have the id "${id}" (${places}); name one by path:line[:n]; nothing was changed`);
    }
    const [{ path, box }] = found;
    return { path, ref: refOf(path, box) };
  }

  /** Every HTML checkbox id of the vault's notes (only notes that mention `id=` are parsed). */
  private async idIndex(): Promise<Map<string, { path: string; box: Checkbox }[]>> {
    if (this.ids) return this.ids;
    const ids = new Map<string, { path: string; box: Checkbox }[]>();
    for (const file of await this.vault.list()) {
      if (!file.path.toLowerCase().endsWith('.md')) continue;
      const text = await this.vault.read(file.path);
      if (!/\bid\s*=/i.test(text)) continue;
      if (!this.boxes.has(file.path)) this.boxes.set(file.path, checkboxesOf(extractNote(file.path, text)));
      for (const box of this.boxes.get(file.path)!) {
        if (!box.id) continue;
        const list = ids.get(box.id) ?? [];
        list.push({ path: file.path, box });
        ids.set(box.id, list);
      }
    }
    this.ids = ids;
    return ids;
  }

  /** A note path as typed: as given, or with `.md` added; an error that says so when neither exists. */
  async notePath(path: string): Promise<string> {
    const stat = await this.vault.stat(path);
    if (stat) return path;
    if (!/\.md$/i.test(path) && (await this.vault.stat(`${path}.md`))) return `${path}.md`;
    throw new Refusal(`${path} is not a note in this vault; nothing was changed`);
  }
}
