import { test } from 'node:test';
import assert from 'node:assert/strict';
import { change, dateOrderNote, kpiRows, parseStoredReport, pointChange, readManual, summaryText } from '../../src/lib/report/view.ts';
import { readPosts } from '../../src/lib/report/posts.ts';
import { weeklyReport } from '../../src/lib/report/weekly.ts';
import { parseIsoDate } from '../../src/lib/format/date.ts';

test('last week figures use the one number reader: English thousands are thousands', () => {
	const { manual, errors } = readManual({ 'lalu-jangkauan': '50,000', 'lalu-interaksi': '4.000', 'lalu-unggahan': '12%' });
	assert.equal(manual.reach, 50000);
	assert.equal(manual.interactions, 4000);
	assert.match(errors['lalu-unggahan']!, /bukan persentase/);
});

test('stored form keeps the pasted CSV as typed and drops malformed parts', () => {
	assert.deepEqual(parseStoredReport({ v: 1, csv: 'a;b\n1;2', manual: { 'lalu-jangkauan': '900', x: 1 } }), { v: 1, csv: 'a;b\n1;2', manual: { 'lalu-jangkauan': '900' } });
	assert.equal(parseStoredReport({ v: 2, csv: '' }), undefined);
	assert.equal(parseStoredReport('x'), undefined);
});

test('changes and point changes read as a person expects', () => {
	assert.equal(change(110, 100), '+10,0%');
	assert.equal(change(5, 0), 'naik dari 0');
	assert.equal(change(100, 100), 'tetap');
	// 10,3% vs 9,3% shown: the change is the difference of the shown figures.
	assert.equal(pointChange(10.34, 9.26), '+1,0 poin persen');
});

test('the date order of slashed dates is always said', () => {
	assert.match(dateOrderNote('mdy'), /bulan\/hari\/tahun/);
	assert.match(dateOrderNote('dmy'), /hari\/bulan\/tahun/);
	assert.equal(dateOrderNote('iso'), '');
	const read = readPosts('Publish time;Reach;Likes\n05/11/2026 10:00;100;5\n06/11/2026 10:00;200;10\n');
	assert.equal(read.ok && read.dateOrder, 'mdy');
});

test('KPI rows and summary from a report', () => {
	const read = readPosts('Tanggal;Jangkauan;Suka\n2026-11-16;1.000;50\n2026-11-17;1.000;30\n2026-11-10;1.000;40\n');
	assert.ok(read.ok);
	if (!read.ok) return;
	const report = weeklyReport(read.posts, { impressions: false, follows: false, pillar: false, type: false, platform: false, interactionFields: ['likes'] }, { weekStart: parseIsoDate('2026-11-16')!, manual: {} });
	const rows = kpiRows(report);
	assert.deepEqual(rows[0], ['Unggahan', '2', '1', '+100,0%']);
	assert.equal(rows.at(-1)![0], 'Engagement rate (per jangkauan)');
	assert.match(summaryText(report), /^Laporan 16–22 November 2026: 2 unggahan, jangkauan 2\.000, interaksi 80, engagement rate 4,0% \(minggu lalu 4,0%\)\.$/);
});
