import { TFile, type App, type CachedMetadata } from 'obsidian';
import type { NoteScan } from '../core/parse/scan';
import type { VaultFile, VaultPort } from '../core/ports';
import { sourceEditor } from './editors';

/**
 * The VaultPort over Obsidian's vault: cachedRead to index, Vault.process to write. A
 * note open in an editor is read as the editor holds it — what the person sees, and what
 * the editor's pending save will write — so the plugin's own editor writes show at once
 * and the save that follows changes nothing.
 */
export class ObsidianVault implements VaultPort {
  constructor(private readonly app: App) {}

  async list(): Promise<VaultFile[]> {
    return this.app.vault.getFiles().map((file) => ({ path: file.path, mtime: file.stat.mtime, size: file.stat.size }));
  }

  async read(path: string): Promise<string> {
    const editor = sourceEditor(this.app, path);
    return editor ? editor.getValue() : this.app.vault.cachedRead(this.file(path));
  }

  async process(path: string, edit: (text: string) => string): Promise<string> {
    return this.app.vault.process(this.file(path), edit);
  }

  async stat(path: string): Promise<VaultFile | null> {
    const file = this.app.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? { path, mtime: file.stat.mtime, size: file.stat.size } : null;
  }

  file(path: string): TFile {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) throw new Error(`${path} is not a note in this vault`);
    return file;
  }
}

/**
 * What Obsidian's metadata cache already knows of a note's tags and `roadmap:` flag, so
 * the index reads only the notes that matter. Null when the cache has nothing yet.
 */
export function scanFromCache(app: App, path: string): NoteScan | null {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return null;
  const cache = app.metadataCache.getFileCache(file);
  // Frontmatter Obsidian could not parse: the cache has its place but not its fields, so
  // it cannot tell the note's tags. The index reads the note itself, finds the YAML
  // error, and lists it when the note names a roadmap tag (as the CLI does).
  if (cache?.frontmatterPosition && !cache.frontmatter) return null;
  return cache ? scanOf(cache) : null;
}

function scanOf(cache: CachedMetadata): NoteScan {
  const tags: string[] = [];
  const frontmatter = cache.frontmatter ?? {};
  const raw: unknown = frontmatter.tags ?? frontmatter.tag;
  for (const entry of Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]) {
    if (typeof entry === 'string' || typeof entry === 'number') {
      for (const part of String(entry).split(/[,\s]+/)) if (part.replace(/^#+/, '')) tags.push(part.replace(/^#+/, ''));
    }
  }
  for (const tag of cache.tags ?? []) tags.push(tag.tag.replace(/^#+/, ''));
  const flag: unknown = frontmatter.roadmap;
  return {
    tags: [...new Set(tags)],
    roadmapFlag: flag === true || (typeof flag === 'string' && flag.trim().toLowerCase() === 'true'),
    frontmatterError: null,
  };
}
