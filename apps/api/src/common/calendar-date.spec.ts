import { isCalendarDate, todayUtc } from './calendar-date';

describe('calendar dates', () => {
  it.each(['2027-02-15', '2028-02-29', '2026-12-31'])('takes %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    '2027-02',
    '2027',
    '2027-02-30',
    '2027-13-01',
    '2027-2-5',
    '15/02/2027',
    '2027-02-15T00:00:00Z',
    '',
  ])('refuses %s', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('says today in UTC', () => {
    expect(todayUtc(new Date('2026-12-02T23:30:00-05:00'))).toBe('2026-12-03');
  });
});
