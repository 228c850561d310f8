import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGrowth, growthRate, parseIsoDate, projectCompound, projectLinear, scaledRate } from '../../src/lib/tools/growth.ts';
import type { FormValues } from '../../src/lib/tools/form.ts';

const d = (iso: string) => parseIsoDate(iso)!;

test('growthRate and scaledRate', () => {
	const cases: [number, number, number][] = [
		[40000, 42000, 5],
		[40000, 39000, -2.5],
		[100, 100, 0],
		[1, 0, -100],
	];
	for (const [start, end, expected] of cases) assert.ok(Math.abs(growthRate(start, end) - expected) < 1e-9, `${start}→${end}`);
	assert.throws(() => growthRate(0, 10), RangeError);
	assert.ok(Math.abs(scaledRate(100, 121, 60, 30)! - 10) < 1e-9, '21% in 60 days = 10% per 30 days');
	assert.equal(scaledRate(1, 1e10, 1, 30), undefined, 'absurd growth gives undefined, not a 300-digit figure');
});

test('parseIsoDate accepts real dates only', () => {
	const cases: [string, string | undefined][] = [
		['2026-11-21', '2026-11-21'],
		['21/11/2026', '2026-11-21'],
		['2026-02-30', undefined],
		['31/04/2026', undefined],
		['kemarin', undefined],
		['', undefined],
	];
	for (const [input, expected] of cases) assert.equal(parseIsoDate(input)?.toISOString().slice(0, 10), expected, input);
});

test('projections: compound, linear, reached, never, beyond a century', () => {
	const from = d('2026-10-31');
	const compound = projectCompound(40000, 42000, 100000, 30, from);
	assert.equal(compound.kind, 'date');
	if (compound.kind === 'date') {
		assert.equal(compound.days, 534);
		assert.equal(compound.date.toISOString().slice(0, 10), '2028-04-17');
	}
	const linear = projectLinear(40000, 42000, 100000, 30, from);
	assert.equal(linear.kind === 'date' && linear.date.toISOString().slice(0, 10), '2029-03-19');
	const kinds: [string, string][] = [
		[projectCompound(40000, 42000, 42000, 30, from).kind, 'reached'],
		[projectCompound(40000, 40000, 50000, 30, from).kind, 'never'],
		[projectCompound(40000, 39000, 50000, 30, from).kind, 'never'],
		[projectLinear(40000, 39000, 50000, 30, from).kind, 'never'],
		[projectCompound(40000, 40001, 1e8, 7, from).kind, 'beyond'],
	];
	for (const [actual, expected] of kinds) assert.equal(actual, expected);
});

test('evaluateGrowth: sentences with the reader’s numbers and dates', () => {
	const ok = evaluateGrowth({ awal: '40.000', akhir: '42.000', mulai: '2026-10-01', selesai: '2026-10-31', target: '100.000' });
	assert.equal(ok.ok, true);
	if (!ok.ok) return;
	assert.deepEqual(ok.view.text, {
		rate: '5%',
		period: '1 Oktober 2026 – 31 Oktober 2026 (31 hari, tanggal awal dan akhir ikut dihitung)',
		formula: '(42.000 − 40.000) ÷ 40.000 pengikut × 100 = 5%',
		net: 'Bertambah 2.000 pengikut bersih (pengikut baru dikurangi yang berhenti mengikuti).',
		per30: 'Setara dengan 4,8% per 30 hari, bila laju yang sama berlanjut (majemuk). Pakai angka ini untuk membandingkan periode yang panjangnya berbeda.',
		projection:
			'Bila laju 5% per 31 hari bertahan dan tumbuh majemuk, target 100.000 pengikut tercapai sekitar 5 Mei 2028 (552 hari lagi, atau sekitar 17,8 periode setelah 31 Oktober 2026).',
		linear: 'Bila pertambahannya tetap 2.000 pengikut per 31 hari (linear), target tercapai sekitar 17 April 2029.',
	});
	const cases: [string, FormValues, RegExp][] = [
		['zero growth', { awal: '500', akhir: '500', mulai: '2026-01-01', selesai: '2026-02-01', target: '1000' }, /laju 0%.*tidak akan tercapai.*Tidak ada tanggal/],
		['negative growth', { awal: '500', akhir: '450', mulai: '2026-01-01', selesai: '2026-02-01', target: '1000' }, /laju negatif \(-10%\).*Tidak ada tanggal/],
		['target reached', { awal: '500', akhir: '1500', mulai: '2026-01-01', selesai: '2026-02-01', target: '1000' }, /sudah tercapai: pengikut di akhir periode 1\.500/],
		['a century away', { awal: '40000', akhir: '40001', mulai: '2026-01-01', selesai: '2026-01-08', target: '100.000.000' }, /lebih dari 100 tahun lagi/],
	];
	for (const [name, values, expected] of cases) {
		const result = evaluateGrowth(values);
		assert.equal(result.ok, true, name);
		if (result.ok) assert.match(result.view.text!.projection!, expected, name);
	}
	const per30 = evaluateGrowth({ awal: '100', akhir: '121', mulai: '2026-01-01', selesai: '2026-03-01' });
	assert.match((per30.ok && per30.view.text!.per30) || '', /^Setara dengan 10% per 30 hari/);
	assert.equal(per30.ok && per30.view.show!.projection, false);
});

test('evaluateGrowth: bad input', () => {
	const base = { awal: '100', akhir: '120', mulai: '2026-01-01', selesai: '2026-02-01' };
	const cases: [string, FormValues, string, RegExp][] = [
		['zero start', { ...base, awal: '0' }, 'awal', /lebih dari 0/],
		['empty start', { ...base, awal: '' }, 'awal', /wajib diisi/],
		['text end', { ...base, akhir: 'banyak' }, 'akhir', /harus berupa angka/],
		['negative end', { ...base, akhir: '-5' }, 'akhir', /tidak boleh negatif/],
		['missing date', { ...base, mulai: '' }, 'mulai', /Tanggal awal wajib diisi/],
		['impossible date', { ...base, selesai: '2026-02-31' }, 'selesai', /tidak ada di kalender/],
		['two-digit year from a date picker', { ...base, mulai: '0026-01-01' }, 'mulai', /tahun 0026 di luar rentang 2000–2100/],
		['absurd year', { ...base, selesai: '9999-12-31' }, 'selesai', /tahun 9999 di luar rentang/],
		['end before start', { ...base, selesai: '2025-12-01' }, 'selesai', /harus sesudah tanggal awal/],
		['same day', { ...base, selesai: '2026-01-01' }, 'selesai', /harus sesudah tanggal awal/],
		['decimal target', { ...base, target: '1,5' }, 'target', /bilangan bulat/],
	];
	for (const [name, values, field, message] of cases) {
		const result = evaluateGrowth(values);
		assert.equal(result.ok, false, name);
		if (!result.ok) assert.match(result.errors[field] ?? '', message, name);
	}
});
