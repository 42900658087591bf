import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import type { IndexCache, IndexCacheData } from '../core/index/indexCache';

/** The index cache in a JSON file (the benchmark and tests; each CLI run reads the vault afresh). */
export class FileCache implements IndexCache {
  constructor(readonly file: string) {}

  async load(): Promise<unknown> {
    return JSON.parse(await fs.readFile(this.file, 'utf8')) as unknown;
  }

  async save(data: IndexCacheData): Promise<void> {
    await fs.mkdir(nodePath.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await fs.writeFile(temp, JSON.stringify(data));
    await fs.rename(temp, this.file);
  }
}
