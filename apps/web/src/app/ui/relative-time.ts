const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const SAME_YEAR = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });
const OTHER_YEAR = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date itself. */
export function relativeTime(iso: string, now: number): string {
  const then = Date.parse(iso);
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = Math.floor(elapsed / DAY);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  const date = new Date(then);
  return (date.getFullYear() === new Date(now).getFullYear() ? SAME_YEAR : OTHER_YEAR).format(date);
}
