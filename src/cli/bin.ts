import { createInterface } from 'node:readline/promises';
import { setYamlParser } from '../core/parse/frontmatter';
import { run } from './main';
import { readYaml } from './yaml';

setYamlParser(readYaml);

// On a terminal, questions can be asked one by one.
const ask = process.stdin.isTTY
  ? async (prompt: string) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await rl.question(prompt);
      } finally {
        rl.close();
      }
    }
  : undefined;

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  ask,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`roadmap: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
