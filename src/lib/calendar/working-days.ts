/**
 * Deadlines in working days (hari kerja): a date of receipt plus N working days, skipping
 * Saturdays, Sundays, national holidays and cuti bersama.
 *
 * Convention: the day of receipt is day 0 and is never counted, even when it is a working day;
 * counting starts on the first working day after it. A request received on Monday with a limit
 * of 10 working days is due on the Monday two weeks later (when no holiday intervenes). This is
 * how "paling lambat N hari kerja sejak diterimanya" is commonly applied, and it gives the
 * complainant the full N days.
 */
import { weekday, yearOf, type DayNumber } from './dates.ts';
import { dayOffReason, type HolidayCalendar } from './holidays.ts';

/** One calendar day between receipt and deadline. */
export interface CountedDay {
	/** The day. */
	day: DayNumber;
	/** Working-day number (1…N) when the day counts; absent when skipped. */
	workingDay?: number;
	/** Why the day was skipped ("Sabtu", "Libur nasional: …"); absent when it counts. */
	skipped?: string;
}

/** Result of {@link addWorkingDays}. */
export interface Deadline {
	/** The day of receipt (day 0). */
	received: DayNumber;
	/** The N-th working day after receipt: the last day to act. */
	deadline: DayNumber;
	/** First counted working day. */
	firstWorkingDay: DayNumber;
	/** Every calendar day after receipt up to and including the deadline. */
	days: CountedDay[];
	/** Years touched (receipt to deadline) that have no holiday data: only weekends were skipped there. */
	uncoveredYears: number[];
}

/** Largest N accepted: a year of working days; beyond it the tool is the wrong instrument. */
export const MAX_WORKING_DAYS = 260;

/**
 * Adds N working days to a date of receipt.
 * @param received day of receipt (day 0, not counted)
 * @param n number of working days, an integer from 1 to {@link MAX_WORKING_DAYS}
 * @param calendar holidays and cuti bersama by year
 * @throws RangeError when n is not an integer in range (the form validates before calling)
 */
export function addWorkingDays(received: DayNumber, n: number, calendar: HolidayCalendar): Deadline {
	if (!Number.isInteger(n) || n < 1 || n > MAX_WORKING_DAYS) throw new RangeError(`Jumlah hari kerja harus 1–${MAX_WORKING_DAYS}.`);
	const days: CountedDay[] = [];
	let count = 0;
	let day = received;
	let firstWorkingDay: DayNumber | undefined;
	while (count < n) {
		day += 1;
		const reason = dayOffReason(weekday(day), calendar.on(day));
		if (reason) days.push({ day, skipped: reason });
		else {
			count += 1;
			firstWorkingDay ??= day;
			days.push({ day, workingDay: count });
		}
	}
	const uncoveredYears: number[] = [];
	for (let y = yearOf(received); y <= yearOf(day); y++) if (!calendar.covers(y)) uncoveredYears.push(y);
	return { received, deadline: day, firstWorkingDay: firstWorkingDay!, days, uncoveredYears };
}

/**
 * Counts the working days after `from` up to and including `to` (0 when `to` ≤ `from`).
 * Used to check a deadline the other way round and by the tests.
 * @param from day 0 (not counted)
 * @param to last day (counted if it is a working day)
 * @param calendar holidays and cuti bersama by year
 */
export function workingDaysBetween(from: DayNumber, to: DayNumber, calendar: HolidayCalendar): number {
	let count = 0;
	for (let day = from + 1; day <= to; day++) if (!dayOffReason(weekday(day), calendar.on(day))) count++;
	return count;
}
