import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	formatDateId,
	formatDateWithDay,
	formatRangeId,
	mondayOf,
	parseIsoDate,
	toIsoDate,
	weekday,
} from '../../src/lib/calendar/dates.ts';
import { dayOffReason, holidayCalendar } from '../../src/lib/calendar/holidays.ts';
import { addWorkingDays, workingDaysBetween, MAX_WORKING_DAYS } from '../../src/lib/calendar/working-days.ts';
import { DEADLINE_PRESETS } from '../../src/lib/calendar/deadline-presets.ts';
import { HOLIDAY_YEARS } from '../../src/data/hari-libur/index.ts';

const calendar = holidayCalendar(HOLIDAY_YEARS);
const d = (iso: string) => {
	const day = parseIsoDate(iso);
	assert.ok(day !== undefined, iso);
	return day;
};

test('parseIsoDate accepts real ISO dates and rejects the rest', () => {
	const cases: [string, string | undefined][] = [
		['2026-12-07', '2026-12-07'],
		[' 2026-02-28 ', '2026-02-28'],
		['2024-02-29', '2024-02-29'],
		['2026-02-29', undefined],
		['2026-13-01', undefined],
		['2026-00-10', undefined],
		['07-12-2026', undefined],
		['2026-1-7', undefined],
		['', undefined],
		['1899-12-31', undefined],
	];
	for (const [input, expected] of cases) {
		const day = parseIsoDate(input);
		assert.equal(day === undefined ? undefined : toIsoDate(day), expected, input);
	}
});

test('dates are written the Indonesian way', () => {
	assert.equal(formatDateWithDay(d('2026-12-07')), 'Senin, 7 Desember 2026');
	assert.equal(formatDateId(d('2026-11-21')), '21 November 2026');
	assert.equal(formatDateWithDay(d('2027-01-06')), 'Rabu, 6 Januari 2027');
	assert.equal(formatRangeId(d('2026-11-16'), d('2026-11-22')), '16–22 November 2026');
	assert.equal(formatRangeId(d('2026-11-30'), d('2026-12-06')), '30 November – 6 Desember 2026');
	assert.equal(formatRangeId(d('2026-12-28'), d('2027-01-03')), '28 Desember 2026 – 3 Januari 2027');
	assert.equal(weekday(d('2026-12-07')), 1);
	assert.equal(toIsoDate(mondayOf(d('2026-12-13'))), '2026-12-07');
	assert.equal(toIsoDate(mondayOf(d('2026-12-07'))), '2026-12-07');
});

test('holiday data: counts, dates inside their year, decrees named', () => {
	const expected: Record<number, { libur: number; cuti: number; decree: RegExp }> = {
		2025: { libur: 17, cuti: 11, decree: /Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024/ },
		2026: { libur: 17, cuti: 8, decree: /Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025/ },
	};
	assert.deepEqual(calendar.years, [2025, 2026]);
	for (const year of HOLIDAY_YEARS) {
		if (year.incomplete) continue; // only the certain dates; see tests/unit/holidays.test.ts
		const want = expected[year.year]!;
		assert.equal(year.days.filter((x) => x.kind === 'libur').length, want.libur, `${year.year} libur`);
		assert.equal(year.days.filter((x) => x.kind === 'cuti').length, want.cuti, `${year.year} cuti`);
		assert.match(year.decrees[0]!.title, want.decree);
		const keys = year.days.map((x) => `${x.date}/${x.kind}`);
		assert.equal(new Set(keys).size, keys.length, `${year.year}: no duplicate entries`);
	}
	assert.equal(calendar.covers(2027), false, '2027 holds only the certain dates, so it is not covered');
	assert.deepEqual(calendar.partialYears, [2027]);
	assert.throws(() => holidayCalendar([{ year: 2030, decrees: [], days: [{ date: '2031-01-01', kind: 'libur', name: 'x' }] }]), /2030/);
});

test('dayOffReason names weekend and day off together', () => {
	assert.equal(dayOffReason(3, []), undefined);
	assert.equal(dayOffReason(6, []), 'Sabtu');
	assert.equal(dayOffReason(0, [{ date: '2026-03-22', kind: 'libur', name: 'Idulfitri 1447 Hijriah' }]), 'Minggu · Libur nasional: Idulfitri 1447 Hijriah');
	assert.equal(dayOffReason(4, [{ date: '2026-12-24', kind: 'cuti', name: 'Kelahiran Yesus Kristus' }]), 'Cuti bersama: Kelahiran Yesus Kristus');
});

test('addWorkingDays: table of deadlines (day of receipt is day 0)', () => {
	const cases: { received: string; n: number; deadline: string; uncovered?: number[]; why: string }[] = [
		{ received: '2026-11-23', n: 10, deadline: '2026-12-07', why: 'two plain weeks' },
		{ received: '2026-11-02', n: 1, deadline: '2026-11-03', why: 'next working day' },
		{ received: '2026-11-06', n: 1, deadline: '2026-11-09', why: 'Friday → Monday' },
		{ received: '2026-11-07', n: 1, deadline: '2026-11-09', why: 'received on Saturday' },
		{ received: '2026-12-18', n: 5, deadline: '2026-12-29', why: 'cuti bersama 24 Dec and Christmas 25 Dec' },
		{ received: '2026-03-17', n: 3, deadline: '2026-03-27', why: 'Nyepi and Idulfitri 2026: 18–24 March off' },
		{ received: '2025-08-15', n: 1, deadline: '2025-08-19', why: 'cuti bersama 18 Aug 2025 from the amending SKB' },
		{ received: '2025-12-24', n: 3, deadline: '2025-12-31', why: 'Christmas and cuti bersama 2025' },
		{ received: '2025-12-24', n: 5, deadline: '2026-01-05', why: 'crosses the year end, 1 Jan 2026 skipped' },
		{ received: '2026-05-13', n: 10, deadline: '2026-06-03', why: 'five days off in May–June 2026 (Waisak on a Sunday)' },
		{ received: '2026-12-21', n: 10, deadline: '2027-01-07', uncovered: [2027], why: 'runs into 2027, whose data is incomplete: 1 Jan 2027 is skipped, the year still reported' },
		{ received: '2024-12-30', n: 2, deadline: '2025-01-02', uncovered: [2024], why: 'starts in 2024, which has no data' },
	];
	for (const c of cases) {
		const result = addWorkingDays(d(c.received), c.n, calendar);
		assert.equal(toIsoDate(result.deadline), c.deadline, c.why);
		assert.deepEqual(result.uncoveredYears, c.uncovered ?? [], c.why);
		assert.equal(result.days.filter((x) => x.workingDay).length, c.n, c.why);
		assert.equal(result.days.at(-1)!.workingDay, c.n, `${c.why}: the deadline is itself a working day`);
		assert.equal(workingDaysBetween(d(c.received), result.deadline, calendar), c.n, c.why);
	}
});

test('addWorkingDays lists skipped days with their reasons', () => {
	const result = addWorkingDays(d('2026-12-18'), 5, calendar);
	const skipped = result.days.filter((x) => x.skipped).map((x) => [toIsoDate(x.day), x.skipped]);
	assert.deepEqual(skipped, [
		['2026-12-19', 'Sabtu'],
		['2026-12-20', 'Minggu'],
		['2026-12-24', 'Cuti bersama: Kelahiran Yesus Kristus'],
		['2026-12-25', 'Libur nasional: Kelahiran Yesus Kristus'],
		['2026-12-26', 'Sabtu'],
		['2026-12-27', 'Minggu'],
	]);
	assert.equal(toIsoDate(result.firstWorkingDay), '2026-12-21');
});

test('addWorkingDays rejects impossible counts', () => {
	for (const n of [0, -1, 2.5, MAX_WORKING_DAYS + 1, Number.NaN]) assert.throws(() => addWorkingDays(d('2026-01-05'), n, calendar), RangeError, String(n));
});

test('deadline presets carry the numbers of DOMAIN notes', () => {
	const byId = Object.fromEntries(DEADLINE_PRESETS.map((p) => [p.id, p.days]));
	assert.deepEqual(byId, { kip: 10, 'kip-perpanjangan': 17, 'lapor-verifikasi': 3, 'lapor-tindak-lanjut': 5 });
});
