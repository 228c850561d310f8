import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenWords, checkPrintedSop, words } from '../../src/lib/sop/print-check.ts';

test('broken words: fragments of a word split across lines are found; whole words are not', () => {
	assert.deepEqual(words('Hasil pemantauan, (percakapan) 15 menit/hari'), ['hasil', 'pemantauan', 'percakapan', 'menit', 'hari']);
	const source = ['Setiap pemantauan harian'];
	assert.deepEqual(brokenWords([['Setiap pemantaua', 'n harian']], source), ['pemantaua', 'n']);
	assert.deepEqual(brokenWords([['Setiap', 'pemantauan harian']], source), []);
});

test('printed SOP: page numbers, header, approval block, connectors at every break', () => {
	const head = ['SOP Uji Coba Nomor: 1/SOP/2027'];
	const good = [
		[...head, 'Disahkan oleh Kepala', 'NIP 197001012000032001', 'Tanggal Efektif', 'Pencatatan dan Pendataan', 'Halaman 1 dari 3'],
		[...head, '1 Mulai', 'Bersambung ke halaman', 'berikutnya (penghubung A,', 'B)', 'Halaman 2 dari 3'],
		[...head, 'Sambungan dari halaman sebelumnya (penghubung A, B)', '5 Selesai', 'Halaman 3 dari 3'],
	];
	const expect = { nip: '197001012000032001', title: 'Uji Coba' };
	assert.deepEqual(checkPrintedSop(good, expect), []);
	const unplanned = [good[0]!, good[1]!, [...head, 'Sambungan dari halaman sebelumnya (penghubung A, B)', 'Halaman 3 dari 4'], [...head, '6 Selesai', 'Halaman 4 dari 4']];
	const problems = checkPrintedSop(unplanned, expect);
	assert.ok(problems.some((p) => p.includes('halaman 3: diagram berlanjut tanpa penghubung')), problems.join('\n'));
	assert.ok(problems.some((p) => p.includes('"Halaman 1 dari 4"')));
	const noSign = checkPrintedSop([[...head, 'Halaman 1 dari 2', '(tanda tangan dan cap)'], [...head, 'Halaman 2 dari 2']], expect);
	assert.ok(noSign.some((p) => p.includes('Disahkan oleh')));
	assert.ok(noSign.some((p) => p.includes('tanda tangan dan cap')));
});
