import { parse } from 'yaml';
import { setYamlParser } from '../core/parse/frontmatter';
import { run } from './main';

setYamlParser(parse);

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`roadmap: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
