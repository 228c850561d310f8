/**
 * Every year of holiday data the site holds: the one home of holidays. Add a year's full list
 * only with the signed SKB in hand. A year whose SKB is not yet available may hold only the
 * certain dates, marked `incomplete` (2027): the tools keep warning that it is not covered,
 * and the build warns when the next 12 months are not fully covered.
 */
import type { HolidayYear } from '../../lib/calendar/holidays.ts';
import year2025 from './2025.ts';
import year2026 from './2026.ts';
import year2027 from './2027.ts';

export const HOLIDAY_YEARS: readonly HolidayYear[] = [year2025, year2026, year2027];
