import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { unzipSync, strFromU8 } from 'fflate';
import { sopFileSchema } from '../../src/lib/sop/schema.ts';
import { fromSopFile } from '../../src/lib/sop/document.ts';
import { applyKit, checkLogo, emptyKit, exportKit, formatSopNumber, kitGaps, parseKitFile, readKit, type KitSettings } from '../../src/lib/sop/kit.ts';
import { decreeModel, spellCount } from '../../src/lib/sop/decree.ts';
import { buildKitZip, DECREE_FILE, INDEX_FILE } from '../../src/lib/sop/kit-zip.ts';

const dir = new URL('../../src/content/sop/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ slug: f.replace(/\.yaml$/, ''), file: sopFileSchema.parse(yaml.load(readFileSync(new URL(f, dir), 'utf8'))) }));
files.sort((a, b) => a.file.order - b.file.order);
const titles = Object.fromEntries(files.map((f) => [f.slug, f.file.title]));
const templates = files.map((f) => ({ slug: f.slug, doc: fromSopFile(f.file, titles) }));
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

function kit(): KitSettings {
	return {
		...emptyKit(),
		agency: 'Pemerintah Kabupaten Contoh',
		unit: 'Dinas Komunikasi dan Informatika',
		region: 'Kabupaten Contoh',
		address: 'Jalan Merdeka 1, Contoh',
		approver: { position: 'Kepala Dinas Komunikasi dan Informatika', name: 'Dra. Siti Rahmawati', nip: '197001012000032001' },
		effective: '2027-02-01',
		pattern: '{nomor}/SOP-MEDSOS/{tahun}',
		firstNumber: 1,
		chosen: [templates[0]!.slug, templates[3]!.slug, templates[7]!.slug],
		renames: { [templates[0]!.doc.actors[0]!.name]: 'Pranata Humas Ahli Pertama' },
	};
}

test('numbering pattern: {nomor} and {tahun} are filled; a pattern without {nomor} gets it in front', () => {
	assert.equal(formatSopNumber('{nomor}/SOP-MEDSOS/{tahun}', 3, '2027'), '3/SOP-MEDSOS/2027');
	assert.equal(formatSopNumber('800/{nomor}/Diskominfo/{tahun}', 12, '2027'), '800/12/Diskominfo/2027');
	assert.equal(formatSopNumber('SOP-HUMAS', 2, ''), '2/SOP-HUMAS');
	assert.equal(formatSopNumber('{nomor}/{tahun}', 1, ''), '1/[TAHUN]');
});

test('applyKit: identity filled once, numbered in catalogue order, actors renamed, changed version used', () => {
	const k = kit();
	const changed = structuredClone(templates[3]!.doc);
	changed.title = 'Versi Instansi Sendiri';
	k.overrides = { [templates[3]!.slug]: changed };
	const items = applyKit(k, templates);
	assert.deepEqual(items.map((i) => i.slug), k.chosen);
	assert.deepEqual(items.map((i) => i.doc.number), ['1/SOP-MEDSOS/2027', '2/SOP-MEDSOS/2027', '3/SOP-MEDSOS/2027']);
	for (const item of items) {
		assert.equal(item.doc.agency, 'Pemerintah Kabupaten Contoh');
		assert.equal(item.doc.approver.nip, '197001012000032001');
		assert.equal(item.doc.effective, '2027-02-01');
	}
	assert.equal(items[0]!.doc.actors[0]!.name, 'Pranata Humas Ahli Pertama');
	assert.equal(items[1]!.doc.title, 'Versi Instansi Sendiri');
	assert.ok(items[1]!.changed && !items[0]!.changed);
	assert.deepEqual(kitGaps(k), []);
	assert.deepEqual(kitGaps(emptyKit()), ['nama instansi', 'nama unit kerja', 'jabatan pejabat pengesah', 'nama pejabat pengesah', 'NIP pejabat (18 angka)', 'tanggal efektif']);
});

test('settings: export → import unchanged; bad files refused with a message; damaged storage ignored', () => {
	const k = kit();
	const parsed = parseKitFile(exportKit(k, new Date('2027-01-01T00:00:00Z')));
	assert.deepEqual(parsed, { ok: true, value: k });
	assert.deepEqual(parseKitFile('{'), { ok: false, message: 'Berkas ini bukan JSON yang valid. Pilih berkas hasil "Ekspor pengaturan".' });
	assert.equal(parseKitFile('{"format":"pedoman-medsos/sop","version":1}').ok, false);
	assert.equal(readKit({ chosen: 'semua' }), null);
	assert.deepEqual(readKit({}), emptyKit());
});

test('logo: PNG, JPEG and SVG by their bytes; too large, scripted SVG and other files refused', () => {
	assert.deepEqual(checkLogo(PNG), { ok: true, value: 'png' });
	assert.deepEqual(checkLogo(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])), { ok: true, value: 'jpg' });
	assert.deepEqual(checkLogo(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')), { ok: true, value: 'svg' });
	assert.equal(checkLogo(new TextEncoder().encode('<svg onload="alert(1)"></svg>')).ok, false);
	assert.equal(checkLogo(new TextEncoder().encode('GIF89a')).ok, false);
	assert.match((checkLogo(new Uint8Array(400_000)) as { message: string }).message, /terlalu besar/);
});

test('decree: menimbang, mengingat from the SOPs, memutuskan, menetapkan, lampiran listing every SOP; placeholders left to fill', () => {
	const k = kit();
	const items = applyKit(k, templates);
	const model = decreeModel(k, items);
	const clauses = model.blocks.filter((b) => b.kind === 'clause').map((b) => (b as { label: string }).label);
	assert.deepEqual(clauses.slice(0, 3), ['Menimbang', 'Mengingat', 'Menetapkan']);
	const text = JSON.stringify(model.blocks);
	assert.match(text, /MEMUTUSKAN/);
	assert.match(text, /Peraturan Menteri (PANRB|Pendayagunaan Aparatur Negara dan Reformasi Birokrasi) Nomor 35 Tahun 2012/);
	assert.match(text, /\[NOMOR\]/);
	const mengingat = (model.blocks.find((b) => b.kind === 'clause' && b.label === 'Mengingat') as { items: { text: string }[][] }).items.map((i) => i.map((p) => p.text).join(''));
	assert.match(mengingat[0]!, /^Undang-Undang/, 'laws first');
	const laws = mengingat.filter((l) => l.startsWith('Undang-Undang')).map((l) => Number(/Tahun (\d{4})/.exec(l)?.[1]));
	assert.deepEqual(laws, [...laws].sort((x, y) => x - y), 'laws oldest first');
	assert.ok(!mengingat.some((l) => l.startsWith('Surat Edaran')), 'no circulars');
	const table = model.blocks.find((b) => b.kind === 'table') as { rows: { text: string }[][][] };
	assert.deepEqual(table.rows.map((r) => r[1]!.map((p) => p.text).join('')), items.map((i) => i.doc.number));
	assert.equal(spellCount(12), 'dua belas');
	assert.equal(spellCount(3), 'tiga');
	assert.equal(spellCount(21), 'dua puluh satu');
});

test('kit ZIP: decree, index and every chosen SOP filled; same settings, same bytes', async () => {
	const k = kit();
	const rasterize = async () => PNG;
	const { bytes, files: names } = await buildKitZip(k, templates, rasterize);
	assert.deepEqual(names, [DECREE_FILE, INDEX_FILE, ...k.chosen.map((slug, i) => `0${i + 1}-SOP-${slug}.docx`)]);
	const zip = unzipSync(bytes);
	const xml = strFromU8(unzipSync(zip[names[2]!]!)['word/document.xml']!);
	assert.match(xml, /Pemerintah Kabupaten Contoh/);
	assert.match(xml, /1\/SOP-MEDSOS\/2027/);
	assert.match(xml, /197001012000032001/);
	const again = await buildKitZip(k, templates, rasterize);
	assert.ok(Buffer.from(again.bytes).equals(Buffer.from(bytes)));
});
