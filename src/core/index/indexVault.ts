import { extractNote } from '../parse/extract';
import { scanNote } from '../parse/scan';
import type { NoteDoc } from '../parse/types';
import { roleWords } from '../model/columns';
import { LinkResolver } from '../model/resolve';
import { buildRoadmap } from '../model/roadmap';
import { isRoadmapNote } from '../model/selection';
import type { NoteError, Roadmap } from '../model/types';
import type { VaultPort } from '../ports';
import type { Settings } from '../settings';

export interface IndexResult {
  roadmap: Roadmap;
  /** Notes that could not be read or parsed, or whose frontmatter is broken. */
  errors: NoteError[];
  /** The extract of every note read, by path. */
  docs: Map<string, NoteDoc>;
}

const isNote = (path: string) => path.toLowerCase().endsWith('.md');

/**
 * Reads a vault into the model: scans every note cheaply to find the roadmap notes,
 * parses only those, then follows their wikilinks up to `linkDepth` hops. Never writes.
 */
export async function indexVault(vault: VaultPort, settings: Settings): Promise<IndexResult> {
  const files = await vault.list();
  const resolver = new LinkResolver(files.map((file) => file.path));
  const docs = new Map<string, NoteDoc>();
  const errors: NoteError[] = [];
  const fail = (path: string, error: unknown) => errors.push({ path, message: messageOf(error) });

  const read = async (path: string): Promise<string | null> => {
    try {
      return await vault.read(path);
    } catch (error) {
      fail(path, error);
      return null;
    }
  };
  const parse = (path: string, text: string, scan = scanNote(text)) => {
    try {
      const doc = extractNote(path, text, scan);
      docs.set(path, doc);
      if (doc.frontmatterError) fail(path, doc.frontmatterError);
      return doc;
    } catch (error) {
      fail(path, error);
      return null;
    }
  };

  let frontier: NoteDoc[] = [];
  for (const file of files) {
    if (!isNote(file.path)) continue;
    const text = await read(file.path);
    if (text === null) continue;
    const scan = scanNote(text);
    if (!isRoadmapNote(file.path, scan, settings)) continue;
    const doc = parse(file.path, text, scan);
    if (doc) frontier.push(doc);
  }

  const tried = new Set(docs.keys());
  for (const path of errors.map((error) => error.path)) tried.add(path);
  for (let depth = 1; depth <= settings.linkDepth && frontier.length; depth++) {
    const next: NoteDoc[] = [];
    for (const doc of frontier) {
      for (const link of doc.links) {
        const target = resolver.resolve(link.target, doc.path);
        if (!target || !isNote(target) || tried.has(target)) continue;
        tried.add(target);
        const text = await read(target);
        const linked = text === null ? null : parse(target, text);
        if (linked) next.push(linked);
      }
    }
    frontier = next;
  }

  const roadmap = buildRoadmap(docs.values(), resolver, roleWords(settings.columnWords));
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { roadmap, errors, docs };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
