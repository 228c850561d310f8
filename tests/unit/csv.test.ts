import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOM, CSV_MESSAGES, detectSeparator, parseCsv, toCsv } from '../../src/lib/csv/csv.ts';

test('toCsv quotes only what needs quoting, uses CRLF and a BOM', () => {
	const text = toCsv([
		['Tanggal', 'Topik', 'Catatan'],
		['2026-11-02', 'Jadwal; layanan', 'Kata "resmi"'],
		['2026-11-03', 'Baris\nkedua', ' spasi'],
		['2026-11-04', 12, ''],
	]);
	assert.equal(
		text,
		`${BOM}Tanggal;Topik;Catatan\r\n2026-11-02;"Jadwal; layanan";"Kata ""resmi"""\r\n2026-11-03;"Baris\nkedua";" spasi"\r\n2026-11-04;12;\r\n`
	);
	assert.equal(toCsv([['a,b', 'c']], { separator: ',', bom: false }), '"a,b",c\r\n');
});

test('parseCsv reads what toCsv writes (round trip)', () => {
	const rows = [
		['Tanggal', 'Topik', 'Catatan'],
		['2026-11-02', 'Jadwal; layanan, "KTP-el"', 'dua\nbaris'],
		['2026-11-03', 'Ümlaut é ñ 😀', ''],
	];
	for (const separator of [';', ',', '\t'] as const) {
		const parsed = parseCsv(toCsv(rows, { separator }));
		assert.ok(parsed.ok, separator);
		assert.equal(parsed.table.separator, separator);
		assert.deepEqual([parsed.table.header, ...parsed.table.rows.map((r) => r.cells)], rows);
		assert.deepEqual(parsed.table.rows.map((r) => r.line), [2, 4], 'a quoted line break moves the next row down a line');
	}
});

test('parseCsv accepts the variations spreadsheets produce', () => {
	const cases: [string, string, string[][]][] = [
		['LF line ends, no BOM', 'a,b\n1,2\n', [['1', '2']]],
		['CR line ends', 'a,b\r1,2\r', [['1', '2']]],
		['no final newline', 'a;b\r\n1;2', [['1', '2']]],
		['blank lines skipped', 'a,b\n\n1,2\n\n', [['1', '2']]],
		['empty quoted field', 'a,b\n"",2\n', [['', '2']]],
		['trailing empty separators', 'a,b\n1,2,,\n', [['1', '2']]],
		['tab separated', 'a\tb\n1\t2\n', [['1', '2']]],
		['header padded with spaces', ' a , b \n1,2\n', [['1', '2']]],
	];
	for (const [why, text, rows] of cases) {
		const parsed = parseCsv(text);
		assert.ok(parsed.ok, why);
		assert.deepEqual(parsed.table.rows.map((r) => r.cells), rows, why);
	}
	assert.deepEqual((parseCsv(' a , b \n1,2\n') as { ok: true; table: { header: string[] } }).table.header, ['a', 'b']);
});

test('parseCsv names line and column of malformed input', () => {
	const cases: [string, string, { line: number; column: number; message: string }][] = [
		['empty file', '', { line: 1, column: 1, message: CSV_MESSAGES.empty }],
		['only BOM and spaces', `${BOM}  \n`, { line: 1, column: 1, message: CSV_MESSAGES.empty }],
		['unclosed quote', 'a,b,c\n1,"dua,3\n4,5,6\n', { line: 2, column: 2, message: CSV_MESSAGES.unclosed }],
		['text after closing quote', 'a,b\n1,"dua"x\n', { line: 2, column: 2, message: CSV_MESSAGES.afterQuote }],
		['stray quote inside a field', 'a,b\n1,du"a\n', { line: 2, column: 2, message: CSV_MESSAGES.quoteInside }],
		['too few columns', 'a,b,c\n1,2,3\n4,5\n', { line: 3, column: 3, message: CSV_MESSAGES.columns(2, 3) }],
		['too many columns', 'a,b\n1,2,3\n', { line: 2, column: 3, message: CSV_MESSAGES.columns(3, 2) }],
		['row after a multi-line field', 'a,b\n"x\ny",2\n3\n', { line: 4, column: 2, message: CSV_MESSAGES.columns(1, 2) }],
	];
	for (const [why, text, error] of cases) assert.deepEqual(parseCsv(text), { ok: false, error }, why);
});

test('detectSeparator looks at the header line only, outside quotes', () => {
	assert.equal(detectSeparator('a;b;c\n1,2,3,4,5'), ';');
	assert.equal(detectSeparator('"x,y";b;c\n'), ';');
	assert.equal(detectSeparator('judul\n1'), ',');
});

test('toCsv neutralises formula cells (OWASP CSV injection) but keeps numbers', async () => {
	const { toCsv: write, parseCsv: read } = await import('../../src/lib/csv/csv.ts');
	const hostile = ['=1+1', '+1+1', '-1+1', '@SUM(A1:A2)', '\t=1+1', '=HYPERLINK("http://contoh.invalid","klik")'];
	const csv = write([['Topik', 'Angka'], ...hostile.map((t) => [t, -5])], { bom: false });
	const parsed = read(csv);
	assert.equal(parsed.ok, true);
	if (!parsed.ok) return;
	parsed.table.rows.forEach((row, i) => {
		assert.equal(row.cells[0], `'${hostile[i]}`);
		assert.equal(row.cells[1], '-5');
	});
	assert.equal(write([['Aman', 'a=b']], { bom: false }), 'Aman;a=b\r\n');
});

test('decodeFile reads UTF-8, UTF-16 and falls back to Windows-1252, saying which', async () => {
	const { decodeFile } = await import('../../src/lib/csv/csv.ts');
	assert.deepEqual(decodeFile(new TextEncoder().encode('Café')), { text: 'Café', encoding: 'utf-8' });
	assert.deepEqual(decodeFile(Uint8Array.from([0x43, 0x61, 0x66, 0xe9])), { text: 'Café', encoding: 'windows-1252' });
	assert.deepEqual(decodeFile(Uint8Array.from([0xff, 0xfe, 0x41, 0x00])), { text: 'A', encoding: 'utf-16' });
});
