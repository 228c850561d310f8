/**
 * National holidays (hari libur nasional) and collective leave (cuti bersama) by year, as set
 * each year by the joint decree (Surat Keputusan Bersama, SKB) of the Minister of Religious
 * Affairs, the Minister of Manpower and the Minister of State Apparatus Empowerment and
 * Bureaucratic Reform. The data files live in `src/data/hari-libur/<year>.ts`; a year without
 * a file is "not covered" and every tool that counts working days says so.
 */
import { parseIsoDate, yearOf, type DayNumber } from './dates.ts';

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
}

/** Days off looked up by day number, plus which years are covered. */
export interface HolidayCalendar {
	/** Days off on a given day (a holiday and a cuti bersama can share a day in theory). */
	on(day: DayNumber): DayOff[];
	/** Whether the year has a data file. */
	covers(year: number): boolean;
	/** Covered years, ascending. */
	years: number[];
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
	const covered = years.map((y) => y.year).sort((a, b) => a - b);
	return {
		on: (day) => byDay.get(day) ?? [],
		covers: (year) => covered.includes(year),
		years: covered,
	};
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

