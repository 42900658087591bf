// Finds the Chromium the browser tests run in, and on a fresh machine installs Debian's.
//   node scripts/chromium.mjs    (run by `npm test` before vitest)
// Never a downloaded browser build: CHROMIUM_PATH, else a chromium on PATH, else
// `apt-get install chromium` when we are root on Debian, else a clear message and exit 1.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** The browser to test in, or null. CHROMIUM_PATH wins when it names an executable. */
export function findChromium() {
  const given = process.env.CHROMIUM_PATH;
  if (given) return executable(given) ? given : null;
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

const HOW_TO = `No Chromium was found for the browser tests (vitest browser mode runs the views in
real headless Chromium). Install one — on Debian or Ubuntu: \`sudo apt-get install chromium\`
(\`chromium-browser\` on some Ubuntu releases) — or point CHROMIUM_PATH at a Chromium or
Chrome executable, e.g. \`CHROMIUM_PATH=/opt/chrome/chrome npm test\`. Nothing is downloaded
by the tests themselves.`;

/** Finds a Chromium, installing Debian's when root with apt-get; exits 1 with help otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which is not an executable file.\n\n${HOW_TO}`);
    process.exit(1);
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && onPath('apt-get')) {
    console.log("No Chromium found: installing Debian's chromium for the browser tests (apt-get, about a minute)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    const installed = findChromium();
    if (install && install.status === 0 && installed) {
      console.log(`Installed chromium at ${installed}.`);
      return installed;
    }
    console.error(`apt-get could not install chromium.\n\n${HOW_TO}`);
    process.exit(1);
  }
  console.error(HOW_TO);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureChromium();
