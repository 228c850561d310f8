import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateShareOfVoice, formatSentiment, netSentiment, parseVoiceList, shareOfVoice } from '../../src/lib/tools/share-of-voice.ts';
import type { FormValues } from '../../src/lib/tools/form.ts';

test('shareOfVoice, netSentiment and the signed format', () => {
	assert.equal(shareOfVoice(1250, 5000), 25);
	assert.equal(netSentiment(500, 1250, 250), 12.5);
	assert.equal(netSentiment(0, 0, 4), -100);
	assert.throws(() => shareOfVoice(1, 0), RangeError);
	assert.throws(() => netSentiment(0, 0, 0), RangeError);
	const cases: [number, string][] = [
		[12.5, '+12,5 poin'],
		[-3.25, '-3,3 poin'],
		[0, '0 poin'],
		[0.01, '+0,01 poin'],
	];
	for (const [value, expected] of cases) assert.equal(formatSentiment(value), expected);
});

test('parseVoiceList reads the separators people paste', () => {
	const cases: [string, [string, number][]][] = [
		['Dinkes Contoh, 1.250', [['Dinkes Contoh', 1250]]],
		['Dinkes Contoh;1250\nDishub Contoh\t300', [['Dinkes Contoh', 1250], ['Dishub Contoh', 300]]],
		['Pemkab Contoh, Dinas Kesehatan, 120', [['Pemkab Contoh, Dinas Kesehatan', 120]]],
		['Topik banjir 85', [['Topik banjir', 85]]],
		['#VaksinContoh | 40\n\n  \nAkun 2, 7', [['#VaksinContoh', 40], ['Akun 2', 7]]],
		// English exports and Instagram's own abbreviations.
		['Dinas A 1,250\nDinas B 3,000', [['Dinas A', 1250], ['Dinas B', 3000]]],
		['Dinas A\t1,000\nDinas B, 12,5 rb', [['Dinas A', 1000], ['Dinas B', 12500]]],
		['A, 3\nDinas A, 1,234', [['A', 3], ['Dinas A', 1234]]],
	];
	for (const [text, expected] of cases) {
		const list = parseVoiceList(text);
		assert.equal(list.ok, true, text);
		if (list.ok) assert.deepEqual(list.rows.map((r) => [r.name, r.mentions]), expected, text);
	}
	const bad: [string, RegExp][] = [
		['Dinkes Contoh', /Baris 1 \(“Dinkes Contoh”\) tidak berisi jumlah/],
		['Dinas A, 1.234,5', /Jumlah pada baris 1 harus bilangan bulat/],
		[`${'x'.repeat(100000)}`, /^Baris 1 \(“x{40}…”\) tidak berisi jumlah/],
		[', 40', /Baris 1 tidak berisi nama/],
		['Dinas A,', /Baris 1 \(“Dinas A”\) tidak berisi jumlah/],
		['Dinas A, banyak', /Jumlah pada baris 1 harus berupa angka/],
		['Dinas A, -4', /Jumlah pada baris 1 tidak boleh negatif/],
		[Array.from({ length: 51 }, (_, i) => `Akun ${i}, 1`).join('\n'), /Paling banyak 50 baris/],
	];
	for (const [text, message] of bad) {
		const list = parseVoiceList(text);
		assert.equal(list.ok, false, text);
		if (!list.ok) assert.match(list.error, message, text);
	}
});

test('evaluateShareOfVoice: table, own share and sentiment with the reader’s numbers', () => {
	const result = evaluateShareOfVoice({
		daftar: 'Dinkes Kabupaten Contoh, 1.250\nRSUD Contoh, 2.000\nAkun warga @infocontoh, 750',
		total: '5.000',
		positif: '500',
		netral: '1.250',
		negatif: '250',
	});
	assert.equal(result.ok, true);
	if (!result.ok) return;
	const t = result.view.text!;
	assert.equal(t.ownName, 'Dinkes Kabupaten Contoh');
	assert.equal(t.ownShare, '25%');
	assert.equal(t.ownFormula, '1.250 ÷ 5.000 sebutan × 100 = 25%');
	assert.equal(t.ownRank, 'Peringkat 2 dari 3 akun atau topik dalam daftar.');
	assert.equal(t.net, '+12,5 poin');
	assert.equal(t.netFormula, '(500 positif − 250 negatif) ÷ 2.000 sebutan × 100 = +12,5 poin');
	assert.equal(t.netParts, 'Positif 25%, netral 62,5%, negatif 12,5%.');
	assert.deepEqual(result.view.rows!.voices, [
		['Dinkes Kabupaten Contoh', '1.250', '25%'],
		['RSUD Contoh', '2.000', '40%'],
		['Akun warga @infocontoh', '750', '15%'],
		['Lainnya (tidak ada di daftar)', '1.000', '20%'],
		['Jumlah', '5.000', '100%'],
	]);
	assert.match(result.warnings!.positif!, /sebutan berlabel \(2\.000\) lebih banyak daripada sebutan Dinkes Kabupaten Contoh \(1\.250\)/);
});

test('evaluateShareOfVoice: either part alone, and warnings', () => {
	const sentimentOnly = evaluateShareOfVoice({ positif: '1', netral: '0', negatif: '3' });
	assert.equal(sentimentOnly.ok && sentimentOnly.view.text!.net, '-50 poin');
	assert.deepEqual(sentimentOnly.ok && sentimentOnly.view.show, { sov: false, sentiment: true });
	const single = evaluateShareOfVoice({ daftar: 'Dinkes, 10' });
	assert.match((single.ok && single.warnings!.daftar) || '', /hanya ada satu baris/);
	const dup = evaluateShareOfVoice({ daftar: 'Dinkes, 10\nRSUD, 4\ndinkes, 3' });
	assert.match((dup.ok && dup.warnings!.daftar) || '', /“dinkes” muncul dua kali \(baris 1 dan 3\)/);
});

test('evaluateShareOfVoice: bad input', () => {
	const cases: [string, FormValues, string, RegExp][] = [
		['everything empty', {}, 'daftar', /Isi daftar sebutan/],
		['all zero', { daftar: 'A, 0\nB, 0' }, 'daftar', /Semua jumlah sebutan 0/],
		['total smaller than the list', { daftar: 'A, 10\nB, 5', total: '12' }, 'total', /\(12\) lebih kecil daripada jumlah semua baris di daftar \(15\)/],
		['total without list', { total: '12', positif: '1', netral: '1', negatif: '1' }, 'total', /Isi juga daftar/],
		['partial sentiment', { daftar: 'A, 3', positif: '4' }, 'netral', /Sebutan netral wajib diisi bila menghitung sentimen/],
		['sentiment all zero', { positif: '0', netral: '0', negatif: '0' }, 'positif', /Semua jumlah sentimen 0/],
		['bad line', { daftar: 'A, 3\nB' }, 'daftar', /Baris 2 \(“B”\) tidak berisi jumlah/],
	];
	for (const [name, values, field, message] of cases) {
		const result = evaluateShareOfVoice(values);
		assert.equal(result.ok, false, name);
		if (!result.ok) assert.match(result.errors[field] ?? '', message, `${name}: ${JSON.stringify(result.errors)}`);
	}
});
