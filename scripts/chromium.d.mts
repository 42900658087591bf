/** The browser to test in, or null. */
export function findChromium(): string | null;
/** Finds a Chromium, installing Debian's when root with apt-get; exits 1 with help otherwise. */
export function ensureChromium(): string;
