import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engagementRate, engagementRatePerPost, evaluateEngagement } from '../../src/lib/tools/engagement.ts';
import type { FormValues } from '../../src/lib/tools/form.ts';

const ALL = ['reaksi', 'komentar', 'bagikan', 'simpan'];

test('engagementRate and engagementRatePerPost', () => {
	const cases: [number, number, number][] = [
		[2345, 48000, 4.885416666666667],
		[0, 100, 0],
		[150, 100, 150],
	];
	for (const [i, base, expected] of cases) assert.ok(Math.abs(engagementRate(i, base) - expected) < 1e-9, `${i}/${base}`);
	assert.ok(Math.abs(engagementRatePerPost(1200, 12, 50000) - 0.2) < 1e-12);
	assert.throws(() => engagementRate(1, 0), RangeError);
	assert.throws(() => engagementRatePerPost(1, 0, 10), RangeError);
});

test('evaluateEngagement: figures and sentences with the reader’s numbers', () => {
	const cases: { name: string; values: FormValues; text: Record<string, string>; show?: Record<string, boolean> }[] = [
		{
			name: 'one post, by reach (the brief’s example)',
			values: { cakupan: 'pos', hitung: ALL, reaksi: '2.000', komentar: '245', bagikan: '60', simpan: '40', jangkauan: '48.000' },
			text: {
				total: '2.345 interaksi',
				reachRate: '4,9%',
				reachFormula: '2.345 interaksi ÷ 48.000 jangkauan × 100 = 4,9%',
				counted: 'Dihitung: reaksi (suka) 2.000, komentar 245, bagikan 60, dan simpan 40.',
			},
			show: { reach: true, impressions: false, followers: false, excluded: false },
		},
		{
			name: 'only comments and shares counted; unticked fields ignored even when invalid',
			values: { cakupan: 'pos', hitung: ['komentar', 'bagikan'], reaksi: 'banyak', komentar: '30', bagikan: '20', tayangan: '10000', pengikut: '25000' },
			text: {
				total: '50 interaksi',
				impressionRate: '0,5%',
				impressionFormula: '50 interaksi ÷ 10.000 tayangan × 100 = 0,5%',
				followerRate: '0,2%',
				followerFormula: '50 interaksi ÷ 25.000 pengikut × 100 = 0,2%',
				excluded: 'Tidak dihitung: reaksi (suka) dan simpan.',
			},
			show: { reach: false, impressions: true, followers: true, excluded: true },
		},
		{
			name: 'a period: followers rate is averaged per post',
			values: { cakupan: 'periode', hitung: ALL, reaksi: '1000', komentar: '100', bagikan: '50', simpan: '50', unggahan: '12', pengikut: '50.000', jangkauan: '120.000' },
			text: {
				followerRate: '0,2%',
				followerFormula: '1.200 interaksi ÷ 12 unggahan ÷ 50.000 pengikut × 100 = 0,2% per unggahan',
				reachFormula: '1.200 interaksi ÷ 120.000 jangkauan × 100 = 1%',
				counted: 'Dihitung: reaksi (suka) 1.000, komentar 100, bagikan 50, dan simpan 50, dari 12 unggahan.',
			},
		},
		{
			name: 'zero interactions give 0%',
			values: { cakupan: 'pos', hitung: ['komentar'], komentar: '0', jangkauan: '500' },
			text: { reachRate: '0%' },
		},
	];
	for (const c of cases) {
		const result = evaluateEngagement(c.values);
		assert.equal(result.ok, true, c.name);
		if (!result.ok) continue;
		for (const [key, value] of Object.entries(c.text)) assert.equal(result.view.text?.[key], value, `${c.name}: ${key}`);
		for (const [key, value] of Object.entries(c.show ?? {})) assert.equal(result.view.show?.[key], value, `${c.name}: show ${key}`);
	}
});

test('evaluateEngagement: bad input gets a message at the right field', () => {
	const base = { cakupan: 'pos', hitung: ALL, reaksi: '10', komentar: '1', bagikan: '1', simpan: '1', jangkauan: '100' };
	const cases: [string, FormValues, string, RegExp][] = [
		['nothing ticked', { ...base, hitung: [] }, 'hitung', /Pilih minimal satu/],
		['ticked but empty', { ...base, simpan: '' }, 'simpan', /^Disimpan wajib diisi karena dicentang/],
		['text in a count', { ...base, komentar: 'dua' }, 'komentar', /^Komentar harus berupa angka/],
		['negative', { ...base, bagikan: '-3' }, 'bagikan', /^Dibagikan tidak boleh negatif/],
		['decimal count', { ...base, reaksi: '2,5' }, 'reaksi', /^Reaksi atau suka harus bilangan bulat/],
		['zero reach', { ...base, jangkauan: '0' }, 'jangkauan', /Jangkauan harus lebih dari 0/],
		['no base at all', { ...base, jangkauan: '' }, 'penyebut', /Isi minimal satu penyebut/],
		['period without posts', { ...base, cakupan: 'periode' }, 'unggahan', /Jumlah unggahan wajib diisi/],
		['period with zero posts', { ...base, cakupan: 'periode', unggahan: '0' }, 'unggahan', /lebih dari 0/],
		['absurd size', { ...base, reaksi: '1.000.000.000.000' }, 'reaksi', /paling besar/],
	];
	for (const [name, values, field, message] of cases) {
		const result = evaluateEngagement(values);
		assert.equal(result.ok, false, name);
		if (!result.ok) assert.match(result.errors[field] ?? '', message, name);
	}
});

test('evaluateEngagement: warns when interactions exceed reach or reach exceeds impressions', () => {
	const result = evaluateEngagement({ cakupan: 'pos', hitung: ['reaksi'], reaksi: '600', jangkauan: '500', tayangan: '400' });
	assert.equal(result.ok, true);
	if (!result.ok) return;
	assert.match(result.warnings?.jangkauan ?? '', /interaksi \(600\) lebih banyak daripada jangkauan \(500\)/);
	assert.match(result.warnings?.tayangan ?? '', /jangkauan \(500\) lebih besar daripada tayangan \(400\)/);
	assert.equal(result.view.text?.reachRate, '120%');
	const clean = evaluateEngagement({ cakupan: 'pos', hitung: ['reaksi'], reaksi: '10', jangkauan: '500', tayangan: '800' });
	assert.deepEqual(clean.ok && clean.warnings, {});
});
