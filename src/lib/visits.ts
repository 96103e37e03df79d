/**
 * "New since your last visit": when the reader was last here, kept as two timestamps in localStorage (nothing is
 * sent anywhere), and which change days are new to them. Damaged or odd storage counts as a first visit.
 */

/** localStorage key; a new format gets a new key. */
export const visitsKey = 'visits:v1';
/** Pages opened within this long of each other are one visit. */
export const visitGap = 30 * 60 * 1000;

/** What is stored: when the visit before this one ended, and when the reader last opened a page. */
export interface Visits {
  previous: number | null;
  last: number;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The stored visits, or null when there are none or they are damaged (not JSON, wrong shape, in the future). */
export function readVisits(stored: string | null, now: number): Visits | null {
  if (!stored) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { previous, last } = value as Record<string, unknown>;
  if (!isTime(last) || last > now || !(previous === null || (isTime(previous) && previous <= last))) return null;
  return { previous, last };
}

/** This page view recorded: a view more than `visitGap` after the last one starts a new visit. */
export function recordVisit(visits: Visits | null, now: number): Visits {
  if (!visits) return { previous: null, last: now };
  return { previous: now - visits.last > visitGap ? visits.last : visits.previous, last: now };
}

/** Whether a change dated `day` ("2026-12-02") is new to a reader whose previous visit was at `previous`. Changes
    are dated by the day, so one dated the day of that visit counts as new: it may have come after it. */
export function isNewSince(day: string, previous: number | null): boolean {
  return previous !== null && day >= new Date(previous).toISOString().slice(0, 10);
}
