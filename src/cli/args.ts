/** Command-line arguments: positionals and the options of SPEC §7. */
import { formatDate } from '../core/parse/dates';

export class UsageError extends Error {}

/** Where Obsidian keeps a vault's settings and plugins unless `--config-dir` says otherwise. */
export const DEFAULT_CONFIG_DIR = '.obsidian';

export interface ParsedArgs {
  positionals: string[];
  tags: string[];
  folders: string[];
  all: boolean;
  linkDepth: number | null;
  json: boolean;
  today: string | null;
  week: string | null;
  answers: string[];
  configDir: string | null;
  help: boolean;
  refs: boolean;
  list: boolean;
  /** Write over words the product could not read (a Status cell, a date cell). */
  replace: boolean;
}

const REPEATABLE = { '--tag': 'tags', '--folder': 'folders', '--answer': 'answers' } as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ParsedArgs = { positionals: [], tags: [], folders: [], all: false, linkDepth: null, json: false, today: null, week: null, answers: [], configDir: null, help: false, refs: false, list: false, replace: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === '--') {
      args.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!raw.startsWith('--') || raw === '-') {
      if (raw.startsWith('-') && raw !== '-' && raw !== '-h') throw new UsageError(`unknown option ${raw}`);
      if (raw === '-h') args.help = true;
      else args.positionals.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const name = eq === -1 ? raw : raw.slice(0, eq);
    const value = (): string => {
      if (eq !== -1) return raw.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    const flag = () => {
      if (eq !== -1) throw new UsageError(`${name} takes no value`);
    };
    if (name in REPEATABLE) {
      args[REPEATABLE[name as keyof typeof REPEATABLE]].push(value());
    } else if (name === '--all') {
      flag();
      args.all = true;
    } else if (name === '--json') {
      flag();
      args.json = true;
    } else if (name === '--help') {
      flag();
      args.help = true;
    } else if (name === '--refs') {
      flag();
      args.refs = true;
    } else if (name === '--replace') {
      flag();
      args.replace = true;
    } else if (name === '--list') {
      flag();
      args.list = true;
    } else if (name === '--link-depth') {
      const text = value();
      if (!/^\d+$/.test(text) || Number(text) > 5) throw new UsageError(`--link-depth must be a whole number from 0 to 5, not "${text}"`);
      args.linkDepth = Number(text);
    } else if (name === '--today') {
      const text = value();
      const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!parts || !formatDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))) throw new UsageError(`--today must be a date YYYY-MM-DD that exists, not "${text}"`);
      args.today = text;
    } else if (name === '--config-dir') {
      const text = value().replace(/\/+$/, '');
      if (!text || text.includes('..') || text.startsWith('/')) throw new UsageError(`--config-dir must be a folder inside the vault, not "${text}"`);
      args.configDir = text;
    } else if (name === '--week') {
      args.week = value();
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }
  for (const tag of args.tags) if (!tag.replace(/^#/, '').trim()) throw new UsageError('--tag needs a tag name');
  for (const folder of args.folders) if (!folder.trim()) throw new UsageError('--folder needs a folder name');
  return args;
}
