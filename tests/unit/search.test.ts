import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseForms, editDistance, normalizeWords } from '../../src/lib/search/normalize.ts';
import { analyzeQuery, compileThesaurus, nearestPhrase, suggestQueries } from '../../src/lib/search/analyze.ts';
import { arrange, mergeUnitHits, searchSite, siteThesaurus, titleMatches, unitWeights, type PageData, type SearchEngine } from '../../src/lib/search/pipeline.ts';
import { excerptParts, stripAliases } from '../../src/lib/search/excerpt.ts';
import { CONCEPTS } from '../../src/data/search-thesaurus.ts';

const tiny = compileThesaurus({
	spellings: { yg: 'yang', gmn: 'bagaimana', makasih: 'terima kasih' },
	stopwords: ['yang', 'bagaimana', 'cara', 'di', 'itu', 'apa'],
	definitionCues: ['apa itu', 'arti'],
	concepts: [
		{ site: ['komentar'], typed: ['komen', 'comment'] },
		{ site: ['diretas'], typed: ['hack', 'di hack', 'kena hack'] },
		{ site: ['terima kasih'], typed: ['thanks'] },
		{ site: ['engagement'], typed: ['engagment'] },
	],
});

test('normalizeWords: huruf kecil, tanpa tanda baca, huruf berulang dan reduplikasi dilipat', () => {
	assert.deepEqual(normalizeWords('Komen2 NETIZEN yg marahhh!!'), ['komen', 'netizen', 'yg', 'marah']);
	assert.deepEqual(normalizeWords('kata-kata bertubi-tubi nge-post'), ['kata', 'bertubi', 'nge', 'post']);
	assert.deepEqual(normalizeWords('Maaf, hoaxxx… café'), ['maaf', 'hoax', 'cafe']);
	assert.deepEqual(normalizeWords('  '), []);
});

test('baseForms dan editDistance: awalan/akhiran obrolan dan salah ketik', () => {
	assert.ok(baseForms('dihack').includes('hack'));
	assert.ok(baseForms('komennya').includes('komen'));
	assert.ok(baseForms('ngepost').includes('post'));
	assert.equal(editDistance('engagment', 'engagement'), 1);
	assert.equal(editDistance('abc', 'xyzabc', 2), 3);
});

test('analyzeQuery: ejaan obrolan, kata fungsi, frasa terpanjang, satu unit per konsep', () => {
	const a = analyzeQuery('gmn cara bales komen yg kena hack di hack', tiny);
	assert.deepEqual(
		a.units.map((u) => u.terms[0]),
		['bales', 'komentar', 'diretas']
	);
	assert.equal(a.units[2]!.source, 'kena hack di hack');
	assert.equal(a.definition, false);
	assert.deepEqual(analyzeQuery('makasih', tiny).units.map((u) => u.terms), [['terima kasih']]);
	assert.deepEqual(analyzeQuery('komennya', tiny).units[0]!.terms, ['komentar', 'komennya']);
});

test('analyzeQuery: pertanyaan definisi dikenali, salah ketik diarahkan ke konsep terdekat', () => {
	const a = analyzeQuery('Apa itu engagment?', tiny);
	assert.equal(a.definition, true);
	assert.deepEqual(a.units[0]!.terms, ['engagement', 'engagment']);
	assert.equal(nearestPhrase('engagemnt', tiny), 'engagement');
	assert.equal(nearestPhrase('zzzzzz', tiny), undefined);
	// Only function words: search them rather than nothing.
	assert.deepEqual(analyzeQuery('apa', tiny).units.map((u) => u.source), ['apa']);
});

test('compileThesaurus: frasa di dua konsep ditolak dengan pesan yang menyebut keduanya', () => {
	assert.throws(
		() => compileThesaurus({ spellings: {}, stopwords: [], definitionCues: [], concepts: [{ site: ['a'], typed: ['x'] }, { site: ['b'], typed: ['X'] }] }),
		/"X" ada di dua konsep \(a dan b\)/
	);
});

test('tesaurus situs: dapat dikompilasi, tidak ada frasa yang juga kata fungsi', () => {
	const t = siteThesaurus();
	assert.ok(t.concepts.length >= 50);
	for (const phrase of t.phrases.keys()) assert.ok(!t.stopwords.has(phrase), `"${phrase}" juga kata fungsi`);
	for (const c of CONCEPTS) assert.ok(c.site.length > 0 && c.typed.length > 0, c.site.join());
	assert.deepEqual(
		analyzeQuery('cara bales komen netizen yg marah', t).units.map((u) => u.terms[0]),
		['balas', 'komentar', 'warga', 'marah']
	);
});

test('suggestQueries: kueri dalam kata situs, tanpa mengulang yang diketik', () => {
	const a = analyzeQuery('komen kena hack', tiny);
	assert.deepEqual(suggestQueries(a), ['komentar diretas', 'komentar', 'diretas']);
	assert.deepEqual(suggestQueries(analyzeQuery('komentar', tiny)), []);
});

test('mergeUnitHits: halaman yang cocok dengan lebih banyak unit, lalu istilah langka, di atas', () => {
	const merged = mergeUnitHits(
		[
			new Map([['a', 5], ['b', 1], ['c', 1], ['d', 1]]),
			new Map([['b', 2]]),
			new Map(),
		],
		100
	);
	assert.deepEqual(merged.map((m) => m.id), ['b', 'a', 'c', 'd']);
	assert.equal(merged[0]!.matched, 2);
});

test('arrange: judul yang menyebut topik naik; glosarium pertama untuk definisi, bukan tiga teratas selain itu', () => {
	const items = [
		{ url: '/referensi/glosarium/', title: 'Glosarium', value: 1 },
		{ url: '/a/', title: 'Lain', value: 0.9 },
		{ url: '/b/', title: 'Menanggapi komentar', value: 0.8 },
		{ url: '/c/', title: 'Lain lagi', value: 0.7 },
		{ url: '/d/', title: 'Lain juga', value: 0.6 },
	];
	const plain = analyzeQuery('komen', tiny);
	assert.equal(titleMatches('Menanggapi komentar', plain), 1);
	assert.deepEqual(arrange(items, plain, '/referensi/glosarium/').map((i) => i.url), ['/b/', '/a/', '/c/', '/referensi/glosarium/', '/d/']);
	const definition = analyzeQuery('apa itu komen', tiny);
	assert.equal(arrange(items, definition, '/referensi/glosarium/')[0]!.url, '/referensi/glosarium/');
});

test('unitWeights: a unit found on few pages weighs 1, a common one less; titleMatches sums the weights', () => {
	const rare = new Map([['p1', 1]]);
	const common = new Map(Array.from({ length: 40 }, (_, i) => [`p${i}`, 1] as [string, number]));
	const weights = unitWeights([rare, common, new Map()], 50);
	assert.equal(weights[0], 1);
	assert.ok(weights[1]! > 0 && weights[1]! < 0.25, `common unit weighs ${weights[1]}`);
	assert.equal(weights[2], 0);
	const q = analyzeQuery('komen', tiny);
	assert.equal(titleMatches('Menanggapi komentar', q, '', [0.5]), 0.5);
});

/** A fake Pagefind: pages are word lists; a term matches a page containing all its words (as prefixes). */
function fakeEngine(pages: Record<string, string>): SearchEngine & { calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		pageCount: Object.keys(pages).length,
		async search(terms) {
			return terms.map((term) => {
				calls.push(term);
				const words = term.split(' ');
				return Object.entries(pages)
					.filter(([, text]) => words.every((w) => text.split(' ').some((t) => t.startsWith(w))))
					.map(([id, text]) => ({ id, score: words.reduce((s, w) => s + text.split(' ').filter((t) => t.startsWith(w)).length, 0) }))
					.sort((a, b) => b.score - a.score);
			});
		},
		async load(ids): Promise<PageData[]> {
			return ids.map((id) => ({ url: `/${id}/`, title: id, excerpt: pages[id]!.slice(0, 40), sections: [] }));
		},
	};
}

test('searchSite: setiap unit dicari sendiri dan digabung menurut cakupan; kurang dari segenggam halaman yang cocok penuh = longgar', async () => {
	const engine = fakeEngine({
		komentar: 'menanggapi komentar warga marah balas komentar',
		krisis: 'serangan komentar buzzer krisis',
		glosarium: 'komentar diretas engagement istilah',
		akun: 'akun diretas pulihkan',
	});
	const out = await searchSite('bales komen netizen yg marah', engine, {}, tiny);
	assert.equal(out.relaxed, true);
	assert.equal(out.results[0]!.url, '/komentar/');
	assert.equal(out.results[0]!.matched, 2);
	assert.ok(engine.calls.includes('komentar') && engine.calls.includes('marah'), 'each unit is searched');

	const single = await searchSite('kena hack', engine, { glossaryUrl: '/glosarium/' }, tiny);
	assert.deepEqual(single.results.map((r) => r.url), ['/akun/', '/glosarium/']);
	assert.equal(single.relaxed, false);

	const none = await searchSite('yg', engine, {}, tiny);
	assert.equal(none.total, 0);
});

test('searchSite: dengan daftar judul dari build, hanya halaman yang ditampilkan yang dimuat, atau tidak sama sekali', async () => {
	const engine = fakeEngine({ a: 'komentar warga', b: 'komentar', c: 'warga komentar komentar' });
	const loads: string[][] = [];
	const load = engine.load.bind(engine);
	Object.assign(engine, {
		describe: (id: string) => ({ url: `/${id}/`, title: id === 'b' ? 'Komentar' : id }),
		load: (ids: string[]) => (loads.push(ids), load(ids)),
	});
	const out = await searchSite('komen', engine, { limit: 2 }, tiny);
	assert.deepEqual(out.results.map((r) => r.url), ['/c/', '/b/']);
	assert.deepEqual(loads, [['c', 'b']]);
	assert.ok(out.results[0]!.excerpt.length > 0);
	const lazy = await searchSite('komen', engine, { limit: 2, excerpts: false }, tiny);
	assert.equal(lazy.results[0]!.excerpt, '');
	assert.equal(loads.length, 1);
});

test('excerptParts: teks dan sorotan dari kutipan Pagefind, entitas diurai, tanpa HTML lain', () => {
	assert.deepEqual(excerptParts('Balas &lt;b&gt; <mark>komentar</mark> &amp; DM'), [
		{ text: 'Balas <b> ', mark: false },
		{ text: 'komentar', mark: true },
		{ text: ' & DM', mark: false },
	]);
	assert.deepEqual(excerptParts(''), []);
	assert.deepEqual(excerptParts('Judul ⟦ ig · <mark>hack</mark> ⟧ isi <mark>akun</mark>'), [{ text: 'Judul isi ', mark: false }, { text: 'akun', mark: true }]);
	assert.equal(stripAliases('ig · hack ⟧ Teks halaman'), 'Teks halaman');
	assert.equal(stripAliases('Teks halaman ⟦ ig · ha'), 'Teks halaman');
});

test('tesaurus situs: setiap kata `site` benar-benar dipakai halaman (agar "Maksud Anda" tidak menyarankan kata tanpa hasil)', async () => {
	const { globSync, readFileSync } = await import('node:fs');
	const root = new URL('../../src/', import.meta.url);
	const files = [...globSync('content/**/*.{md,mdx,yaml}', { cwd: root }), ...globSync('data/*.yaml', { cwd: root })];
	const text = normalizeWords(files.map((f) => readFileSync(new URL(f, root), 'utf8')).join('\n')).join(' ');
	const missing = CONCEPTS.flatMap((c) => c.site).filter((s) => !` ${text} `.includes(` ${normalizeWords(s).join(' ')}`));
	assert.deepEqual(missing, []);
});
