import fc from 'fast-check';
import { readYaml } from '../../src/cli/yaml';
import { setYamlParser } from '../../src/core/parse/frontmatter';

// As the CLI does: the core gets its YAML parser from its entry point.
setYamlParser(readYaml);

// FUZZ_SEED=n replays a failing property run in every suite, as fast-check printed it.
// (Node only: the browser suites have no process.)
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
if (env?.FUZZ_SEED) fc.configureGlobal({ seed: Number(env.FUZZ_SEED) });
