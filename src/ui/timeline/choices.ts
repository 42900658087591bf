import type { Zoom } from '../../core/timeline/scale';

/** What the timeline view keeps across reloads: its zoom, and the period shown (null: today's). */
export interface TimelineChoices {
  zoom: Zoom;
  anchor: string | null;
}

/** Saved view state, read defensively: anything unknown falls back to a year around today. */
export function readTimelineChoices(state: unknown): TimelineChoices {
  const raw = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  const zoom = raw.zoom === 'quarter' || raw.zoom === 'month' || raw.zoom === 'year' ? raw.zoom : 'year';
  const anchor = typeof raw.anchor === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.anchor) && !Number.isNaN(Date.parse(raw.anchor)) ? raw.anchor : null;
  return { zoom, anchor };
}
