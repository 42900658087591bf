import tseslint from 'typescript-eslint';
import obsidianmd from 'eslint-plugin-obsidianmd';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

// Only src/obsidian/ and src/main.ts may talk to Obsidian; the core, the views, the
// editor extensions and the CLI stay free of it so they run in Node, a browser and a worker.
const noObsidian = {
  'no-restricted-imports': ['error', { paths: [{ name: 'obsidian', message: 'Only src/obsidian/ and src/main.ts may import obsidian.' }] }],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'main.js', 'dist/**', 'example-vault/**', 'coverage/**', 'docs/**', '*.mjs', '**/*.d.mts', '.tmp/**', 'reports/**', '.stryker-tmp*/**'] },
  ...obsidianmd.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: './tsconfig.json', extraFileExtensions: ['.svelte'] },
      globals: { ...globals.browser },
    },
  },
  ...svelte.configs['flat/recommended'].map((config) => ({ ...config, files: ['**/*.svelte'] })),
  {
    files: ['**/*.svelte'],
    languageOptions: { parserOptions: { parser: tseslint.parser, project: './tsconfig.json', extraFileExtensions: ['.svelte'] }, globals: { ...globals.browser } },
    // Parameter names in function types are documentation, not variables: the TypeScript
    // rule understands that, the core one does not.
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'error' },
  },
  { files: ['src/core/**', 'src/ui/**', 'src/cli/**', 'src/editor/**'], rules: noObsidian },
  {
    // CodeMirror extensions build their few elements with the DOM itself, so they run
    // (and are tested) in plain Chromium as well as in Obsidian, whose createEl is a global.
    files: ['src/editor/**'],
    rules: { 'obsidianmd/prefer-create-el': 'off' },
  },
  {
    // The CLI, tests and build scripts run in Node, not in the plugin bundle.
    files: ['src/cli/**', 'tests/**', 'scripts/**', 'bench/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'obsidianmd/no-nodejs-modules': 'off', 'import/no-nodejs-modules': 'off', 'no-console': 'off', 'obsidianmd/rule-custom-message': 'off' },
  },
  {
    // The CLI opens a plain folder and has no Vault#configDir to ask; it defaults to
    // Obsidian's `.obsidian` and takes --config-dir for anything else.
    files: ['src/cli/**', 'tests/**', 'bench/**'],
    rules: { 'obsidianmd/hardcoded-config-path': 'off', 'obsidianmd/prefer-window-timers': 'off', 'obsidianmd/no-global-this': 'off' },
  },
  {
    // Browser tests and the screenshot page build bare pages outside Obsidian, where its
    // DOM helpers do not exist.
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: { 'obsidianmd/prefer-create-el': 'off', 'obsidianmd/no-static-styles-assignment': 'off' },
  },
  {
    // moment is a dev dependency only, never bundled: the tests compare the CLI's date
    // formatter with it, the very library Obsidian bundles and the plugin formats with.
    files: ['package.json'],
    rules: { 'depend/ban-dependencies': ['error', { allowed: ['moment'] }] },
  },
  {
    files: ['tests/core/checkin/dateFormat.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
