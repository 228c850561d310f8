/**
 * The SOPs speak of crisis levels with the guide's own scale (src/lib/crisis/levels.ts): the
 * same numbers and names, all three of them, and no level the crisis centre does not know.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { LEVELS } from '../../src/lib/crisis/levels.ts';
import { LEGAL_BASIS_IDS, orderedLegalBases, type LegalBasisId } from '../../src/lib/sop/legal.ts';

const dir = new URL('../../src/content/sop/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const text = (file: string) => readFileSync(new URL(file, dir), 'utf8');

/** Every "Tingkat <n> (<Name>)" or "Tingkat <n> · <Name>" in a text, as [n, name]. */
function levelMentions(s: string): Array<[number, string]> {
	return [...s.matchAll(/Tingkat\s+(\d+)\s*(?:\(\s*|·\s*)([A-Za-z]+)/g)].map((m) => [Number(m[1]), m[2]]);
}

/** Level words used by other crisis scales that this guide does not have. */
const FOREIGN_LEVEL = /\b(?:tingkat|level)\s+(?:ekstrem|kritis|darurat|siaga|waspada|awas|normal|merah|kuning|hijau)\b|\btinggi atau ekstrem\b/i;

test('levelMentions reads both ways of writing a level', () => {
	assert.deepEqual(levelMentions('Tingkat 2 (Sedang) lalu Tingkat 3 · Tinggi'), [
		[2, 'Sedang'],
		[3, 'Tinggi'],
	]);
	assert.ok(FOREIGN_LEVEL.test('tergolong krisis (tinggi atau ekstrem)'));
	assert.ok(!FOREIGN_LEVEL.test('cuaca ekstrem di wilayah Anda'));
});

test('every SOP that names crisis levels uses exactly the levels of the crisis centre', () => {
	const site = new Map(LEVELS.map((l) => [l.id as number, l.name]));
	let sopsWithLevels = 0;
	for (const file of files) {
		const s = text(file);
		assert.ok(!FOREIGN_LEVEL.test(s), `${file}: memakai tingkat krisis yang tidak ada di pedoman`);
		const mentions = levelMentions(s);
		if (mentions.length === 0) continue;
		sopsWithLevels++;
		for (const [n, name] of mentions) assert.equal(name, site.get(n), `${file}: "Tingkat ${n} (${name})" tidak sesuai pedoman`);
		const used = new Set(mentions.map(([n]) => n));
		assert.deepEqual([...used].sort(), [...site.keys()].sort(), `${file}: harus memakai ketiga tingkat pedoman`);
	}
	assert.ok(sopsWithLevels >= 1, 'SOP manajemen krisis harus menyebut tingkat krisis');
});

test('the crisis SOP gives Sedang its own branch, re-assesses Rendah and routes personal data to the data-leak path', () => {
	const sop = yaml.load(text('manajemen-krisis.yaml')) as { steps: Array<{ id: string; activity: string; symbol?: string; yes?: string; no?: string; next?: string }> };
	const byId = new Map(sop.steps.map((s) => [s.id, s]));
	const decisions = sop.steps.filter((s) => s.symbol === 'decision');
	const named = (name: string) => decisions.find((d) => d.activity.includes(`(${name})`));
	const tinggi = named('Tinggi');
	const sedang = named('Sedang');
	assert.ok(tinggi && sedang, 'keputusan Tinggi dan Sedang harus terpisah');
	assert.equal(tinggi.no, sedang.id, 'bukan Tinggi → nilai Sedang');
	const sedangBranch = byId.get(sedang.yes!);
	assert.ok(sedangBranch && sedangBranch.id !== tinggi.yes, 'Sedang punya cabang sendiri');
	assert.match(sedangBranch.activity, /Tingkat 2 \(Sedang\)/);
	const rutin = byId.get(sedang.no!)!;
	assert.match(rutin.activity, /Tingkat 1 \(Rendah\)/);
	// After routine handling comes a re-assessment that can lead back to the level questions.
	const after = sop.steps[sop.steps.indexOf(rutin) + 1];
	assert.equal(after.symbol, 'decision');
	const backTo = sop.steps.findIndex((s) => s.id === after.yes);
	assert.ok(backTo > -1 && backTo < sop.steps.indexOf(rutin), 'penilaian ulang kembali ke penilaian tingkat');
	const dataCheck = decisions.find((d) => /data pribadi/.test(d.activity));
	assert.ok(dataCheck, 'ada keputusan tentang data pribadi');
	assert.match(byId.get(dataCheck.yes!)!.activity, /kebocoran data/);
});

test('Dasar Hukum lists are in signing order (level, then year)', () => {
	for (const file of files) {
		const ids = (yaml.load(text(file)) as { legalBasis: LegalBasisId[] }).legalBasis;
		assert.deepEqual(ids, orderedLegalBases(ids), `${file}: urutan Dasar Hukum`);
	}
	// The declaration order itself goes by level and, within a level, by year.
	// Peraturan menteri and peraturan badan share a level.
	const level = (id: string) => (id.startsWith('perbssn') ? 'permenpan' : id.split('-')[0]);
	const rank = (id: string) => ['uu', 'perpres', 'inpres', 'permenpan', 'se', 'aturan'].indexOf(level(id));
	const year = (id: string) => Number(id.match(/(\d{4})$/)?.[1] ?? 0);
	for (let i = 1; i < LEGAL_BASIS_IDS.length; i++) {
		const [a, b] = [LEGAL_BASIS_IDS[i - 1], LEGAL_BASIS_IDS[i]];
		assert.ok(rank(a) < rank(b) || (rank(a) === rank(b) && (year(a) <= year(b) || year(a) === 0)), `${a} sebelum ${b}`);
	}
});
