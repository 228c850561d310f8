import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateResponse, formatDuration, median, parseDuration, parseDurationList } from '../../src/lib/tools/response.ts';
import type { FormValues } from '../../src/lib/tools/form.ts';

test('parseDuration reads the forms admins write', () => {
	const cases: [string, number | undefined][] = [
		['45', 45],
		['7,5', 7.5],
		['1:30', 90],
		['0:45', 45],
		['1:30:30', 90.5],
		['2 jam', 120],
		['2jam', 120],
		['15 menit', 15],
		['15 Menit', 15],
		['1 jam 30 menit', 90],
		['1 jam dan 30 menit', 90],
		['1,5 jam', 90],
		['2j 15m', 135],
		['1 hari', 1440],
		['90 detik', 1.5],
		['1.000', 1000],
		['', undefined],
		['sebentar', undefined],
		['2 minggu', undefined],
		['1:75', undefined],
		['-5', undefined],
		['jam 2', undefined],
		['15 menit.', undefined],
		['400 hari', undefined],
	];
	for (const [input, expected] of cases) assert.equal(parseDuration(input), expected, input);
});

test('formatDuration writes durations for readers', () => {
	const cases: [number, string][] = [
		[0, '0 menit'],
		[0.75, '45 detik'],
		[7.5, '7,5 menit'],
		[45, '45 menit'],
		[60, '1 jam'],
		[67.5, '1 jam 8 menit'],
		[1440, '1 hari'],
		[1440 * 2 + 180, '2 hari 3 jam'],
		[1500.2, '1 hari 1 jam'],
	];
	for (const [minutes, expected] of cases) assert.equal(formatDuration(minutes), expected, String(minutes));
	assert.throws(() => formatDuration(Number.NaN), RangeError);
});

test('median and parseDurationList', () => {
	assert.equal(median([5, 1, 3]), 3);
	assert.equal(median([4, 1, 3, 2]), 2.5);
	assert.throws(() => median([]), RangeError);
	assert.deepEqual(parseDurationList('45\n\n1:30\nsebentar\n2 jam\r\n'), { minutes: [45, 90, 120], bad: [{ line: 4, text: 'sebentar' }] });
});

test('evaluateResponse from a pasted list', () => {
	const result = evaluateResponse({ masuk: '5', waktu: '45\n1:30\n2 jam\n15 menit', batas: '1 jam', target: '90' });
	assert.equal(result.ok, true);
	if (!result.ok) return;
	const t = result.view.text!;
	assert.equal(t.rate, '80%');
	assert.equal(t.rateFormula, '4 dijawab ÷ 5 pesan masuk × 100 = 80%');
	assert.equal(t.rateTarget, 'Belum memenuhi target 90%: kurang 10 poin persen, atau sekitar 1 pesan lagi yang perlu dijawab.');
	assert.equal(t.average, '1 jam 8 menit');
	assert.equal(t.averageFormula, '4 jam 30 menit total ÷ 4 respons = 1 jam 8 menit');
	assert.equal(t.median, '1 jam 8 menit');
	assert.equal(t.onTime, '50%');
	assert.equal(t.onTimeFormula, '2 dari 4 respons dalam batas 1 jam = 50%');
	assert.equal(t.unanswered, '1 pesan belum dijawab.');
	assert.deepEqual(result.view.show, { rateTarget: true, time: true, median: true, noTime: false, onTime: true, limitMissing: false });
});

test('evaluateResponse from recap counts', () => {
	const result = evaluateResponse({ masuk: '40', dijawab: '38', total: '57 jam', tepat: '30', batas: '2 jam', target: '95' });
	assert.equal(result.ok, true);
	if (!result.ok) return;
	const t = result.view.text!;
	assert.equal(t.rate, '95%');
	assert.equal(t.rateTarget, 'Memenuhi target 95%.');
	assert.equal(t.averageFormula, '2 hari 9 jam total ÷ 38 respons = 1 jam 30 menit');
	assert.equal(t.onTimeFormula, '30 dari 38 respons dalam batas 2 jam = 78,9%');
	assert.equal(result.view.show!.median, false);
});

test('evaluateResponse: the long tail shows in the median note; a count mismatch is a warning', () => {
	const result = evaluateResponse({ masuk: '10', dijawab: '5', waktu: '10\n10\n10\n2 hari' });
	assert.equal(result.ok, true);
	if (!result.ok) return;
	assert.match(result.view.text!.medianMeaning!, /^Separuh pesan dijawab dalam 10 menit atau lebih cepat\. Tercepat 10 menit, terlama 2 hari\. Rata-rata jauh di atas median/);
	assert.match(result.warnings!.waktu!, /daftar berisi 4 waktu, sedangkan pesan dijawab 5/);
});

test('evaluateResponse: bad input gets a message at the field', () => {
	const cases: [string, FormValues, string, RegExp][] = [
		['no incoming', { dijawab: '3' }, 'masuk', /Pesan masuk wajib diisi/],
		['zero incoming', { masuk: '0', dijawab: '0' }, 'masuk', /lebih dari 0/],
		['no answered, no list', { masuk: '4' }, 'dijawab', /wajib diisi \(atau tempel daftar/],
		['answered > incoming', { masuk: '4', dijawab: '5' }, 'dijawab', /tidak boleh melebihi pesan masuk \(4\)/],
		['list longer than incoming', { masuk: '1', waktu: '4\n5' }, 'waktu', /Daftar berisi 2 waktu respons, lebih banyak daripada pesan masuk \(1\)/],
		['unreadable lines', { masuk: '9', waktu: '45\nsebentar\n1:30\nbesok pagi' }, 'waktu', /^Tidak terbaca: baris 2 \(“sebentar”\) dan baris 4 \(“besok pagi”\)\. Tulis misalnya/],
		['many unreadable lines', { masuk: '9', waktu: 'a\nb\nc\nd\ne' }, 'waktu', /baris 1 \(“a”\), baris 2 \(“b”\), dan baris 3 \(“c”\) dan 2 baris lain/],
		['both total and list', { masuk: '9', waktu: '4', total: '4' }, 'total', /jangan keduanya/],
		['unreadable total', { masuk: '9', dijawab: '3', total: 'lama' }, 'total', /tidak terbaca/],
		['unreadable limit', { masuk: '9', dijawab: '3', batas: 'cepat' }, 'batas', /tidak terbaca/],
		['zero limit', { masuk: '9', dijawab: '3', batas: '0' }, 'batas', /lebih dari 0/],
		['on time without a limit', { masuk: '9', dijawab: '3', tepat: '2' }, 'batas', /Isi batas waktu/],
		['on time > answered', { masuk: '9', dijawab: '3', tepat: '4', batas: '1 jam' }, 'tepat', /tidak boleh melebihi pesan dijawab/],
		['on time with a list', { masuk: '9', waktu: '5', tepat: '1', batas: '1 jam' }, 'tepat', /dihitung dari daftar/],
		['target over 100', { masuk: '9', dijawab: '3', target: '120' }, 'target', /paling besar 100/],
	];
	for (const [name, values, field, message] of cases) {
		const result = evaluateResponse(values);
		assert.equal(result.ok, false, name);
		if (!result.ok) assert.match(result.errors[field] ?? '', message, `${name}: ${JSON.stringify(result.errors)}`);
	}
});

test('evaluateResponse: no answers yet gives a sentence, not NaN', () => {
	const result = evaluateResponse({ masuk: '3', dijawab: '0', total: '0' });
	assert.equal(result.ok, true);
	if (!result.ok) return;
	assert.equal(result.view.text!.rate, '0%');
	assert.equal(result.view.text!.average, 'tidak dapat dihitung');
	assert.doesNotMatch(JSON.stringify(result.view), /NaN|Infinity/);
});

test('durations as admins write them: clock with dot or colon, minutes, hours and minutes', async () => {
	const { parseDuration, evaluateResponse, MAX_LINES } = await import('../../src/lib/tools/response.ts');
	const cases: [string, number][] = [
		['1.30', 90],
		['1:30', 90],
		['0.45', 45],
		['2.15', 135],
		['90 menit', 90],
		['1 jam 30 menit', 90],
		['1 jam 30', 90],
		['1,5 jam', 90],
		['7,5', 7.5],
		['45', 45],
	];
	for (const [input, minutes] of cases) assert.equal(parseDuration(input), minutes, input);
	assert.equal(parseDuration('1.5'), 1.5);

	const listed = evaluateResponse({ masuk: '3', waktu: '1.30\n2.15\n0.45', batas: '1 jam' });
	assert.equal(listed.ok, true);
	if (listed.ok) {
		assert.equal(listed.view.text!.average, '1 jam 30 menit');
		assert.equal(listed.view.text!.onTime, '33,3%');
	}

	const huge = evaluateResponse({ masuk: '100000', waktu: '5\n'.repeat(MAX_LINES + 1) });
	assert.equal(huge.ok, false);
	if (!huge.ok) assert.match(huge.errors.waktu!, /terlalu panjang: 5\.001 baris, paling banyak 5\.000/);
});

test('on time is shown over all incoming messages too, with the denominator named', async () => {
	const { evaluateResponse } = await import('../../src/lib/tools/response.ts');
	const r = evaluateResponse({ masuk: '10', dijawab: '5', total: '2 jam', tepat: '5', batas: '1 jam' });
	assert.equal(r.ok, true);
	if (!r.ok) return;
	assert.equal(r.view.text!.onTime, '100%');
	assert.equal(r.view.text!.onTimeAll, 'Dari semua 10 pesan masuk (termasuk yang belum dijawab): 5 dijawab dalam batas waktu = 50%.');
});
