import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyVault, snapshot } from './helpers/tempVault';

// Each folder under tests/fixtures is a small vault with the model it must give
// (model.json). UPDATE_FIXTURES=1 rewrites the expectations; review the diff.
const root = join(__dirname, 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

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
      const model: unknown = JSON.parse(result.stdout);
      const expectedFile = join(folder, 'model.json');
      if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(model, null, 2) + '\n');
      expect(model).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
      // Indexing never writes to the vault.
      expect(snapshot(vault)).toEqual(before);
    });
  }
});
