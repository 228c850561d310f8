/**
 * Every year of holiday data the site holds. Add a year only with the signed SKB in hand:
 * a missing year makes the tools warn that the year is not covered, which is better than a
 * guessed list. 2027 is not here yet: its SKB had not been checked when this file was written.
 */
import type { HolidayYear } from '../../lib/calendar/holidays.ts';
import year2025 from './2025.ts';
import year2026 from './2026.ts';

export const HOLIDAY_YEARS: readonly HolidayYear[] = [year2025, year2026];
