import RoadmapBoardPlugin from '../src/main';
import { App } from '../tests/fakes/obsidian';

/** The plugin's onload under the test fake (median of 21): what start-up costs before layout ready. */
export async function measureOnload(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const app = new App();
    const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0' } as never);
    const t = performance.now();
    await plugin.onload();
    times.push(performance.now() - t);
    plugin.unload();
  }
  return times.sort((a, b) => a - b)[10];
}
