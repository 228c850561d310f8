import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber, percent } from '../../src/lib/format/number.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Real pasted forms: what admins copy from Meta Business Suite, Instagram, Excel and reports. */
const counts: [string, number][] = [
	['12000', 12000],
	['12.000', 12000],
	['12,000', 12000],
	['1.234.567', 1234567],
	['1,234,567', 1234567],
	['48,000', 48000],
	['1 250', 1250],
	[`1${NBSP}250`, 1250],
	[`12${NNBSP}400`, 12400],
	['42,5 rb', 42500],
	['42,5rb', 42500],
	['42.5 rb', 42500],
	['5 ribu', 5000],
	['12rb', 12000],
	['1,2 jt', 1200000],
	['1,2jt', 1200000],
	['1.2 jt', 1200000],
	['3 juta', 3000000],
	['1,2K', 1200],
	['1.2K', 1200],
	['12k', 12000],
	['3M', 3000000],
	['2.5M', 2500000],
	['1,5 miliar', 1500000000],
	['  900 ', 900],
	['00012', 12],
	['０１２３', 123],
	['\u200b12', 12],
	['+5', 5],
	['1.234,0', 1234],
	['1,234.00', 1234],
	['0', 0],
	['-0', 0],
];

for (const [input, value] of counts) {
	test(`count field reads ${JSON.stringify(input)} as ${value}`, () => {
		const r = parseNumber(input, { label: 'Pengikut', integer: true, max: 1e11 });
		assert.equal(r.ok, true, JSON.stringify(r));
		if (r.ok) {
			assert.equal(r.value, value);
			if (!/m$/i.test(input.trim())) assert.equal(r.note, undefined);
		}
	});
}

const decimals: [string, number, RegExp | undefined][] = [
	['12,5', 12.5, undefined],
	['12.5', 12.5, undefined],
	['0,45', 0.45, undefined],
	['0.45', 0.45, undefined],
	[',5', 0.5, undefined],
	['.5', 0.5, undefined],
	['1.234,5', 1234.5, undefined],
	['1,234.5', 1234.5, undefined],
	['7%', 7, undefined],
	['12,5 %', 12.5, undefined],
	['1,250', 1250, /^1,250 dibaca sebagai 1\.250\. .*1,25\.$/],
	['1.250', 1250, /dibaca sebagai 1\.250/],
	['3M', 3_000_000, /dibaca sebagai 3\.000\.000 \(M = juta/],
	['1,2345', 1.2345, undefined],
];
for (const [input, value, note] of decimals) {
	test(`decimal field reads ${JSON.stringify(input)} as ${value}${note ? ' and says how' : ''}`, () => {
		const r = parseNumber(input, { label: 'Partisipasi', max: 1e12 });
		assert.equal(r.ok, true, JSON.stringify(r));
		if (r.ok) {
			assert.equal(r.value, value);
			if (note) assert.match(r.note ?? '', note);
			else assert.equal(r.note, undefined);
		}
	});
}

const rejected: [string, object, RegExp][] = [
	['12%', { integer: true }, /jumlah, bukan persentase/],
	['1,5', { integer: true }, /bilangan bulat/],
	['42,5555 rb', { integer: true }, /bilangan bulat/],
	['abc', {}, /harus berupa angka/],
	['12 apel', {}, /harus berupa angka/],
	['1e308', {}, /harus berupa angka/],
	['0x10', {}, /harus berupa angka/],
	['Infinity', {}, /harus berupa angka/],
	['NaN', {}, /harus berupa angka/],
	['1.2.3', {}, /harus berupa angka/],
	['1,23,456', {}, /harus berupa angka/],
	['1.234,5,6', {}, /harus berupa angka/],
	['12.000,', {}, /harus berupa angka/],
	['-5', {}, /tidak boleh negatif/],
	['−5', {}, /tidak boleh negatif/],
	['9999999999999999', {}, /paling besar/],
	['%', {}, /harus berupa angka/],
];
for (const [input, rules, message] of rejected) {
	test(`rejects ${JSON.stringify(input)} with a message`, () => {
		const r = parseNumber(input, { label: 'Jangkauan', ...rules });
		assert.equal(r.ok, false, JSON.stringify(r));
		if (!r.ok) assert.match(r.error, message);
	});
}

test('the table covers at least 40 real pasted forms', () => {
	assert.ok(counts.length + decimals.length + rejected.length >= 40);
});

test('percent computes part × 100 ÷ whole so exact ties stay exact', () => {
	assert.equal(percent(23, 80), 28.75);
	assert.equal(percent(59, 2000), 2.95);
	assert.equal(percent(9, 4000), 0.225);
	assert.equal(new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(percent(23, 80)), '28,8');
});
