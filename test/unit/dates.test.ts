import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../src/domain/dates.js';

describe('dateProblem', () => {
  it('accepts real days, leap days included', () => {
    for (const d of ['2024-02-29', '2023-12-31', '2000-02-29', '1999-01-01']) expect(dateProblem(d)).toBeNull();
  });

  it('tells a wrong form from a day that does not exist', () => {
    expect(dateProblem('30/02/2024')).toBe('write a date as YYYY-MM-DD (e.g. 2024-02-29)');
    expect(dateProblem('2024-02-30')).toBe(
      'February 2024 has 29 days, so there is no day 30: check the day and the month',
    );
    expect(dateProblem('2023-02-29')).toBe(
      'February 2023 has 28 days, so there is no day 29: check the day and the month',
    );
    expect(dateProblem('1900-02-29')).toMatch(/^February 1900 has 28 days/);
    expect(dateProblem('2024-13-01')).toBe('there is no month 13: write YYYY-MM-DD with a month from 01 to 12');
    expect(dateProblem('2024-04-00')).toMatch(/^April 2024 has 30 days, so there is no day 00/);
  });
});
