import { describe, expect, it } from 'vitest';
import { dateAt, placement, position, rangeOf, shiftDate, shiftRange, stepDays, ticks } from '../../../src/core/timeline/scale';

describe('the timeline scale', () => {
  it('ranges: a year, a quarter, a month around a day, and the next or previous one', () => {
    expect(rangeOf('year', '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-12-31', days: 365 });
    expect(rangeOf('quarter', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-12-31', days: 92 });
    expect(rangeOf('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29', days: 29 });
    expect(shiftRange('quarter', '2026-11-23', -2)).toBe('2026-04-01');
    expect(shiftRange('year', '2026-11-23', 1)).toBe('2027-01-01');
    expect(shiftRange('month', '2026-12-31', 1)).toBe('2027-01-01');
  });

  it('ticks: quarters of a year, Mondays of a quarter, days of a month', () => {
    const year = rangeOf('year', '2026-05-05');
    expect(ticks('year', year).map((t) => [t.label, t.at.toFixed(3)])).toEqual([['Q1 2026', '0.000'], ['Q2 2026', '0.247'], ['Q3 2026', '0.496'], ['Q4 2026', '0.748']]);
    const quarter = ticks('quarter', rangeOf('quarter', '2026-05-05'));
    expect(quarter.slice(0, 3).map((t) => t.label)).toEqual(['1 Apr', '6 Apr', '13 Apr']);
    expect(ticks('month', rangeOf('month', '2026-02-03'))).toHaveLength(28);
  });

  it('positions a day at its middle, a bar from its start’s morning to its due’s night', () => {
    const range = rangeOf('month', '2026-04-01');
    expect(position(range, '2026-04-01')).toBeCloseTo(0.5 / 30);
    expect(position(range, '2026-04-30', true)).toBe(1);
    expect(placement(range, { start: '2026-04-01', due: '2026-04-30', diamond: false })).toEqual({ left: 0, width: 1, before: false, after: false });
    expect(placement(range, { start: '2026-03-20', due: '2026-05-02', diamond: false })).toMatchObject({ left: 0, width: 1, before: true, after: true });
    expect(placement(range, { start: '2026-04-11', due: '2026-04-20', diamond: false })).toMatchObject({ left: 10 / 30, before: false, after: false });
    expect(placement(range, { start: '2026-04-11', due: '2026-04-20', diamond: false }).width).toBeCloseTo(10 / 30);
    expect(placement(range, { start: null, due: '2026-05-02', diamond: true })).toMatchObject({ before: false, after: true });
    expect(placement(range, { start: '2026-03-02', due: null, diamond: true })).toMatchObject({ before: true, after: false });
  });

  it('snaps a dragged date to the zoom’s step from where it was, and moves dates by it', () => {
    const quarter = rangeOf('quarter', '2026-04-01');
    expect(stepDays('quarter')).toBe(7);
    expect(stepDays('month')).toBe(1);
    // 30 June dragged to about 10 June: three weeks back, the 9th.
    expect(dateAt(quarter, (70 + 0.4) / 91, 'quarter', '2026-06-30')).toBe('2026-06-09');
    expect(dateAt(rangeOf('month', '2026-04-01'), 0.5, 'month', '2026-04-30')).toBe('2026-04-16');
    expect(dateAt(quarter, -3, 'quarter', '2026-06-30')).toBe('2026-03-31');
    expect(shiftDate('2026-12-28', 7)).toBe('2027-01-04');
  });
});

describe('the timeline scale at its edges', () => {
  it('ticks of a month and a quarter: every day once, labelled by its day, placed from the range’s start', () => {
    const march = ticks('month', rangeOf('month', '2026-03-15'));
    expect(march.map((t) => t.label)).toEqual(Array.from({ length: 31 }, (_, i) => String(i + 1)));
    expect(march[0].at).toBe(0);
    expect(march[30].at).toBeCloseTo(30 / 31);
    const q = ticks('quarter', rangeOf('quarter', '2026-11-23'));
    // 1 Oct 2026 is a Thursday: the first day, then every Monday to 28 Dec; none past the end.
    expect(q.map((t) => t.label)).toEqual(['1 Oct', '5 Oct', '12 Oct', '19 Oct', '26 Oct', '2 Nov', '9 Nov', '16 Nov', '23 Nov', '30 Nov', '7 Dec', '14 Dec', '21 Dec', '28 Dec']);
    expect(q[1].at).toBeCloseTo(4 / 92);
  });

  it('a diamond exactly at either edge is inside the range', () => {
    const range = { from: '2026-04-01', to: '2026-04-02', days: 2 };
    expect(placement(range, { start: null, due: '2026-03-31', diamond: true })).toMatchObject({ before: true, after: false });
    // A day is placed at its middle, so the first and the last day of a range are inside it.
    const wide = { from: '2026-04-01', to: '2026-04-30', days: 30 };
    expect(placement(wide, { start: '2026-04-01', due: null, diamond: true }).before).toBe(false);
    expect(placement(wide, { start: null, due: '2026-04-30', diamond: true }).after).toBe(false);
  });
});
