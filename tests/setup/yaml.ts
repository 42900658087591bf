import { parse } from 'yaml';
import { setYamlParser } from '../../src/core/parse/frontmatter';

// As the CLI does: the core gets its YAML parser from its entry point.
setYamlParser(parse);
