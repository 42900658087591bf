// Lists the mutants of the last `npm run test:mutation` that no test killed, one row each,
// as a markdown table for docs/MUTATION.md (the survivors of each area): file and line, the
// mutation (original → replacement). The "why" column is written by hand.
//   node scripts/mutationSurvivors.mjs [reports/mutation/mutation.json]
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(/\.json$/.test(process.argv[2] ?? '') ? process.argv[2] : `reports/mutation/${process.argv[2] ?? 'core'}.json`, 'utf8'));
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
    rows.push({ file: file.replace(/^src\/core\//, ''), line: start.line, text: `| ${file.replace(/^src\/core\//, '')}:${start.line} | ${mutant.mutatorName}${status} | ${cell(cut(original))} → ${cell(cut(mutant.replacement ?? ''))} | |` });
  }
}
rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
console.log('| where | mutation | original → mutant | why it is harmless |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row.text);
console.log(`\n${rows.length} survivors.`);
