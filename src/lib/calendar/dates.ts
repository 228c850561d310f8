/**
 * Calendar dates without time zones. A date is handled as an ISO string ("2026-12-07") or as a
 * day number (days since 1970-01-01), never as a local `Date`, so a deadline cannot shift by a
 * day because the reader's browser sits in another time zone.
 */

/** Days since 1970-01-01 (UTC); 0 is Thursday 1 January 1970. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/**
 * Reads an ISO calendar date ("2026-12-07"). Returns `undefined` for anything else, including
 * dates that do not exist ("2026-02-30") and years outside 1900–2199.
 * @param text the date as typed or as given by `<input type="date">`
 */
export function parseIsoDate(text: string): DayNumber | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!m) return undefined;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
	const ms = Date.UTC(year, month - 1, day);
	const check = new Date(ms);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
	return ms / MS_PER_DAY;
}

/**
 * Builds a day number from year, month (1–12) and day, or `undefined` when the date does not exist.
 * @param year four-digit year
 * @param month 1–12
 * @param day 1–31
 */
export function dayFromParts(year: number, month: number, day: number): DayNumber | undefined {
	return parseIsoDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * Writes a day number as an ISO date: `toIsoDate(20794)` → "2026-12-07".
 * @param day a day number
 */
export function toIsoDate(day: DayNumber): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Weekday of a day number: 0 Sunday, 1 Monday … 6 Saturday.
 * @param day a day number
 */
export function weekday(day: DayNumber): number {
	return (((day + 4) % 7) + 7) % 7;
}

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

/** Indonesian weekday names, index 0 = Sunday (as `weekday` returns). */
export const WEEKDAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const longFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * "7 Desember 2026".
 * @param day a day number
 */
export function formatDateId(day: DayNumber): string {
	return longFormat.format(new Date(day * MS_PER_DAY));
}

/**
 * "Senin, 7 Desember 2026" — the form used for deadlines.
 * @param day a day number
 */
export function formatDateWithDay(day: DayNumber): string {
	return `${WEEKDAYS_ID[weekday(day)]}, ${formatDateId(day)}`;
}

/**
 * "7 Des" — for chart axes and compact tables.
 * @param day a day number
 */
export function formatDateShort(day: DayNumber): string {
	return shortFormat.format(new Date(day * MS_PER_DAY));
}

/**
 * "16–22 November 2026", "30 November – 6 Desember 2026" or "28 Desember 2026 – 3 Januari 2027".
 * @param from first day
 * @param to last day (inclusive)
 */
export function formatRangeId(from: DayNumber, to: DayNumber): string {
	const a = new Date(from * MS_PER_DAY);
	const b = new Date(to * MS_PER_DAY);
	if (from === to) return formatDateId(from);
	if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatDateId(from)} – ${formatDateId(to)}`;
	if (a.getUTCMonth() !== b.getUTCMonth()) {
		const month = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', timeZone: 'UTC' });
		return `${month.format(a)} – ${formatDateId(to)}`;
	}
	return `${a.getUTCDate()}–${formatDateId(to)}`;
}
