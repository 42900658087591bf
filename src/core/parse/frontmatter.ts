/**
 * The YAML parser, set once by the entry point: the plugin hands in Obsidian's own
 * `parseYaml` (no second YAML library in the bundle), the CLI and tests the `yaml`
 * package. Kept out of the core's imports so the plugin bundle does not carry one.
 */
let parseYaml: ((text: string) => unknown) | null = null;

export function setYamlParser(parser: (text: string) => unknown): void {
  parseYaml = parser;
}

/** YAML text read with the parser the entry point set; throws when there is none or it is invalid. */
export function parseYamlText(yaml: string): unknown {
  if (!parseYaml) throw new Error('no YAML parser was set (setYamlParser)');
  return parseYaml(yaml);
}

export interface Frontmatter {
  /** Offset just past the closing `---` line (0 when there is no frontmatter). */
  end: number;
  tags: string[];
  roadmapFlag: boolean;
  error: string | null;
}

const NONE: Frontmatter = { end: 0, tags: [], roadmapFlag: false, error: null };

/** Finds and reads YAML frontmatter at the top of a note (after an optional BOM). */
export function readFrontmatter(text: string): Frontmatter {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom, bom + 8));
  if (!open) return NONE;
  const bodyStart = bom + open[0].length;
  let yaml: string | null = null;
  let end = 0;
  for (let pos = bodyStart; pos <= text.length; ) {
    const eol = text.indexOf('\n', pos);
    const line = text.slice(pos, eol === -1 ? text.length : eol).replace(/\r$/, '');
    if (/^---[ \t]*$/.test(line)) {
      yaml = text.slice(bodyStart, pos);
      end = eol === -1 ? text.length : eol + 1;
      break;
    }
    if (eol === -1) break;
    pos = eol + 1;
  }
  // Without a closing line it is not frontmatter, as in Obsidian.
  if (yaml === null) return NONE;
  let data: unknown;
  try {
    if (!parseYaml) throw new Error('no YAML parser was set (setYamlParser)');
    data = parseYaml(yaml);
  } catch (error) {
    const message = (error instanceof Error ? error.message.split('\n')[0] : String(error)).replace(/[\s:]+$/, '');
    return { end, tags: [], roadmapFlag: false, error: `frontmatter is not valid YAML: ${message}` };
  }
  if (data === null || data === undefined) return { end, tags: [], roadmapFlag: false, error: null };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { end, tags: [], roadmapFlag: false, error: 'frontmatter is not a set of properties' };
  }
  const record = data as Record<string, unknown>;
  const roadmap = record.roadmap;
  return {
    end,
    tags: tagValues(record.tags ?? record.tag),
    roadmapFlag: roadmap === true || (typeof roadmap === 'string' && roadmap.trim().toLowerCase() === 'true'),
    error: null,
  };
}

function tagValues(value: unknown): string[] {
  const raw: unknown[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const tags: string[] = [];
  for (const entry of raw) {
    if (typeof entry !== 'string' && typeof entry !== 'number') continue;
    for (const part of String(entry).split(/[,\s]+/)) {
      const tag = part.replace(/^#+/, '').trim();
      if (tag) tags.push(tag);
    }
  }
  return tags;
}
