/**
 * Calendar dates without time zones: day arithmetic for the calendar tools. Reading and
 * writing dates lives in `src/lib/format/date.ts` (re-exported here for the tools' imports).
 */
export {
	dayFromParts,
	formatDateId,
	formatDateShort,
	formatDateWithDay,
	formatRangeId,
	parseIsoDate,
	toIsoDate,
	weekday,
	WEEKDAYS_ID,
	type DayNumber,
} from '../format/date.ts';
import { weekday, type DayNumber } from '../format/date.ts';

const MS_PER_DAY = 86_400_000;

/**
 * Year of a day number.
 * @param day a day number
 */
export function yearOf(day: DayNumber): number {
	return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/**
 * Monday of the ISO week (Monday–Sunday) that holds the day.
 * @param day a day number
 */
export function mondayOf(day: DayNumber): DayNumber {
	return day - ((weekday(day) + 6) % 7);
}

