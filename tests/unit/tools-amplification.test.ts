import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateAmplification, evaluateAmplification, roundEstimate } from '../../src/lib/tools/amplification.ts';
import type { FormValues } from '../../src/lib/tools/form.ts';

test('estimateAmplification adds the layers and discounts the overlap', () => {
	const estimate = estimateAmplification(
		12000,
		{
			kol: { accounts: 5, reach: 8000, participation: 60 },
			lembaga: { accounts: 20, reach: 1500, participation: 50 },
			pegawai: { accounts: 400, reach: 200, participation: 25 },
		},
		30
	);
	assert.deepEqual(estimate.layers, {
		kol: { active: 3, gross: 24000 },
		lembaga: { active: 10, gross: 15000 },
		pegawai: { active: 100, gross: 20000 },
	});
	assert.equal(estimate.gross, 59000);
	assert.ok(Math.abs(estimate.added - 41300) < 1e-6);
	assert.ok(Math.abs(estimate.total - 53300) < 1e-6);
	assert.equal(estimateAmplification(100, {}, 0).total, 100);
	assert.equal(estimateAmplification(100, { kol: { accounts: 3, reach: 50, participation: 100 } }, 100).total, 100);
	assert.throws(() => estimateAmplification(1, {}, 120), RangeError);
});

test('roundEstimate keeps three significant digits', () => {
	const cases: [number, number][] = [
		[53300, 53300],
		[152345, 152000],
		[999.6, 1000],
		[1234.5, 1230],
		[87, 87],
	];
	for (const [value, expected] of cases) assert.equal(roundEstimate(value), expected, String(value));
});

test('evaluateAmplification: table and sentences with the reader’s numbers', () => {
	const result = evaluateAmplification({
		utama: '12.000',
		kol_akun: '5',
		kol_jangkauan: '8.000',
		kol_ikut: '60',
		lembaga_akun: '20',
		lembaga_jangkauan: '1.500',
		lembaga_ikut: '50',
		pegawai_akun: '400',
		pegawai_jangkauan: '200',
		pegawai_ikut: '25',
		tumpang: '30',
	});
	assert.equal(result.ok, true);
	if (!result.ok) return;
	assert.deepEqual(result.view.text, {
		total: 'sekitar 53.300 akun',
		formula: '12.000 + 59.000 × (100% − 30%) = 53.300, dibulatkan menjadi 53.300',
		discount: 'Potongan tumpang-tindih 30%: 59.000 jangkauan kotor lapisan menjadi 41.300 akun tambahan.',
		multiplier: 'Pesan diperkirakan menjangkau 4,4 kali jangkauan akun utama saja.',
	});
	assert.deepEqual(result.view.rows!.layers, [
		['Akun utama', '1', '12.000', '12.000'],
		['Lapisan 1 (KOL)', '3', '8.000', '24.000'],
		['Lapisan 2 (akun lembaga)', '10', '1.500', '15.000'],
		['Lapisan 3 (pegawai)', '100', '200', '20.000'],
	]);
});

test('evaluateAmplification: empty layers are skipped; 100% participation is a warning', () => {
	const result = evaluateAmplification({ utama: '1000', pegawai_akun: '30', pegawai_jangkauan: '150', pegawai_ikut: '100', tumpang: '0', kol_akun: '' });
	assert.equal(result.ok, true);
	if (!result.ok) return;
	assert.equal(result.view.rows!.layers!.length, 2);
	assert.equal(result.view.text!.total, 'sekitar 5.500 akun');
	assert.match(result.warnings!.pegawai_ikut!, /jarang terjadi/);
});

test('evaluateAmplification: bad input', () => {
	const base = { utama: '1000', kol_akun: '2', kol_jangkauan: '500', kol_ikut: '50', tumpang: '20' };
	const cases: [string, FormValues, string, RegExp][] = [
		['no main reach', { ...base, utama: '' }, 'utama', /Jangkauan akun utama wajib diisi/],
		['no layer', { utama: '1000', tumpang: '20' }, 'kol_akun', /minimal pada satu lapisan/],
		['layer without reach', { ...base, kol_jangkauan: '' }, 'kol_jangkauan', /wajib diisi/],
		['participation over 100', { ...base, kol_ikut: '150' }, 'kol_ikut', /paling besar 100/],
		['overlap missing', { ...base, tumpang: '' }, 'tumpang', /Tumpang-tindih audiens wajib diisi/],
		['overlap negative', { ...base, tumpang: '-5' }, 'tumpang', /tidak boleh negatif/],
		['fractional accounts', { ...base, kol_akun: '2,5' }, 'kol_akun', /bilangan bulat/],
		['nothing reaches anyone', { ...base, utama: '0', kol_ikut: '0' }, 'utama', /Semua jangkauan 0/],
	];
	for (const [name, values, field, message] of cases) {
		const result = evaluateAmplification(values);
		assert.equal(result.ok, false, name);
		if (!result.ok) assert.match(result.errors[field] ?? '', message, `${name}: ${JSON.stringify(result.errors)}`);
	}
});

test('a layer with reach but no account count is named, not dropped', async () => {
	const { evaluateAmplification } = await import('../../src/lib/tools/amplification.ts');
	const r = evaluateAmplification({ utama: '10000', kol_akun: '', kol_jangkauan: '20000', kol_ikut: '50', tumpang: '20' });
	assert.equal(r.ok, false);
	if (!r.ok) assert.match(r.errors.kol_akun!, /Jumlah akun lapisan .* kosong/);
});
