/**
 * What is wrong with a calendar date as written, in words that say what to do:
 * "2024-02-30" has the right form but is no day of the calendar, which is a
 * different mistake from "30/02/2024".
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** null for a real YYYY-MM-DD day, otherwise the problem and its fix (the value is not quoted back). */
export function dateProblem(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return 'write a date as YYYY-MM-DD (e.g. 2024-02-29)';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${m[2]}: write YYYY-MM-DD with a month from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return `${MONTHS[month - 1]} ${year} has ${days} days, so there is no day ${m[3]}: check the day and the month`;
  return null;
}
