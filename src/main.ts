import { Plugin } from 'obsidian';

/** Roadmap Board: a board and a weekly check-in over the roadmap notes of a vault. */
export default class RoadmapBoardPlugin extends Plugin {
  override onload(): void {
    // Views, commands and the live index are wired here as they land.
  }
}
