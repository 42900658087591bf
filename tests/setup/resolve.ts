import { replacedModules } from '../../scripts/buildOptions.mjs';

// How every test configuration (vitest.config.ts, vitest.mutation.config.ts) resolves
// modules. The obsidian package is types only: adapter tests run against a small fake.
// The dependencies the bundles replace (scripts/buildOptions.mjs) are replaced here too,
// so tests run the parser that ships.
export const alias = { obsidian: new URL('../fakes/obsidian.ts', import.meta.url).pathname, ...replacedModules };

/** The alias reaches an import inside node_modules only when vitest transforms that package. */
export const inlineDeps = [/[\\/]node_modules[\\/](?:remark-gfm|mdast-util-gfm)[\\/]/];
