import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, formatPercent, parseNumber, percentOf } from '../../src/lib/format/number.ts';

test('formatNumber and formatPercent write id-ID figures', () => {
	const cases: [number, number | undefined, string][] = [
		[1234.56, undefined, '1.234,6'],
		[1234.56, 2, '1.234,56'],
		[0, undefined, '0'],
		[-0.01, 1, '0'],
		[1_000_000, 0, '1.000.000'],
	];
	for (const [value, digits, expected] of cases) assert.equal(formatNumber(value, digits), expected);
	assert.equal(formatPercent(12.345), '12,3%');
	assert.throws(() => formatNumber(Number.NaN), RangeError);
});

test('parseNumber reads Indonesian and plain notations', () => {
	const ok: [string, number][] = [
		['1234', 1234],
		['1.234', 1234],
		['1.234.567', 1234567],
		['1.234,5', 1234.5],
		['12,5', 12.5],
		['12.5', 12.5],
		[' 2 500 ', 2500],
		['7%', 7],
		['0', 0],
	];
	for (const [input, value] of ok) {
		const r = parseNumber(input, { label: 'Angka' });
		assert.equal(r.ok && r.value, value, input);
	}
});

test('parseNumber rejects bad input with a message naming the field', () => {
	const bad: [string, object, RegExp][] = [
		['', {}, /^Jangkauan wajib diisi\.$/],
		['abc', {}, /harus berupa angka/],
		['1,2,3', {}, /harus berupa angka/],
		['1e5', {}, /harus berupa angka/],
		['-5', {}, /tidak boleh negatif/],
		['2,5', { integer: true }, /bilangan bulat/],
		['2000', { max: 1000 }, /paling besar 1\.000/],
		['3', { min: 5 }, /paling kecil 5/],
	];
	for (const [input, rules, message] of bad) {
		const result = parseNumber(input, { label: 'Jangkauan', ...rules });
		assert.equal(result.ok, false, input);
		if (!result.ok) assert.match(result.error, message, input);
	}
	assert.deepEqual(parseNumber('', { label: 'X', optional: true }), { ok: true, value: undefined });
});

test('percentOf refuses a zero denominator instead of returning Infinity', () => {
	assert.deepEqual(percentOf(50, 200, 'Jangkauan'), { ok: true, value: 25 });
	const zero = percentOf(5, 0, 'Jangkauan');
	assert.equal(zero.ok, false);
	if (!zero.ok) assert.match(zero.error, /Jangkauan harus lebih dari 0/);
});
