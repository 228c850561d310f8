import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playbookParts } from '../../src/lib/crisis/playbook.ts';

const page = [
	'<p>Panduan ini membantu Anda.</p>',
	'<h2 id="langkah-menangani">Langkah</h2>',
	'<div class="sl-heading-wrapper level-h3"><h3 id="15-menit-pertama">15 menit pertama</h3></div>',
	'<ol role="list" class="sl-steps"><li><p><strong>Simpan bukti.</strong></p><ol><li>tangkapan layar</li></ol></li><li><p>Telepon atasan.</p></li></ol>',
	'<h3 id="1-jam-pertama">1 jam pertama</h3><ol class="sl-steps"><li>Lapor.</li></ol>',
	'<h2 id="siapa-melakukan-apa-saat-x">Siapa melakukan apa</h2><table tabindex="0"><tr><td>Admin</td></tr></table>',
	'<h2 id="apa-yang-diunggah-saat-x">Apa yang diunggah</h2><div class="judgement judgement--do x"><p class="judgement__label">Lakukan</p><div class="judgement__body x"><p>“PERINGATAN: <strong>akun</strong>.”</p></div></div>',
	'<div class="judgement judgement--dont"><div class="judgement__body"><p>Maaf error</p></div></div>',
].join('\n');

test('playbookParts takes the first steps (nested lists included), the roles table and the first "Lakukan" example', () => {
	const parts = playbookParts(page)!;
	assert.equal(parts.firstSteps, '<ol role="list" class="sl-steps"><li><p><strong>Simpan bukti.</strong></p><ol><li>tangkapan layar</li></ol></li><li><p>Telepon atasan.</p></li></ol>');
	assert.equal(parts.roles, '<table tabindex="0"><tr><td>Admin</td></tr></table>');
	assert.equal(parts.statement, '<p>“PERINGATAN: <strong>akun</strong>.”</p>');
	// The steps move to the top block: the page keeps its heading and points there, and nothing else changes.
	assert.ok(!parts.body.includes('Simpan bukti'));
	assert.match(parts.body, /<h3 id="15-menit-pertama">15 menit pertama<\/h3><\/div>\n<p class="do-now-pointer">.*href="#lakukan-sekarang"/);
	assert.ok(parts.body.includes('<h3 id="1-jam-pertama">1 jam pertama</h3><ol class="sl-steps"><li>Lapor.</li></ol>'));
});

test('playbookParts: a page without first steps is not a playbook; missing roles or examples stay empty', () => {
	assert.equal(playbookParts('<h2 id="a">A</h2><ol><li>x</li></ol>'), null);
	assert.equal(playbookParts('<h3 id="15-menit-pertama">15</h3><p>tanpa daftar</p><h3 id="b">B</h3><ol><li>x</li></ol>'), null);
	const bare = playbookParts('<h3 id="15-menit-pertama">15</h3><ol><li>x</li></ol>')!;
	assert.equal(bare.roles, '');
	assert.equal(bare.statement, '');
});

