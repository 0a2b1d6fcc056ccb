const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Demo dates counted back from the seed day (UTC), so what is recent, stale or past stays true
 * whenever the demo is started.
 */
export function demoCalendar(today: Date): {
  /** The day `daysAgo` days before the seed day, as YYYY-MM-DD. */
  day: (daysAgo: number) => string;
  /** That day at `hour` o'clock (UTC). */
  at: (daysAgo: number, hour: number) => Date;
} {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return {
    day: (daysAgo) => new Date(midnight - daysAgo * DAY_MS).toISOString().slice(0, 10),
    at: (daysAgo, hour) => new Date(midnight - daysAgo * DAY_MS + hour * HOUR_MS),
  };
}
