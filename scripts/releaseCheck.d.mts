export const BUNDLE_BUDGET: number;
export const RELEASE_FILES: string[];
export function bundleProblems(bundle: string): string[];
export function manifestProblems(input: { manifest: Record<string, unknown>; versions: unknown; packageVersion: unknown; npmrc?: string; tag?: string }): string[];
export function releaseProblems(root: string, options?: { tag?: string }): string[];
