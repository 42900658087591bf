import type { VaultFile, VaultPort } from '../../src/core/ports';

/** The vault as a map in memory: the third VaultPort, for core tests. */
export class MemoryVault implements VaultPort {
  readonly files = new Map<string, string>();
  readonly reads: string[] = [];
  readonly failing = new Set<string>();
  private clock = 1;
  private readonly mtimes = new Map<string, number>();

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.set(path, text);
  }

  set(path: string, text: string): void {
    this.files.set(path, text);
    this.mtimes.set(path, this.clock++);
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  rename(from: string, to: string): void {
    const text = this.files.get(from)!;
    this.files.delete(from);
    this.set(to, text);
  }

  async list(): Promise<VaultFile[]> {
    return [...this.files].map(([path, text]) => ({ path, mtime: this.mtimes.get(path) ?? 0, size: text.length }));
  }

  async stat(path: string): Promise<VaultFile | null> {
    const text = this.files.get(path);
    return text === undefined ? null : { path, mtime: this.mtimes.get(path) ?? 0, size: text.length };
  }

  async read(path: string): Promise<string> {
    this.reads.push(path);
    if (this.failing.has(path)) throw new Error(`cannot read ${path}`);
    const text = this.files.get(path);
    if (text === undefined) throw new Error(`${path} does not exist`);
    return text;
  }

  async process(path: string, edit: (text: string) => string): Promise<string> {
    const text = await this.read(path);
    const next = edit(text);
    this.set(path, next);
    return next;
  }
}
