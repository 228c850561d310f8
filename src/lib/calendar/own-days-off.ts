/**
 * Holidays and cuti bersama the reader adds by hand: for a year whose decree the site does not
 * have yet, or for a regional holiday. Both working-day tools (deadline and content calendar)
 * read the same text field, keep it in the browser under one key and in the shared link, and
 * name every date that came from it ("(tambahan Anda)"), so a reader always sees which days are
 * the site's data and which are their own. The holiday data itself is not touched: the reader's
 * days are laid over the lookup ({@link withOwnDaysOff}).
 */
import { readDate } from '../format/date.ts';
import type { DayNumber } from '../format/date.ts';
import type { DayOff, HolidayCalendar } from './holidays.ts';

/** Form field name (also the URL parameter) in both tools. */
export const OWN_DAYS_OFF_FIELD = 'libur-tambahan';
/** Browser storage key shared by both tools. */
export const OWN_DAYS_OFF_KEY = 'pedoman:libur-tambahan:v1';
/** Most lines read: a year has about 25 days off. */
export const MAX_OWN_DAYS_OFF = 40;
/** Added to the name of every day the reader added. */
export const OWN_MARK = '(tambahan Anda)';

/** A day off typed by the reader. */
export interface OwnDayOff extends DayOff {
	day: DayNumber;
}

const EXAMPLE = 'Tulis satu per baris, misalnya: 2027-01-01 Tahun Baru Masehi, atau 2027-03-22 cuti Idulfitri.';

/**
 * Reads one day off per line: an ISO date (or 1/1/2027), optionally "libur" or "cuti", then the
 * name. Blank lines are skipped.
 * @param text the field
 * @returns the days, or a message naming the first bad line
 */
export function parseOwnDaysOff(text: string): { ok: true; days: OwnDayOff[] } | { ok: false; error: string } {
	const days: OwnDayOff[] = [];
	const lines = text.split(/\r?\n/);
	for (const [i, raw] of lines.entries()) {
		const line = raw.trim();
		if (!line) continue;
		if (days.length >= MAX_OWN_DAYS_OFF) return { ok: false, error: `Paling banyak ${MAX_OWN_DAYS_OFF} hari libur tambahan.` };
		const m = /^(\S+)\s*(?:\b(libur|cuti)\b)?\s*(.*)$/i.exec(line)!;
		const date = readDate(m[1]!, `Baris ${i + 1}`, { min: 2000, max: 2100 });
		if (!date.ok) return { ok: false, error: `${date.error} ${EXAMPLE}` };
		const name = m[3]!.trim().slice(0, 80) || 'Hari libur';
		const kind = m[2]?.toLowerCase() === 'cuti' ? 'cuti' : 'libur';
		days.push({ day: date.value, date: m[1]!, kind, name: `${name} ${OWN_MARK}` });
	}
	return { ok: true, days };
}

/**
 * The holiday lookup with the reader's days added. Coverage is unchanged: a year without the
 * decree stays "not covered", so the tools keep saying the site's data is missing.
 * @param calendar the site's holiday lookup
 * @param own the reader's days
 */
export function withOwnDaysOff(calendar: HolidayCalendar, own: readonly OwnDayOff[]): HolidayCalendar {
	if (own.length === 0) return calendar;
	const byDay = new Map<DayNumber, DayOff[]>();
	for (const d of own) byDay.set(d.day, [...(byDay.get(d.day) ?? []), { date: d.date, kind: d.kind, name: d.name }]);
	return { ...calendar, on: (day) => [...calendar.on(day), ...(byDay.get(day) ?? [])] };
}

/** Label and hint of the field, the same in both tools. */
export const OWN_DAYS_OFF_TEXT = {
	label: 'Hari libur atau cuti bersama tambahan (boleh dikosongkan)',
	hint: 'Untuk tahun yang datanya belum ada di situs ini, atau libur daerah. Satu per baris: tanggal, lalu "cuti" bila cuti bersama, lalu namanya. Misalnya: 2027-01-01 Tahun Baru Masehi. Tersimpan di peramban ini dan ikut dalam tautan.',
} as const;
