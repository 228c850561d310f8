import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTablesFocusable } from '../../src/lib/markdown/focusable-tables.ts';

test('makeTablesFocusable adds tabindex to tables only, once', () => {
	const cases: [string, string][] = [
		['<table><tr><td>a</td></tr></table>', '<table tabindex="0"><tr><td>a</td></tr></table>'],
		['<table class="x">', '<table tabindex="0" class="x">'],
		['<table tabindex="-1">', '<table tabindex="-1">'],
		['<p>table</p><tablet>', '<p>table</p><tablet>'],
		['<TABLE>', '<table tabindex="0">'],
	];
	for (const [input, expected] of cases) assert.equal(makeTablesFocusable(input), expected);
	assert.equal(makeTablesFocusable(makeTablesFocusable('<table>')), '<table tabindex="0">');
});

test('labelTableCells labels the body cells of plain tables with their column names', async () => {
	const { labelTableCells } = await import('../../src/lib/markdown/focusable-tables.ts');
	const table = '<table><thead><tr><th>Peran</th><th><strong>Tugas</strong> "utama"</th></tr></thead><tbody><tr><td>Admin</td><td>Menyimpan bukti</td></tr></tbody></table>';
	assert.equal(
		labelTableCells(table),
		'<table class="pm-reflow"><thead><tr><th>Peran</th><th><strong>Tugas</strong> "utama"</th></tr></thead><tbody><tr><td data-label="Peran">Admin</td><td data-label="Tugas &quot;utama&quot;">Menyimpan bukti</td></tr></tbody></table>',
	);
	// Component tables (with a class), tables without a header row and merged cells stay as they are.
	for (const other of ['<table class="sop-identity"><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>', '<table><tbody><tr><td>1</td></tr></tbody></table>', '<table><thead><tr><th>A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>']) {
		assert.equal(labelTableCells(other), other);
	}
	// Works after makeTablesFocusable and twice in a row.
	const once = labelTableCells(makeTablesFocusable(table));
	assert.match(once, /^<table class="pm-reflow" tabindex="0">/);
	assert.equal(labelTableCells(once), once);
});
