import base from './stryker.config.mjs';
export default { ...base, mutate: ['src/core/checkin/**/*.ts', 'src/core/parse/dates.ts', 'src/core/model/columns.ts'], reporters: ['json', 'progress'], jsonReporter: { fileName: 'reports/mutation/rest.json' } };
