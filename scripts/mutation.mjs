// npm run test:mutation -- [area ...]: one Stryker run per area named (scripts/mutationAreas.mjs),
// one after the other; `core` when none is named, `all` for every area. Each run's report
// is reports/mutation/<area>.json; `node scripts/mutationSurvivors.mjs <area>` lists its survivors.
import { spawnSync } from 'node:child_process';
import { AREAS } from './mutationAreas.mjs';

const asked = process.argv.slice(2);
const names = asked.includes('all') ? Object.keys(AREAS) : asked.length ? asked : ['core'];
for (const name of names) {
  if (!AREAS[name]) {
    console.error(`unknown mutation area "${name}" (areas: ${Object.keys(AREAS).join(', ')}, all)`);
    process.exit(2);
  }
}
for (const name of names) {
  const started = Date.now();
  console.log(`\n== mutation area ${name}: ${AREAS[name].about}`);
  const run = spawnSync('npx', ['stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_AREA: name, NODE_ENV: 'production', FUZZ_RUNS: process.env.FUZZ_RUNS ?? '30' },
  });
  console.log(`== ${name}: ${Math.round((Date.now() - started) / 1000)} s, exit ${run.status}`);
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
