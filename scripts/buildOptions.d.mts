import type { BuildOptions, Plugin } from 'esbuild';

export const replacedModules: Record<string, string>;
export function pluginOptions(options?: { watch?: boolean; plugins?: Plugin[]; replace?: boolean; outfile?: string }): BuildOptions;
export function cliOptions(): BuildOptions;
