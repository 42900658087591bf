/**
 * Resolves link targets to vault paths the way Obsidian does: an exact path first (the
 * `.md` may be left out), then relative to the linking note, then a path suffix, then by
 * file name, preferring the linking note's folder, then the shortest path. Case-insensitive.
 */
export class LinkResolver {
  /**
   * Paths by lower-case file name; one path is held as itself, not in a list (most
   * names are unique). An exact path is found among the paths of its name, so there is
   * no second map by path: the resolver holds about 60 bytes a file.
   */
  private readonly byName = new Map<string, string | string[]>();

  constructor(paths: Iterable<string> = []) {
    for (const path of paths) this.add(path);
  }

  /** Adds one file (an index adds a large vault's files a few thousand at a time). */
  add(path: string): void {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const known = this.byName.get(name);
    if (known === undefined) this.byName.set(name, path);
    else if (typeof known === 'string') this.byName.set(name, [known, path]);
    else known.push(path);
  }

  resolve(target: string, from: string): string | null {
    const clean = target.trim().replace(/^\/+/, '');
    if (!clean) return null;
    const fromFolder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    for (const candidate of withExtension(clean)) {
      const lower = candidate.toLowerCase();
      const exact = this.exact(normalise(lower));
      if (exact) return exact;
      if (fromFolder) {
        const relative = this.exact(normalise(`${fromFolder.toLowerCase()}/${lower}`));
        if (relative) return relative;
      }
      const name = lower.slice(lower.lastIndexOf('/') + 1);
      const matches = this.named(name).filter((path) => !lower.includes('/') || path.toLowerCase().endsWith(`/${lower}`));
      if (matches.length) return pick(matches, fromFolder);
    }
    return null;
  }

  private named(name: string): readonly string[] {
    const known = this.byName.get(name);
    return known === undefined ? [] : typeof known === 'string' ? [known] : known;
  }

  /** The path equal to `lower` but for case (the last listed, when several are). */
  private exact(lower: string): string | null {
    let found: string | null = null;
    for (const path of this.named(lower.slice(lower.lastIndexOf('/') + 1))) if (path.toLowerCase() === lower) found = path;
    return found;
  }
}

function withExtension(target: string): string[] {
  return /\.[a-z0-9]{1,8}$/i.test(target) && !target.toLowerCase().endsWith('.md') ? [target, `${target}.md`] : [target.replace(/\.md$/i, '') + '.md'];
}

/** Folds `./` and `../` segments; paths that climb above the vault stay as they are. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length) out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function pick(matches: string[], fromFolder: string): string {
  const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
  return [...matches].sort((a, b) => {
    const sameA = folderOf(a) === fromFolder ? 0 : 1;
    const sameB = folderOf(b) === fromFolder ? 0 : 1;
    return sameA - sameB || a.split('/').length - b.split('/').length || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  })[0];
}
