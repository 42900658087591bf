// Lists the mutants of the last `npm run test:mutation` that no test killed, as a markdown
// table for docs/MUTATION.md (the survivors of each area): file and line, the mutation
// (original → replacement). The "why" column is written by hand.
//   node scripts/mutationSurvivors.mjs [area | reports/mutation/<area>.json] [--by-line]
// --by-line: one row per line, its mutations joined (the form MUTATION.md uses for the
// areas of issue 32).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const byLine = args.includes('--by-line');
const named = args.find((a) => !a.startsWith('--'));
const report = JSON.parse(readFileSync(/\.json$/.test(named ?? '') ? named : `reports/mutation/${named ?? 'core'}.json`, 'utf8'));
const cut = (text, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const cell = (text) => `\`${text.replace(/`/g, 'ˋ').replace(/\|/g, '\\|')}\``;

const rows = [];
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const lines = source.split('\n');
  const at = ({ line, column }) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  for (const mutant of mutants) {
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
    const { start, end } = mutant.location;
    const original = source.slice(at(start), at(end));
    const status = mutant.status === 'NoCoverage' ? ' (not reached)' : '';
    const where = `${file.replace(/^src\/(core\/)?/, '')}:${start.line}`;
    rows.push({ file, line: start.line, where, mutator: `${mutant.mutatorName}${status}`, change: `${cell(cut(original))} → ${cell(cut(mutant.replacement ?? ''))}` });
  }
}
rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
if (byLine) {
  const lines = new Map();
  for (const row of rows) lines.set(row.where, [...(lines.get(row.where) ?? []), row.change]);
  console.log('| where | mutations | why it is harmless |');
  console.log('|---|---|---|');
  for (const [where, changes] of lines) console.log(`| ${where} | ${changes.join('; ')} | |`);
} else {
  console.log('| where | mutation | original → mutant | why it is harmless |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.where} | ${row.mutator} | ${row.change} | |`);
}
console.log(`\n${rows.length} survivors.`);
