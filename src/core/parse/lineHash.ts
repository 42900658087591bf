import { fnv1a } from './hash';
import { STATUS_CHAR } from '../model/statuses';
import { htmlCheckboxesIn, INPUT_TAG_GLOBAL, parseHtmlCheckbox } from './htmlCheckbox';
import { STAMP_SOURCE, withoutStamps } from './stamps';
import { ALL_STATE_WORDS } from '../model/stateWords';

/**
 * Fingerprint of a line that ignores the state of its checkboxes, its done and cancelled
 * stamps and a table row's Status words, so that a ref still recognises its line after
 * the product's own writes to it (SPEC §3: refs survive the product's own writes).
 */
export function lineFingerprint(line: string): string {
  const normalised = withoutStamps(line.replace(/\r$/, ''))
    .replace(STATUS_CELL, '|§')
    .replace(INPUT_TAG_GLOBAL, (tag) => {
      const box = parseHtmlCheckbox(tag);
      return box ? `<cb ${box.id ?? ''}>` : tag;
    })
    .replace(MARKER, '[?]');
  return fnv1a(normalised.trim());
}

/** A cell of a table row holding only a state's word (as a Status cell does): one truth writes it with the checkbox. */
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
const STATUS_CELL = new RegExp(`\\|[ \\t]*(?:${ALL_STATE_WORDS.map(escaped).join('|')})[ \\t]*(?=\\|)`, 'giu');
const MARKER = new RegExp(`\\[${STATUS_CHAR}\\]`, 'g');

/**
 * The stretches of a line that its fingerprint keeps as they are: the line cut at its
 * checkboxes, stamps and Status words. Lines with the same fingerprint share each of
 * them verbatim, so a plain search for one finds every twin (locate.ts).
 */
export function stableStretches(line: string): string[] {
  const marked = line.replace(/\r$/, '').replace(STAMPS, CUT).replace(STATUS_CELL, `|${CUT}`);
  return marked.split(CUT_OR_CHECKBOX);
}

const CUT = '\u0000';
const STAMPS = new RegExp(STAMP_SOURCE, 'gu');
const CHECKBOX_LIKE = new RegExp(`<input(?=[\\s/>])[^>]*>|\\[${STATUS_CHAR}\\]`, 'gi');
const CUT_OR_CHECKBOX = new RegExp(`${CUT}|${CHECKBOX_LIKE.source}`, 'i');

/**
 * Start columns of everything on a line that could be a checkbox. Refs count a
 * checkbox's place on its line with this same function when they look for it again.
 */
export function checkboxColumns(line: string): number[] {
  const columns: number[] = [];
  for (const match of line.matchAll(CHECKBOX_LIKE)) {
    if (match[0][0] === '[' || parseHtmlCheckbox(match[0])) columns.push(match.index);
  }
  return columns;
}

/**
 * Lines that could hold a checkbox, grouped by fingerprint (line numbers in order), and
 * how many checkboxes carry each HTML id: what tells twins apart in refs.
 */
export interface TwinIndex {
  linesByHash: Map<string, number[]>;
  idCounts: Map<string, number>;
  /** Fingerprint and checkbox columns of each line with a checkbox, computed once here. */
  lineFacts: Map<number, { hash: string; columns: number[] }>;
}

export function twinIndex(lineTexts: (line: number) => string, lineCount: number): TwinIndex {
  const linesByHash = new Map<string, number[]>();
  const idCounts = new Map<string, number>();
  const lineFacts = new Map<number, { hash: string; columns: number[] }>();
  for (let line = 1; line <= lineCount; line++) {
    const text = lineTexts(line);
    if (!text.includes('[') && !text.includes('<')) continue;
    const columns = checkboxColumns(text);
    if (!columns.length) continue;
    const hash = lineFingerprint(text);
    lineFacts.set(line, { hash, columns });
    const list = linesByHash.get(hash);
    if (list) list.push(line);
    else linesByHash.set(hash, [line]);
    for (const { id } of htmlCheckboxesIn(text)) if (id) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  }
  return { linesByHash, idCounts, lineFacts };
}
