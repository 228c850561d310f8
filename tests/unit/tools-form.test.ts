import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FieldReader, formatFigure, formatRate, joinId } from '../../src/lib/tools/form.ts';

test('formatFigure keeps meaningful digits for small values', () => {
	const cases: [number, string][] = [
		[4.8854, '4,9'],
		[12.345, '12,3'],
		[1234.56, '1.234,6'],
		[0.4123, '0,41'],
		[0.04123, '0,041'],
		[0, '0'],
		[0.0001, 'kurang dari 0,001'],
		[-2.25, '-2,3'],
	];
	for (const [value, expected] of cases) assert.equal(formatFigure(value), expected, String(value));
	assert.equal(formatRate(4.8854), '4,9%');
	assert.equal(formatRate(100), '100%');
});

test('joinId joins lists the Indonesian way', () => {
	const cases: [string[], string][] = [
		[[], ''],
		[['a'], 'a'],
		[['a', 'b'], 'a dan b'],
		[['a', 'b', 'c'], 'a, b, dan c'],
	];
	for (const [items, expected] of cases) assert.equal(joinId(items), expected);
});

test('FieldReader collects the first message per field and refuses zero divisors', () => {
	const r = new FieldReader({ a: '12', b: 'x', c: '0', d: '', e: ['1', '2'] });
	assert.equal(r.number('a', { label: 'A' }), 12);
	assert.equal(r.number('b', { label: 'B' }), 0);
	assert.equal(r.divisor('c', { label: 'C', optional: true }), undefined);
	assert.equal(r.number('d', { label: 'D', optional: true }), undefined);
	assert.deepEqual(r.list('e'), ['1', '2']);
	assert.equal(r.text('e'), '1');
	assert.equal(r.isEmpty('d'), true);
	assert.equal(r.isEmpty('missing'), true);
	r.error('b', 'kedua');
	assert.deepEqual(r.errors, { b: 'B harus berupa angka, misalnya 1.250, 12,5, atau 42,5 rb.', c: 'C harus lebih dari 0, karena angka lain dibagi dengan nilai ini.' });
	assert.equal(r.failed, true);
});
