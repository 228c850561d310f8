import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	fillTemplate,
	findMalformed,
	isFilled,
	labelFromName,
	missingPlaceholders,
	parseTemplate,
	placeholderNames,
} from '../../src/lib/templat/placeholders.ts';
import { PLATFORM_LIMITS, checkLength, countCharacters, platformById } from '../../src/lib/templat/platforms.ts';
import { clearState, downloadName, downloadText, loadState, saveState, storageKey, type KeyValueStore } from '../../src/lib/templat/store.ts';
import { templateSchema, templateGroupSchema } from '../../src/lib/templat/schema.ts';
import { placeGroups, tocEntriesFor, type GroupEntry } from '../../src/lib/templat/catalog.ts';

test('parseTemplate splits literal text and placeholders', () => {
	assert.deepEqual(parseTemplate('Halo {nama}, layanan {nama_layanan} buka.'), [
		{ kind: 'text', text: 'Halo ' },
		{ kind: 'placeholder', name: 'nama' },
		{ kind: 'text', text: ', layanan ' },
		{ kind: 'placeholder', name: 'nama_layanan' },
		{ kind: 'text', text: ' buka.' },
	]);
	assert.deepEqual(parseTemplate('{a}{b}'), [
		{ kind: 'placeholder', name: 'a' },
		{ kind: 'placeholder', name: 'b' },
	]);
	assert.deepEqual(parseTemplate(''), []);
	assert.deepEqual(parseTemplate('tanpa placeholder'), [{ kind: 'text', text: 'tanpa placeholder' }]);
});

test('parseTemplate leaves malformed braces as literal text', () => {
	for (const text of ['{Nama}', '{ nama }', '{}', '{nama', 'nama}', '{1nama}', '{nama-layanan}']) {
		assert.deepEqual(parseTemplate(text), [{ kind: 'text', text }], text);
	}
	// The inner, valid placeholder of doubled braces is still found.
	assert.deepEqual(parseTemplate('{{nama}}'), [
		{ kind: 'text', text: '{' },
		{ kind: 'placeholder', name: 'nama' },
		{ kind: 'text', text: '}' },
	]);
});

test('placeholderNames lists each name once, in order, across texts', () => {
	assert.deepEqual(placeholderNames('{b} {a} {b}', '{c} {a}'), ['b', 'a', 'c']);
	assert.deepEqual(placeholderNames('tidak ada'), []);
});

test('fillTemplate replaces every occurrence of a repeated placeholder', () => {
	assert.equal(fillTemplate('{nama}, terima kasih. Salam, {nama}.', { nama: 'Rina' }), 'Rina, terima kasih. Salam, Rina.');
});

test('fillTemplate keeps empty or blank placeholders visible', () => {
	assert.equal(fillTemplate('Halo {nama}, {kanal}.', { nama: '   ' }), 'Halo {nama}, {kanal}.');
	assert.equal(fillTemplate('Halo {nama}.', {}), 'Halo {nama}.');
});

test('fillTemplate inserts values literally: special characters, emoji, dollar signs, braces', () => {
	const cases: [string, string][] = [
		['<b>Dinas & Kantor</b>', 'Hai <b>Dinas & Kantor</b>!'],
		[`"Pojok" Layanan 'Satu'`, `Hai "Pojok" Layanan 'Satu'!`],
		['🙏🏽 Tim 👩‍💻', 'Hai 🙏🏽 Tim 👩‍💻!'],
		['$& $1 $$', 'Hai $& $1 $$!'],
		['{kanal}', 'Hai {kanal}!'],
	];
	for (const [value, expected] of cases) assert.equal(fillTemplate('Hai {nama}!', { nama: value, kanal: 'X' }), expected, value);
});

test('fillTemplate trims values and keeps line breaks inside them', () => {
	assert.equal(fillTemplate('Lokasi:\n{lokasi}', { lokasi: '  Aula A\nAula B  ' }), 'Lokasi:\nAula A\nAula B');
});

test('fillTemplate leaves malformed braces untouched', () => {
	assert.equal(fillTemplate('{Nama} { nama } {nama', { nama: 'X', Nama: 'Y' }), '{Nama} { nama } {nama');
});

test('missingPlaceholders names the empty ones once', () => {
	assert.deepEqual(missingPlaceholders('{a} {b} {a} {c}', { b: 'isi', c: ' ' }), ['a', 'c']);
	assert.deepEqual(missingPlaceholders('{a}', { a: 'ok' }), []);
	assert.equal(isFilled(undefined), false);
	assert.equal(isFilled('\n'), false);
	assert.equal(isFilled('0'), true);
});

test('findMalformed reports each bad brace with a reason', () => {
	assert.deepEqual(findMalformed('Halo {nama}, {kanal_resmi} siap.'), []);
	const cases: [string, RegExp][] = [
		['Halo {Nama}', /tidak sah/],
		['Halo { nama }', /tidak sah/],
		['Halo {nama-layanan}', /tidak sah/],
		['Halo {}', /kosong/],
		['Halo {nama', /tidak ditutup/],
		['Halo nama}', /tanpa pasangan/],
		['Halo {nama {kanal}', /tidak ditutup/],
	];
	for (const [text, reason] of cases) {
		const found = findMalformed(text);
		assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
		assert.match(found[0]!.reason, reason, text);
	}
	assert.equal(findMalformed('{{nama}}').length, 2);
	assert.equal(findMalformed('Halo {nama')[0]!.index, 5);
});

test('labelFromName turns a placeholder name into a label', () => {
	assert.equal(labelFromName('nama_layanan'), 'Nama layanan');
	assert.equal(labelFromName('tanggal__mulai'), 'Tanggal mulai');
	assert.equal(labelFromName('x'), 'X');
});

test('countCharacters counts code points after NFC normalisation', () => {
	assert.equal(countCharacters(''), 0);
	assert.equal(countCharacters('Halo'), 4);
	assert.equal(countCharacters('café'), 4);
	assert.equal(countCharacters('cafe\u0301'), 4); // decomposed é counts once after NFC
	assert.equal(countCharacters('👍'), 1); // one code point (X itself counts 2)
	assert.equal(countCharacters('👩‍💻'), 3); // woman + ZWJ + laptop
	assert.equal(countCharacters('a\nb'), 3);
	assert.equal(countCharacters('<&"\'>'), 5);
});

test('checkLength phrases the count for the reader in id-ID numbers', () => {
	const x = platformById('x');
	assert.deepEqual(checkLength('a'.repeat(10), x), { count: 10, limit: 280, over: false, message: '10 dari 280 karakter, sisa 270.' });
	assert.equal(checkLength('a'.repeat(280), x).over, false);
	const over = checkLength('a'.repeat(300), x);
	assert.equal(over.over, true);
	assert.match(over.message, /^300 dari 280 karakter: lebih 20 karakter\./);
	assert.equal(checkLength('a'.repeat(1234), platformById('umum')).message, '1.234 karakter.');
	assert.equal(checkLength('abc', platformById('facebook-komentar')).message, '3 dari sekitar 8.000 karakter, sisa 7.997.');
});

test('platform table: known ids, X uses the short variant, unknown ids fall back to general', () => {
	const ids = PLATFORM_LIMITS.map((p) => p.id);
	assert.equal(new Set(ids).size, ids.length);
	assert.equal(PLATFORM_LIMITS[0]!.limit, null);
	assert.equal(platformById('x').limit, 280);
	assert.equal(platformById('x').short, true);
	assert.equal(platformById('instagram-caption').limit, 2200);
	assert.deepEqual(
		PLATFORM_LIMITS.filter((p) => p.short).map((p) => p.id),
		['x']
	);
	assert.equal(platformById('myspace').id, 'umum');
	assert.equal(platformById(null).id, 'umum');
	for (const p of PLATFORM_LIMITS) assert.ok(p.source.length > 10, `${p.id} needs a source`);
});

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

test('store: values and platform survive a round trip; empty state removes the entry', () => {
	const store = memoryStore();
	saveState(store, 'terima-komplain', { values: { nama: 'Rina', kanal: '  ' }, platform: 'x' });
	assert.deepEqual(JSON.parse(store.data.get(storageKey('terima-komplain'))!), { v: 1, values: { nama: 'Rina' }, platform: 'x' });
	assert.deepEqual(loadState(store, 'terima-komplain'), { values: { nama: 'Rina' }, platform: 'x' });
	saveState(store, 'terima-komplain', { values: { nama: '' }, platform: 'umum' });
	assert.equal(store.data.size, 0);
	saveState(store, 'a', { values: { nama: 'X' } });
	clearState(store, 'a');
	assert.equal(store.data.size, 0);
});

test('store: corrupted or foreign values load as empty', () => {
	const store = memoryStore();
	for (const raw of ['{', 'null', '[]', '{"v":2,"values":{}}', '{"v":1,"values":"x"}']) {
		store.data.set(storageKey('t'), raw);
		assert.deepEqual(loadState(store, 't'), { values: {} }, raw);
	}
	store.data.set(storageKey('t'), '{"v":1,"values":{"a":"ok","b":3},"platform":7}');
	assert.deepEqual(loadState(store, 't'), { values: { a: 'ok' } });
});

test('download: file name and Windows line endings with a final break', () => {
	assert.equal(downloadName('terima-komplain'), 'templat-terima-komplain.txt');
	assert.equal(downloadName('terima-komplain', 'x'), 'templat-terima-komplain-x.txt');
	assert.equal(downloadText('a\nb'), 'a\r\nb\r\n');
	assert.equal(downloadText('a\r\nb\n\n'), 'a\r\nb\r\n');
	assert.equal(downloadText('<&>'), '<&>\r\n');
});

const validTemplate = {
	id: 'terima-komplain',
	title: 'Menerima komplain pelayanan',
	whenToUse: 'Saat warga mengeluhkan layanan di kolom komentar.',
	whenNotToUse: 'Saat komentar berisi data pribadi: sembunyikan dulu.',
	text: 'Terima kasih, {sapaan}. Keluhan tentang {nama_layanan} kami teruskan.',
	short: 'Terima kasih, {sapaan}. Keluhan {nama_layanan} kami teruskan.',
	related: [{ href: '/pedoman/interaksi/pengaduan-masyarakat/', label: 'Pedoman pengaduan' }],
	placeholders: { sapaan: { example: 'Kak Rina' }, nama_layanan: { example: 'KTP-el' } },
};

test('schema: a complete template is accepted with defaults', () => {
	const t = templateSchema.parse(validTemplate);
	assert.deepEqual(t.platformNotes, {});
	assert.equal(t.placeholders.sapaan!.multiline, false);
});

test('schema: errors name the field that is wrong', () => {
	const cases: [Record<string, unknown>, string, RegExp?][] = [
		[{ ...validTemplate, id: 'Terima Komplain' }, 'id'],
		[{ ...validTemplate, text: 'Halo {Nama}, ada yang bisa dibantu hari ini?' }, 'text', /tidak sah/],
		[{ ...validTemplate, short: 'Halo {sapaan, ada yang bisa dibantu?' }, 'short', /tidak ditutup/],
		[{ ...validTemplate, short: `{sapaan} ${'x'.repeat(280)}` }, 'short', /terlalu panjang/],
		[{ ...validTemplate, placeholders: { ...validTemplate.placeholders, nama_dinas: { example: 'Dinas' } } }, 'placeholders', /tidak dipakai/],
		[{ ...validTemplate, placeholders: { sapaan: { example: 'Kak' } } }, 'placeholders', /contoh isian/],
		[{ ...validTemplate, related: [{ href: 'https://contoh.go.id/', label: 'Luar' }] }, 'related'],
		[{ ...validTemplate, related: [{ href: '/pedoman/interaksi/moderasi', label: 'Tanpa garis miring' }] }, 'related'],
		[{ ...validTemplate, related: [] }, 'related'],
		[{ ...validTemplate, platformNotes: { myspace: 'Catatan yang cukup panjang.' } }, 'platformNotes'],
	];
	for (const [input, field, message] of cases) {
		const result = templateSchema.safeParse(input);
		assert.equal(result.success, false, `${field} should fail`);
		assert.equal(result.error!.issues[0]!.path[0], field, JSON.stringify(result.error!.issues));
		if (message) assert.match(result.error!.issues[0]!.message, message);
	}
});

test('schema: the X length check uses the example values', () => {
	const long = { ...validTemplate, short: `{sapaan} ${'x'.repeat(265)}` }; // 265 + space + "Kak Rina" (8) = 274
	assert.equal(templateSchema.safeParse(long).success, true);
	const tooLong = { ...long, placeholders: { ...validTemplate.placeholders, sapaan: { example: 'Bapak Ibu Warga Contoh' } } };
	assert.equal(templateSchema.safeParse(tooLong).success, false);
});

test('group schema: template ids are unique within a group', () => {
	const group = { title: 'Pengaduan', description: 'Templat untuk menerima dan meneruskan pengaduan warga.', order: 1, templates: [validTemplate, validTemplate] };
	const result = templateGroupSchema.safeParse(group);
	assert.equal(result.success, false);
	assert.match(result.error!.issues[0]!.message, /dipakai dua kali/);
});

test('placeGroups orders groups, places templates and rejects ids used in two groups', () => {
	const t = templateSchema.parse(validTemplate);
	const entry = (id: string, order: number, templates = [t], page?: string): GroupEntry => ({
		id,
		data: { title: id, description: 'x'.repeat(30), order, templates, ...(page ? { page } : {}) },
	});
	const other = { ...t, id: 'lain' };
	const placed = placeGroups([entry('b', 2, [other]), entry('a', 1), entry('krisis', 3, [{ ...t, id: 'awal' }], '/krisis/pernyataan-awal/')]);
	assert.deepEqual(
		placed.map((g) => [g.id, g.page]),
		[
			['a', '/templat/a/'],
			['b', '/templat/b/'],
			['krisis', '/krisis/pernyataan-awal/'],
		]
	);
	assert.equal(placed[0]!.templates[0]!.href, '/templat/a/#terima-komplain');
	assert.equal(placed[0]!.templates[0]!.group, 'a');
	assert.throws(() => placeGroups([entry('a', 1), entry('b', 2)]), /ada di dua kelompok: a dan b/);

	assert.deepEqual(
		tocEntriesFor('/templat/', placed).map((e) => e.slug),
		['a', 'b', 'krisis']
	);
	assert.deepEqual(tocEntriesFor('/krisis/pernyataan-awal/', placed), [{ depth: 2, slug: 'awal', text: t.title, children: [] }]);
	assert.deepEqual(tocEntriesFor('/pedoman/prinsip-etika/', placed), []);
});
