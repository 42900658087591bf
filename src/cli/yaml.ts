import { parse } from 'yaml';

/**
 * Frontmatter as the CLI reads it: the `yaml` package, quietly. Its warnings (an unknown
 * `!tag`, say) would otherwise print a line per note on every run; a real error still
 * throws and becomes the note's one entry in `errors`.
 */
export function readYaml(text: string): unknown {
  return parse(text, { logLevel: 'error' });
}
