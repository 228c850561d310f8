import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConversation, perPost, perThousandFollowers, viralityRate } from '../../src/lib/tools/conversation.ts';
import type { FormValues } from '../../src/lib/tools/form.ts';

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

test('per-post, per-1,000-followers and virality formulas', () => {
	const cases: [string, number, number][] = [
		['conversation', perPost(150, 12), 12.5],
		['relative', perThousandFollowers(150, 12, 48000), 0.2604166666666667],
		['single post', perPost(7, 1), 7],
		['virality', viralityRate(90, 30000), 0.3],
	];
	for (const [name, actual, expected] of cases) assert.ok(near(actual, expected), `${name}: ${actual}`);
	assert.throws(() => perPost(1, 0), RangeError);
	assert.throws(() => perThousandFollowers(1, 1, 0), RangeError);
	assert.throws(() => viralityRate(1, 0), RangeError);
});

test('evaluateConversation describes each rate with the reader’s numbers', () => {
	const result = evaluateConversation({ unggahan: '12', komentar: '150', bagikan: '90', suka: '3.600', pengikut: '48.000', tayangan: '30.000' });
	assert.equal(result.ok, true);
	if (!result.ok) return;
	const t = result.view.text!;
	const expected: Record<string, string> = {
		komentarFigure: '12,5 komentar per unggahan',
		komentarFormula: '150 komentar ÷ 12 unggahan = 12,5',
		komentarRelative: '12,5 ÷ 48.000 pengikut × 1.000 = 0,26 komentar per unggahan untuk setiap 1.000 pengikut',
		bagikanFigure: '7,5 bagikan per unggahan',
		sukaFigure: '300 suka per unggahan',
		sukaFormula: '3.600 suka ÷ 12 unggahan = 300',
		viralityFigure: '0,3%',
		viralityFormula: '90 bagikan ÷ 30.000 tayangan × 100 = 0,3%',
	};
	for (const [key, value] of Object.entries(expected)) assert.equal(t[key], value, key);
	assert.deepEqual(result.view.rows?.rates, [
		['Conversation rate', '12,5', '0,26'],
		['Amplification rate', '7,5', '0,16'],
		['Applause rate', '300', '6,3'],
	]);
	assert.deepEqual(result.warnings, {});
});

test('evaluateConversation shows only what the filled fields allow', () => {
	const result = evaluateConversation({ unggahan: '1', komentar: '4' });
	assert.equal(result.ok, true);
	if (!result.ok) return;
	assert.deepEqual(result.view.show, { komentar: true, bagikan: false, suka: false, relative: false, relativeMissing: true, virality: false });
	assert.deepEqual(result.view.rows?.rates, [['Conversation rate', '4', '–']]);
});

test('evaluateConversation: bad input', () => {
	const cases: [string, FormValues, string, RegExp][] = [
		['no posts', { komentar: '3' }, 'unggahan', /Jumlah unggahan wajib diisi/],
		['zero posts', { unggahan: '0', komentar: '3' }, 'unggahan', /harus lebih dari 0/],
		['no interaction', { unggahan: '3' }, 'interaksi', /Isi minimal satu/],
		['impressions without shares', { unggahan: '3', komentar: '1', tayangan: '100' }, 'bagikan', /tingkat viralitas/],
		['zero followers', { unggahan: '3', komentar: '1', pengikut: '0' }, 'pengikut', /lebih dari 0/],
		['text', { unggahan: '3', suka: 'seribu' }, 'suka', /harus berupa angka/],
		['negative', { unggahan: '3', bagikan: '-1' }, 'bagikan', /tidak boleh negatif/],
	];
	for (const [name, values, field, message] of cases) {
		const result = evaluateConversation(values);
		assert.equal(result.ok, false, name);
		if (!result.ok) assert.match(result.errors[field] ?? '', message, name);
	}
	const warn = evaluateConversation({ unggahan: '1', bagikan: '500', tayangan: '100' });
	assert.match((warn.ok && warn.warnings?.tayangan) || '', /melebihi tayangan/);
});
