import { Checkins } from '../core/checkin/checkins';
import { formatDate } from '../core/checkin/dateFormat';
import { readHistory, type CheckinHistory } from '../core/checkin/history';
import type { Roadmap } from '../core/model/types';
import { checkinQuestions, type Question } from '../core/checkin/questions';
import { parseWeek, weekLabel, weekOfDate, type IsoWeek } from '../core/checkin/week';
import { indexVault } from '../core/index/indexVault';
import type { Settings } from '../core/settings';
import { UsageError, type ParsedArgs } from './args';
import { refusal } from './io';
import { cliWritePath, tasksStatuses } from './vaultSetup';
import type { FsVault } from './fsVault';
import { readJsonFile, stateFile, writeJsonFile } from './stateFiles';

export interface CheckinIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks one question on a terminal; absent when input is not a terminal. */
  ask?: (prompt: string) => Promise<string>;
}

/** Reads a JSON file of the vault's config folder; null when it is missing or not JSON. */
async function readJson(vault: FsVault, path: string): Promise<unknown> {
  if (!(await vault.exists(path))) return null;
  try {
    return JSON.parse(await vault.read(path)) as unknown;
  } catch {
    return null;
  }
}

/** `--answer "<n>=<text>"` → answers by question number, checked against the questions. */
export function parseAnswers(raw: readonly string[], questions: readonly Question[]): Map<number, string> {
  const answers = new Map<number, string>();
  for (const entry of raw) {
    const match = /^(\d+)=([\s\S]*)$/.exec(entry);
    if (!match) throw new UsageError(`--answer must be "<question number>=<text>", not "${entry}"`);
    const number = Number(match[1]);
    if (number < 1 || number > questions.length) {
      throw new UsageError(`there is no question ${number} (the roadmap notes ask ${questions.length}: 1–${questions.length})`);
    }
    if (answers.has(number)) throw new UsageError(`question ${number} is answered twice`);
    answers.set(number, match[2]);
  }
  return answers;
}

/**
 * `roadmap checkin <vault> [--week YYYY-Www] --answer "<n>=<text>"…`: writes the answers
 * into the week's note (made from the template when missing), and records the check-in
 * in the plugin's data so "done since last check-in" works in both.
 */
export async function checkinCommand(rest: string[], args: ParsedArgs, io: CheckinIo, vault: FsVault, baseSettings: Settings, configDir: string, today: string): Promise<number> {
  if (rest.length > 1) throw new UsageError(`checkin takes one vault folder, got ${rest.length}; quote answers that hold spaces`);
  let week: IsoWeek = weekOfDate(today);
  if (args.week !== null) {
    // Typed weeks are read in any case (2026-w49); notes and history always say 2026-W49.
    const parsed = parseWeek(args.week.toUpperCase());
    if (!parsed) throw new UsageError(`--week must be an ISO week that exists, like ${weekLabel(week)}, not "${args.week}"`);
    week = parsed;
  }

  const { roadmap, checkins } = await openCheckins(io, vault, baseSettings, configDir);
  const questions = checkinQuestions(roadmap);
  if (!questions.length) {
    throw new UsageError('the roadmap notes ask no check-in questions (a heading with "check-in", "review" or "reflection" over a list of questions ending in "?")');
  }
  if (args.list) {
    if (args.answers.length) throw new UsageError('checkin --list only lists the questions; give --answer without --list');
    return listQuestions(checkins, questions, week, io);
  }
  let answers = parseAnswers(args.answers, questions);
  if (!args.answers.length) {
    if (!io.ask) throw new UsageError('give answers with --answer "<n>=<text>" (or run on a terminal to be asked)');
    answers = new Map();
    io.out(`Check-in ${weekLabel(week)} (empty answer: leave as it is)\n`);
    for (const question of questions) {
      const answer = await io.ask(`${question.number}. ${question.text}\n> `);
      if (answer.trim()) answers.set(question.number, answer);
    }
    if (!answers.size) {
      io.out('no answers; nothing was changed\n');
      return 0;
    }
  }

  const outcome = await checkins.save(
    week,
    roadmap,
    [...answers].map(([number, answer]) => ({ question: questions[number - 1].text, answer })),
    today,
  );
  if (!outcome.ok) throw refusal(outcome.reason);
  const count = `${answers.size} answer${answers.size === 1 ? '' : 's'}`;
  io.out(`${outcome.created ? `created ${outcome.path} with ${count}` : `${outcome.path}: ${outcome.message}`}\n`);
  return 0;
}

/**
 * The roadmap and the check-ins of a vault as the CLI sees them: the plugin's data file
 * (shared with the plugin; elsewhere the state folder) for settings and history, the
 * notes read with those settings and the options given.
 */
export async function openCheckins(io: Pick<CheckinIo, 'err'>, vault: FsVault, settings: Settings, configDir: string): Promise<{ roadmap: Roadmap; checkins: Checkins; history: () => CheckinHistory; settings: Settings }> {
  // The settings come read (cliSettings: data.json, options winning); the file is read
  // here for the check-in history it also holds.
  const dataFile = stateFile('data', vault.root, configDir);
  const data = await readJsonFile(dataFile);

  const { roadmap, errors } = await indexVault(vault, settings, { tasksStatuses: await tasksStatuses(vault.root, configDir) });
  for (const error of errors) io.err(`roadmap: ${error.path}: ${error.message}\n`);
  const write = cliWritePath(vault, stateFile('undo', vault.root, configDir), settings.undoDepth);
  let history = readHistory((data as { checkins?: unknown } | null)?.checkins);
  const checkins = new Checkins({
    files: {
      read: async (p) => ((await vault.exists(p)) ? vault.read(p) : null),
      create: (p, text) => vault.write(p, text),
      // The one write path: the answers are one undo entry, as in the plugin.
      apply: async (p, edit) => {
        const written = await write.edit(p, edit);
        if (!written.ok) throw refusal(written.reason);
        return { ok: true };
      },
    },
    readConfigJson: (p) => readJson(vault, p),
    configDir,
    format: formatDate,
    settings: () => settings,
    history: () => history,
    saveHistory: async (next) => {
      history = next;
      const base = data && typeof data === 'object' && !Array.isArray(data) ? data : {};
      await writeJsonFile(dataFile, { ...base, checkins: next });
    },
  });
  return { roadmap, checkins, history: () => history, settings };
}

/** `checkin --list`: the numbered questions, and which of them the week's note answers. */
async function listQuestions(checkins: Checkins, questions: readonly Question[], week: IsoWeek, io: CheckinIo): Promise<number> {
  const note = await checkins.read(week, questions.map((q) => q.text));
  io.out(`Check-in ${weekLabel(week)}: ${note.path}${note.exists ? '' : ' (not created yet)'}\n`);
  for (const question of questions) {
    const answered = note.answers[question.number - 1] ? '  (answered)' : '';
    io.out(`${question.number}. ${question.text}${answered}\n`);
  }
  return 0;
}
