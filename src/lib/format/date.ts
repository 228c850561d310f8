/**
 * Calendar dates as Indonesian readers write them, the one home for reading and writing a date
 * anywhere on the site. A date is a calendar day without a time zone: a day number (days since
 * 1970-01-01, UTC), a `Date` at UTC midnight (frontmatter dates), or an ISO string ("2026-12-07").
 * Formatting always uses UTC, so a date never shifts by a day in another time zone.
 */
import type { Parsed } from './number.ts';

/** Days since 1970-01-01 (UTC); 0 is Thursday 1 January 1970. */
export type DayNumber = number;

/** Anything the formatters accept: a day number, a `Date` (its UTC day counts) or an ISO date string. */
export type DateLike = DayNumber | Date | string;

const MS_PER_DAY = 86_400_000;

/** Years a date may have unless a field says otherwise (guards against "0026" and "9999"). */
export const YEAR_RANGE = { min: 1900, max: 2199 } as const;

/**
 * Reads an ISO calendar date ("2026-12-07"). Returns `undefined` for anything else, including
 * dates that do not exist ("2026-02-30") and years outside the range (default 1900–2199).
 * @param text the date as typed or as given by `<input type="date">`
 * @param years accepted years (inclusive)
 */
export function parseIsoDate(text: string, years: { min: number; max: number } = YEAR_RANGE): DayNumber | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!m) return undefined;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year < years.min || year > years.max || month < 1 || month > 12 || day < 1) return undefined;
	const ms = Date.UTC(year, month - 1, day);
	const check = new Date(ms);
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
	return ms / MS_PER_DAY;
}

/**
 * Reads a date field (ISO "2026-10-01" as a date input gives it, or "1/10/2026", "01-10-2026",
 * "1.10.2026" day first as Indonesians write it) with a message for the field: an empty field,
 * a date that does not exist, or a year outside `years` (a two-digit year typed into a date
 * picker arrives as "0026").
 * @param text raw field text
 * @param label the field's name for messages ("Tanggal awal")
 * @param years accepted years (inclusive); default 1900–2199
 */
export function readDate(text: string, label: string, years: { min: number; max: number } = YEAR_RANGE): Parsed<DayNumber> {
	const t = text.trim();
	if (!t) return { ok: false, error: `${label} wajib diisi.` };
	const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(t);
	const iso = /^(\d{1,6})-(\d{1,2})-(\d{1,2})$/.exec(t);
	const [y, m, d] = local ? [local[3]!, local[2]!, local[1]!] : iso ? [iso[1]!, iso[2]!, iso[3]!] : [];
	if (y === undefined) return { ok: false, error: `${label} tidak dikenali. Pilih tanggal, misalnya 1 Oktober 2026.` };
	const year = Number(y);
	if (y.length !== 4 || year < years.min || year > years.max)
		return { ok: false, error: `${label}: tahun ${y} di luar rentang ${years.min}–${years.max}. Tulis tahun dengan empat angka, misalnya ${Math.min(Math.max(2026, years.min), years.max)}.` };
	const day = parseIsoDate(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`, years);
	return day === undefined ? { ok: false, error: `${label} tidak ada di kalender (${t}). Periksa tanggal dan bulannya.` } : { ok: true, value: day };
}

/** Builds a day number from year, month (1–12) and day, or `undefined` when the date does not exist. */
export function dayFromParts(year: number, month: number, day: number): DayNumber | undefined {
	return parseIsoDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** The day number of any {@link DateLike}; `undefined` for a string that is not an ISO date. */
export function toDayNumber(date: DateLike): DayNumber | undefined {
	if (typeof date === 'number') return date;
	if (typeof date === 'string') return parseIsoDate(date, { min: 1, max: 9999 });
	return Math.floor(date.getTime() / MS_PER_DAY);
}

/** Writes a day number as an ISO date: `toIsoDate(20794)` → "2026-12-07". */
export function toIsoDate(day: DayNumber): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Weekday of a day number: 0 Sunday, 1 Monday … 6 Saturday. */
export function weekday(day: DayNumber): number {
	return (((day + 4) % 7) + 7) % 7;
}

/** Indonesian weekday names, index 0 = Sunday (as {@link weekday} returns). */
export const WEEKDAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const longFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function asDate(date: DateLike): Date {
	const day = toDayNumber(date);
	if (day === undefined) throw new RangeError(`Tanggal tidak dikenali: ${String(date)}`);
	return new Date(day * MS_PER_DAY);
}

/** "7 Desember 2026". */
export function formatDateId(date: DateLike): string {
	return longFormat.format(asDate(date));
}

/** "Senin, 7 Desember 2026": the form used for deadlines. */
export function formatDateWithDay(date: DateLike): string {
	const d = asDate(date);
	return `${WEEKDAYS_ID[d.getUTCDay()]}, ${longFormat.format(d)}`;
}

/** "7 Des": for chart axes and compact tables. */
export function formatDateShort(date: DateLike): string {
	return shortFormat.format(asDate(date));
}

/**
 * "16–22 November 2026", "30 November – 6 Desember 2026" or "28 Desember 2026 – 3 Januari 2027".
 * @param from first day
 * @param to last day (inclusive)
 */
export function formatRangeId(from: DateLike, to: DateLike): string {
	const a = asDate(from);
	const b = asDate(to);
	if (a.getTime() === b.getTime()) return longFormat.format(a);
	if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${longFormat.format(a)} – ${longFormat.format(b)}`;
	if (a.getUTCMonth() !== b.getUTCMonth()) return `${dayMonthFormat.format(a)} – ${longFormat.format(b)}`;
	return `${a.getUTCDate()}–${longFormat.format(b)}`;
}
