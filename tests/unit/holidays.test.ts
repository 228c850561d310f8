import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certainHolidays, coverageWarning, easterSunday, holidayCalendar, type HolidayYear } from '../../src/lib/calendar/holidays.ts';
import { parseIsoDate, weekday } from '../../src/lib/calendar/dates.ts';
import { HOLIDAY_YEARS } from '../../src/data/hari-libur/index.ts';

const complete = (year: number): HolidayYear => ({ year, decrees: [{ title: `SKB ${year}`, signed: `${year - 1}-09-01` }], days: [] });
const partial = (year: number): HolidayYear => ({ year, decrees: [], days: certainHolidays(year), incomplete: 'belum lengkap' });

test('easterSunday matches known Easter dates', () => {
	// Dates of Easter Sunday that the 2024–2026 SKBs list as Paskah, plus 2027 and a far year.
	for (const [year, date] of [
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2038, '2038-04-25'],
	] as const) {
		assert.equal(easterSunday(year), date, String(year));
		assert.equal(weekday(parseIsoDate(date)!), 0, `${date} is a Sunday`);
	}
});

test('certainHolidays agrees with the 2026 SKB on every date it can know', () => {
	const skb2026 = HOLIDAY_YEARS.find((y) => y.year === 2026)!;
	for (const d of certainHolidays(2026)) {
		assert.ok(
			skb2026.days.some((s) => s.date === d.date && s.kind === 'libur'),
			`${d.date} ${d.name} ada di SKB 2026`
		);
	}
});

test('certainHolidays 2027: fixed dates and Easter-based dates', () => {
	const days = Object.fromEntries(certainHolidays(2027).map((d) => [d.name, d.date]));
	assert.equal(days['Wafat Yesus Kristus'], '2027-03-26');
	assert.equal(days['Kebangkitan Yesus Kristus (Paskah)'], '2027-03-28');
	assert.equal(days['Kenaikan Yesus Kristus'], '2027-05-06');
	assert.equal(days['Proklamasi Kemerdekaan'], '2027-08-17');
	assert.equal(certainHolidays(2027).length, 8);
});

test('a partial year marks its days off but is not covered', () => {
	const cal = holidayCalendar([complete(2026), partial(2027)]);
	assert.equal(cal.covers(2026), true);
	assert.equal(cal.covers(2027), false);
	assert.deepEqual(cal.years, [2026]);
	assert.deepEqual(cal.partialYears, [2027]);
	assert.equal(cal.on(parseIsoDate('2027-01-01')!)[0]?.name, 'Tahun Baru 2027 Masehi');
});

test('coverageWarning: silent when the next 12 months are covered', () => {
	assert.equal(coverageWarning([complete(2026), complete(2027)], '2026-01-01'), undefined);
	assert.equal(coverageWarning([complete(2026)], '2026-01-01'), undefined, 'the window ends on 31 December');
});

test('coverageWarning: names a missing year and a partial year', () => {
	const missing = coverageWarning([complete(2026)], '2026-12-01');
	assert.ok(missing);
	assert.match(missing, /2027/);
	assert.match(missing, /tidak ada data/);
	assert.match(missing, /2027-11-30/);
	const part = coverageWarning([complete(2026), partial(2027)], '2026-12-01');
	assert.ok(part);
	assert.match(part, /belum lengkap/);
	assert.doesNotMatch(part, /tidak ada data/);
});

test('coverageWarning: end of a short month and bad input', () => {
	const w = coverageWarning([complete(2027)], '2027-02-28');
	assert.match(w!, /2028/);
	assert.ok(coverageWarning([complete(2027), complete(2028)], '2027-08-31') === undefined);
	assert.throws(() => coverageWarning([], 'kemarin'), /tidak sah/);
});

test('the site data: 2027 is marked incomplete, so a build in December 2026 warns', () => {
	const y2027 = HOLIDAY_YEARS.find((y) => y.year === 2027);
	assert.ok(y2027?.incomplete, '2027 ditandai belum lengkap');
	assert.match(coverageWarning(HOLIDAY_YEARS, '2026-12-01') ?? '', /2027/);
	assert.equal(coverageWarning(HOLIDAY_YEARS, '2026-01-01'), undefined);
});
