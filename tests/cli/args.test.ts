// The CLI's arguments (SPEC §7) as parseArgs reads them: every option's form, its value
// checked, and the usage error a person sees for each wrong one.
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';
import { cli } from '../helpers/tempVault';

const error = (argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('parseArgs', () => {
  it('nothing given: no positionals and every option at its default', () => {
    expect(parseArgs([])).toEqual({
      positionals: [],
      tags: [],
      folders: [],
      all: false,
      linkDepth: null,
      json: false,
      today: null,
      week: null,
      answers: [],
      configDir: null,
      help: false,
      refs: false,
      list: false,
      replace: false,
    });
  });

  it('positionals in order, "-" among them; everything after "--" is a positional, options included', () => {
    expect(parseArgs(['toggle', '.', '-']).positionals).toEqual(['toggle', '.', '-']);
    const after = parseArgs(['add-task', '--json', '--', '.', '--all', '-x']);
    expect(after.positionals).toEqual(['add-task', '.', '--all', '-x']);
    expect(after.json).toBe(true);
    expect(after.all).toBe(false);
    expect(parseArgs(['--']).positionals).toEqual([]);
  });

  it('each flag sets its own field only', () => {
    const flags = { '--all': 'all', '--json': 'json', '--help': 'help', '--refs': 'refs', '--replace': 'replace', '--list': 'list' } as const;
    for (const [flag, field] of Object.entries(flags)) {
      const args = parseArgs(['board', flag]);
      for (const other of Object.values(flags)) expect(args[other], `${flag} → ${other}`).toBe(other === field);
      expect(error(['board', `${flag}=yes`])).toBe(`${flag} takes no value`);
    }
    expect(parseArgs(['-h']).help).toBe(true);
    expect(parseArgs(['-h']).positionals).toEqual([]);
  });

  it('short options other than -h, and unknown long ones, are usage errors that name them', () => {
    expect(error(['board', '-x'])).toBe('unknown option -x');
    expect(error(['board', '-json'])).toBe('unknown option -json');
    expect(error(['board', '--nope'])).toBe('unknown option --nope');
    expect(error(['board', '--nope=1'])).toBe('unknown option --nope');
  });

  it('a value after a space or after "=", the "=" form keeping any further "="', () => {
    expect(parseArgs(['checkin', '--answer', '1=a=b']).answers).toEqual(['1=a=b']);
    expect(parseArgs(['checkin', '--answer=1=a=b']).answers).toEqual(['1=a=b']);
    expect(parseArgs(['board', '--week=2026-W05', 'x']).week).toBe('2026-W05');
    expect(parseArgs(['board', '--week=2026-W05', 'x']).positionals).toEqual(['board', 'x']);
    expect(parseArgs(['board', '--week', '2026-W05', 'x']).positionals).toEqual(['board', 'x']);
    expect(error(['board', '--tag='])).toBe('--tag needs a tag name');
    expect(error(['board', '--week'])).toBe('--week needs a value');
    expect(error(['board', '--tag'])).toBe('--tag needs a value');
  });

  it('--tag, --folder and --answer repeat, in order', () => {
    const args = parseArgs(['board', '--tag', 'a', '--folder', 'X', '--tag', '#b', '--folder=Y/Z', '--answer', '1=x', '--answer', '2=y']);
    expect(args.tags).toEqual(['a', '#b']);
    expect(args.folders).toEqual(['X', 'Y/Z']);
    expect(args.answers).toEqual(['1=x', '2=y']);
  });

  it('an empty tag or folder name is refused', () => {
    expect(error(['board', '--tag', '#'])).toBe('--tag needs a tag name');
    expect(error(['board', '--tag', '  '])).toBe('--tag needs a tag name');
    expect(error(['board', '--folder', ' '])).toBe('--folder needs a folder name');
    expect(parseArgs(['board', '--tag', '#x']).tags).toEqual(['#x']);
  });

  it('--link-depth: a whole number from 0 to 5', () => {
    expect(parseArgs(['board', '--link-depth', '0']).linkDepth).toBe(0);
    expect(parseArgs(['board', '--link-depth=5']).linkDepth).toBe(5);
    expect(parseArgs(['board', '--link-depth', '02']).linkDepth).toBe(2);
    for (const bad of ['6', '-1', '1.5', 'two', '', '2x', 'x2'])
      expect(error(['board', `--link-depth=${bad}`]), bad).toBe(`--link-depth must be a whole number from 0 to 5, not "${bad}"`);
  });

  it('--today: a date that exists, written YYYY-MM-DD', () => {
    expect(parseArgs(['board', '--today', '2024-02-29']).today).toBe('2024-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', '2026-01-01x', 'x2026-01-01', 'today'])
      expect(error(['board', '--today', bad]), bad).toBe(`--today must be a date YYYY-MM-DD that exists, not "${bad}"`);
  });

  it('--config-dir: a folder inside the vault, trailing slashes dropped', () => {
    expect(parseArgs(['board', '--config-dir', '.obsidian-phone/']).configDir).toBe('.obsidian-phone');
    expect(parseArgs(['board', '--config-dir', 'cfg//']).configDir).toBe('cfg');
    expect(parseArgs(['board', '--config-dir', 'a/b']).configDir).toBe('a/b');
    for (const [bad, shown] of [
      ['../other', '../other'],
      ['a/../../b', 'a/../../b'],
      ['/etc', '/etc'],
      ['/', ''],
      ['', ''],
    ])
      expect(error(['board', '--config-dir', bad]), bad).toBe(`--config-dir must be a folder inside the vault, not "${shown}"`);
  });
});

describe('help and the commands themselves', () => {
  it('help alone and help of an unknown topic print the overview, exit 0; nothing at all prints it, exit 2', async () => {
    const overview = await cli('help');
    expect(overview).toMatchObject({ code: 0, stderr: '' });
    expect(overview.stdout).toMatch(/^roadmap — /);
    expect(await cli('help', 'nope')).toEqual(overview);
    expect(await cli()).toEqual({ ...overview, code: 2 });
    expect((await cli('toggle', '-h')).stdout).toBe((await cli('help', 'toggle')).stdout);
    expect(await cli('nope', '--help')).toEqual({ code: 2, stdout: '', stderr: 'roadmap: unknown command "nope" (try: board, timeline, history, stale, index, toggle, move, set-status, add-task, add-item, set-due, set-start, undo, checkin)\n' });
  });

  it('commands that read one vault say so when given two; checkin names itself when given none', async () => {
    for (const command of ['board', 'timeline', 'index', 'history', 'stale']) expect(await cli(command, 'a', 'b'), command).toMatchObject({ code: 2, stderr: `roadmap: ${command} takes one vault folder, got 2\n` });
    expect(await cli('checkin')).toMatchObject({ code: 2, stderr: 'roadmap: checkin needs the vault folder first ("." for the current folder); see roadmap checkin --help\n' });
  });
});
