/**
 * National holidays (hari libur nasional) and collective leave (cuti bersama) by year, as set
 * each year by the joint decree (Surat Keputusan Bersama, SKB) of the Minister of Religious
 * Affairs, the Minister of Manpower and the Minister of State Apparatus Empowerment and
 * Bureaucratic Reform. The data files live in `src/data/hari-libur/<year>.ts`; a year without
 * a file is "not covered" and every tool that counts working days says so.
 */
import { dayFromParts, parseIsoDate, toIsoDate, yearOf, type DayNumber } from './dates.ts';

/** Kind of day off: a national holiday or a collective-leave day. */
export type DayOffKind = 'libur' | 'cuti';

/** One day off. */
export interface DayOff {
	/** ISO date, e.g. "2026-03-20". */
	date: string;
	/** `libur` (hari libur nasional) or `cuti` (cuti bersama). */
	kind: DayOffKind;
	/** What the day marks, as the decree names it, e.g. "Idulfitri 1447 Hijriah". */
	name: string;
}

/** A decree (or an amendment) the year's list rests on. */
export interface Decree {
	/** Full title with the three numbers, as cited. */
	title: string;
	/** Date signed (ISO). */
	signed: string;
	/** What it changed, for amendments. */
	note?: string;
}

/** The days off of one calendar year and the decrees that set them. */
export interface HolidayYear {
	/** Calendar year. */
	year: number;
	/** The SKB first, then its amendments in order. */
	decrees: Decree[];
	/** Every national holiday and cuti bersama day of the year, including those on weekends. */
	days: DayOff[];
	/**
	 * Set when the year's SKB was not available: the list then holds only the dates that are
	 * certain without it (fixed-date holidays and dates computed from Easter), and this text
	 * says so. Such a year is not "covered": the tools keep warning about it.
	 */
	incomplete?: string;
}

/** Days off looked up by day number, plus which years are covered. */
export interface HolidayCalendar {
	/** Days off on a given day (a holiday and a cuti bersama can share a day in theory). */
	on(day: DayNumber): DayOff[];
	/** Whether the year has a complete list (its SKB). A year with only the certain dates is not covered. */
	covers(year: number): boolean;
	/** Covered (complete) years, ascending. */
	years: number[];
	/**
	 * Years with only the certain dates (see {@link HolidayYear.incomplete}), ascending. Optional so
	 * that calendars composed elsewhere (e.g. with the user's own days off) keep compiling.
	 */
	partialYears?: number[];
}

/**
 * Builds the lookup from the year files; checks that each entry lies in its own year and is a real date.
 * @param years the year files
 * @throws Error naming the bad entry (caught by the unit tests and the build)
 */
export function holidayCalendar(years: readonly HolidayYear[]): HolidayCalendar {
	const byDay = new Map<DayNumber, DayOff[]>();
	for (const y of years) {
		for (const d of y.days) {
			const day = parseIsoDate(d.date);
			if (day === undefined || yearOf(day) !== y.year) throw new Error(`Data hari libur ${y.year}: tanggal tidak sah "${d.date}" (${d.name}).`);
			byDay.set(day, [...(byDay.get(day) ?? []), d]);
		}
	}
	const covered = years.filter((y) => !y.incomplete).map((y) => y.year).sort((a, b) => a - b);
	const partial = years.filter((y) => y.incomplete).map((y) => y.year).sort((a, b) => a - b);
	return {
		on: (day) => byDay.get(day) ?? [],
		covers: (year) => covered.includes(year),
		years: covered,
		partialYears: partial,
	};
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, also known as
 * Meeus/Jones/Butcher), as an ISO date. Wafat and Kenaikan Yesus Kristus follow from it.
 * @param year a Gregorian year, 1583 or later
 */
export function easterSunday(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The national holidays of a year that need no SKB to be known: the fixed-date ones and those
 * computed from Easter. Names follow the 2026 SKB. Holidays set by the lunar calendars (Islamic,
 * Chinese, Saka, Buddhist) and all cuti bersama are not here: they need the SKB.
 * @param year calendar year
 */
export function certainHolidays(year: number): DayOff[] {
	const easter = parseIsoDate(easterSunday(year))!;
	const fromEaster = (offset: number) => toIsoDate(easter + offset);
	return [
		{ date: `${year}-01-01`, kind: 'libur', name: `Tahun Baru ${year} Masehi` },
		{ date: fromEaster(-2), kind: 'libur', name: 'Wafat Yesus Kristus' },
		{ date: fromEaster(0), kind: 'libur', name: 'Kebangkitan Yesus Kristus (Paskah)' },
		{ date: `${year}-05-01`, kind: 'libur', name: 'Hari Buruh Internasional' },
		{ date: fromEaster(39), kind: 'libur', name: 'Kenaikan Yesus Kristus' },
		{ date: `${year}-06-01`, kind: 'libur', name: 'Hari Lahir Pancasila' },
		{ date: `${year}-08-17`, kind: 'libur', name: 'Proklamasi Kemerdekaan' },
		{ date: `${year}-12-25`, kind: 'libur', name: 'Kelahiran Yesus Kristus' },
	];
}

/** How far ahead the build checks that holiday data exists. */
export const COVERAGE_MONTHS = 12;

/**
 * A warning when the holiday data does not cover the next {@link COVERAGE_MONTHS} months from
 * `today`, or `undefined` when it does. Pure: the build passes its own date, tests inject dates.
 * @param years the year files
 * @param today ISO date the check starts from (the build date)
 */
export function coverageWarning(years: readonly HolidayYear[], today: string): string | undefined {
	const start = parseIsoDate(today);
	if (start === undefined) throw new Error(`Tanggal tidak sah: "${today}"`);
	const [y, m, d] = today.split('-').map(Number) as [number, number, number];
	const endMonth = m - 1 + COVERAGE_MONTHS;
	const endYear = y + Math.floor(endMonth / 12);
	// The window is 12 months long: it ends the day before the same date a year later.
	const end = (dayFromParts(endYear, (endMonth % 12) + 1, d) ?? dayFromParts(endYear, (endMonth % 12) + 1, 28)!) - 1;
	const missing: number[] = [];
	const partial: number[] = [];
	for (let year = yearOf(start); year <= yearOf(end); year++) {
		const data = years.find((x) => x.year === year);
		if (!data) missing.push(year);
		else if (data.incomplete) partial.push(year);
	}
	if (!missing.length && !partial.length) return undefined;
	const parts: string[] = [];
	if (missing.length) parts.push(`tidak ada data untuk tahun ${missing.join(', ')}`);
	if (partial.length) parts.push(`data tahun ${partial.join(', ')} belum lengkap (SKB hari libur dan cuti bersama belum dimasukkan)`);
	return `Data hari libur tidak mencakup ${COVERAGE_MONTHS} bulan sejak ${today} (sampai ${toIsoDate(end)}): ${parts.join('; ')}. Tambahkan SKB-nya di src/data/hari-libur/.`;
}

/**
 * The reason a day is not a working day, in Indonesian, or `undefined` for a working day.
 * Weekend and day off are both named: "Minggu · Libur nasional: Idulfitri 1447 Hijriah".
 * @param weekdayIndex 0 Sunday … 6 Saturday
 * @param daysOff the days off on that day
 */
export function dayOffReason(weekdayIndex: number, daysOff: readonly DayOff[]): string | undefined {
	const parts: string[] = [];
	if (weekdayIndex === 6) parts.push('Sabtu');
	if (weekdayIndex === 0) parts.push('Minggu');
	for (const d of daysOff) parts.push(`${d.kind === 'libur' ? 'Libur nasional' : 'Cuti bersama'}: ${d.name}`);
	return parts.length ? parts.join(' · ') : undefined;
}

