import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOwnDaysOff, withOwnDaysOff } from '../../src/lib/calendar/own-days-off.ts';
import { holidayCalendar } from '../../src/lib/calendar/holidays.ts';
import { addWorkingDays } from '../../src/lib/calendar/working-days.ts';
import { parseIsoDate, toIsoDate } from '../../src/lib/format/date.ts';

const empty = holidayCalendar([]);

test('own days off: date, optional kind, name; each marked as the reader’s', () => {
	const r = parseOwnDaysOff('2027-01-01 Tahun Baru Masehi\n\n22/03/2027 cuti Idulfitri\n2027-05-01');
	assert.equal(r.ok, true);
	if (!r.ok) return;
	assert.deepEqual(
		r.days.map((d) => [toIsoDate(d.day), d.kind, d.name]),
		[
			['2027-01-01', 'libur', 'Tahun Baru Masehi (tambahan Anda)'],
			['2027-03-22', 'cuti', 'Idulfitri (tambahan Anda)'],
			['2027-05-01', 'libur', 'Hari libur (tambahan Anda)'],
		]
	);
});

test('own days off: bad lines are named', () => {
	const bad = parseOwnDaysOff('2027-01-01 Tahun Baru\nbesok libur');
	assert.equal(bad.ok, false);
	if (!bad.ok) assert.match(bad.error, /^Baris 2/);
	const year = parseOwnDaysOff('0027-01-01 Tahun Baru');
	assert.equal(year.ok, false);
	if (!year.ok) assert.match(year.error, /tahun 0027 di luar rentang 2000–2100/);
	assert.equal(parseOwnDaysOff('2027-01-01 x\n'.repeat(41)).ok, false);
});

test('a deadline into 2027 skips the days the reader added, and says they are the reader’s', () => {
	const own = parseOwnDaysOff('2027-01-01 Tahun Baru Masehi');
	assert.ok(own.ok);
	if (!own.ok) return;
	const calendar = withOwnDaysOff(empty, own.days);
	const result = addWorkingDays(parseIsoDate('2026-12-30')!, 2, calendar);
	assert.equal(toIsoDate(result.deadline), '2027-01-04');
	assert.match(result.days.find((d) => toIsoDate(d.day) === '2027-01-01')!.skipped!, /Tahun Baru Masehi \(tambahan Anda\)/);
	assert.equal(calendar.covers(2027), false);
});
