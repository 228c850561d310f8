import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { unzipSync, strFromU8 } from 'fflate';
import { sopFileSchema } from '../../src/lib/sop/schema.ts';
import { blankDocument, fromSopFile } from '../../src/lib/sop/document.ts';
import { buildDocumentModel, estimateTextMm, renderDocx, type ModelParagraph } from '../../src/lib/sop/docx.ts';
import { escapeHtml, renderSopHtml } from '../../src/lib/sop/html.ts';
import { cleanText, formatDocDate, splitPlaceholders, type SopDocument } from '../../src/lib/sop/model.ts';

const file = sopFileSchema.parse(yaml.load(readFileSync(new URL('../../src/content/sop/perencanaan-konten.yaml', import.meta.url), 'utf8')));
const titles = new Proxy({} as Record<string, string>, { get: (_, slug) => `Judul ${String(slug)}` });
const doc = fromSopFile(file, titles);
const text = (paras: ModelParagraph[]) => paras.map((p) => p.parts.map((x) => x.text).join('')).join('\n');
/** A 1×1 PNG, so tests need no rasteriser. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const rasterize = async () => PNG;

/** All text of word/document.xml, with XML entities decoded. */
async function documentText(d: SopDocument): Promise<{ xml: string; text: string }> {
	const files = unzipSync(await renderDocx(d, { rasterize }));
	const xml = strFromU8(files['word/document.xml']!);
	const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
	const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('')).join('\n');
	return { xml, text };
}

test('fromSopFile: legal bases become titles, related SOPs are named, agency details stay placeholders', () => {
	assert.equal(doc.title, 'Perencanaan Konten Media Sosial');
	assert.equal(doc.agency, '[NAMA INSTANSI]');
	assert.equal(doc.approver.nip, '[NIP]');
	assert.ok(doc.legalBasis.includes('Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik'));
	assert.deepEqual(doc.related, ['SOP Judul produksi-persetujuan-konten', 'SOP Judul publikasi-konten', 'SOP Judul pemantauan-evaluasi']);
	assert.throws(() => fromSopFile({ ...file, related: ['tidak-ada'] }, {}), /SOP terkait "tidak-ada" tidak ada/);
});

test('document model: title, identity rows, every step, placeholders marked, A4 landscape', () => {
	const model = buildDocumentModel(doc);
	assert.equal(model.title, 'SOP Perencanaan Konten Media Sosial');
	assert.deepEqual(model.page, { widthMm: 297, heightMm: 210, marginMm: 15, topMm: 20, bottomMm: 16, landscape: true });
	assert.deepEqual(model.fonts, { body: 'Arial', heading: 'Bookman Old Style', sizePt: 10, tableSizePt: 9 });
	assert.deepEqual(
		model.identity.rows.map((r) => r.label),
		['Nomor SOP', 'Tanggal Pembuatan', 'Tanggal Revisi', 'Tanggal Efektif', 'Disahkan oleh', 'Nama SOP']
	);
	assert.deepEqual(
		model.identity.pairs.flat().map((p) => p.label),
		['Dasar Hukum', 'Kualifikasi Pelaksana', 'Keterkaitan', 'Peralatan/Perlengkapan', 'Peringatan', 'Pencatatan dan Pendataan']
	);
	assert.equal(model.flow.rows.length, doc.steps.length);
	model.flow.rows.forEach((row, i) => {
		assert.equal(row.no, i + 1);
		assert.equal(text(row.activity), doc.steps[i]!.activity);
		assert.equal(text(row.time), doc.steps[i]!.time);
		assert.ok(row.chart.svg.startsWith('<svg'));
		assert.ok(row.heightMm >= row.chart.heightMm - 1e-9);
	});
	assert.deepEqual(model.flow.actors, doc.actors.map((a) => a.name));
	// Columns fill the usable width of A4 landscape exactly.
	assert.ok(Math.abs(model.flow.columnsMm.reduce((s, c) => s + c, 0) - 267) < 1e-6);
	const placeholders = model.identity.rows.flatMap((r) => r.value.flatMap((p) => p.parts.filter((x) => x.placeholder).map((x) => x.text)));
	assert.deepEqual(placeholders, ['[NOMOR]', '[TAHUN]', '[TANGGAL]', '[TANGGAL]', '[NAMA UNIT KERJA]', '[NAMA PEJABAT]', '[NIP]']);
	assert.ok(model.identity.owner.some((p) => p.parts.some((x) => x.placeholder && x.text === '[NAMA INSTANSI]')));
});

test('document model: long text makes a taller row; a broken flow is refused', () => {
	const long = structuredClone(doc);
	long.steps[2]!.activity = 'Menyusun '.repeat(200);
	const model = buildDocumentModel(long);
	assert.ok(model.flow.rows[2]!.heightMm > model.flow.rows[1]!.heightMm * 3);
	assert.ok(model.flow.rows[2]!.chart.heightMm <= 150, 'picture capped below a page height');
	assert.ok(estimateTextMm([{ parts: [{ text: 'x'.repeat(100), placeholder: false }] }], 50) > estimateTextMm([{ parts: [{ text: 'x', placeholder: false }] }], 50));
	const broken = structuredClone(doc);
	broken.steps[3]!.yes = undefined;
	assert.throws(() => buildDocumentModel(broken), /Diagram alir belum benar: Langkah 4: keputusan wajib punya tujuan "Ya"/);
});

test('DOCX: a valid package with the title, every step and highlighted placeholders, A4 landscape', async () => {
	const files = unzipSync(await renderDocx(doc, { rasterize }));
	for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']) assert.ok(files[part], part);
	const { xml, text: all } = await documentText(doc);
	assert.match(all, /Perencanaan Konten Media Sosial/);
	for (const s of doc.steps) assert.ok(all.includes(s.activity), s.activity);
	assert.match(xml, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
	assert.match(xml, /<w:highlight w:val="yellow"\/>/);
	assert.match(xml, /<w:tblHeader\/>/, 'flowchart header repeats on each page');
	const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
	assert.equal(media.filter((f) => f.endsWith('.svg')).length, doc.steps.length);
	assert.ok(media.some((f) => f.endsWith('.png')), 'PNG fallback present (identical pictures are stored once)');
	assert.equal((xml.match(/<asvg:svgBlip /g) ?? []).length, doc.steps.length, 'one SVG picture per row');
	assert.match(strFromU8(files['word/styles.xml']!), /w:ascii="Arial"/);
});

test('DOCX and HTML: XML-hostile and huge text, emoji and empty optional fields still make valid output', async () => {
	const hostile = structuredClone(doc);
	const evil = `"Kutip" <b>tebal</b> & 'apostrof' ]]> 😀 \u0001\u0008\uFFFF \uD800 akhir`;
	hostile.title = evil;
	hostile.agency = 'Dinas <Kominfo> & "Statistik"';
	hostile.steps[1]!.activity = evil;
	hostile.steps[2]!.notes = 'x'.repeat(5000);
	hostile.steps[3]!.requirements = '';
	hostile.records = [];
	hostile.actors[0]!.name = '<Kepala> & "Humas"';
	const { xml, text: all } = await documentText(hostile);
	assert.ok(!/[\u0000-\u0008\uFFFF]/.test(xml), 'no characters that XML forbids');
	assert.ok(all.includes(`"Kutip" <b>tebal</b> & 'apostrof' ]]> 😀   akhir`), 'text survives, only forbidden characters dropped');
	assert.ok(all.includes('Dinas <Kominfo> & "Statistik"'));
	assert.ok(all.includes('x'.repeat(5000)));
	// Every tag is closed: a crude well-formedness check over the whole part.
	const stack: string[] = [];
	for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
		if (m[0].startsWith('<?')) continue;
		if (m[3]) continue;
		if (m[1]) assert.equal(stack.pop(), m[2]);
		else stack.push(m[2]!);
	}
	assert.deepEqual(stack, []);
	const html = renderSopHtml(hostile);
	assert.ok(!html.includes('<b>tebal'), 'HTML escapes markup');
	assert.ok(html.includes('&lt;b&gt;tebal&lt;/b&gt;'));
	assert.ok(html.includes('&lt;Kepala&gt; &amp; &quot;Humas&quot;'));
});

test('blank document: draws nothing wrong, says what is missing', async () => {
	const html = renderSopHtml(blankDocument());
	assert.match(html, /\[NAMA INSTANSI\]/);
	assert.match(html, /<table class="sop-flow"/, 'a start and an end step already make a drawable flow');
	const broken = blankDocument();
	broken.steps = [];
	assert.match(renderSopHtml(broken), /Diagram alir belum dapat digambar[\s\S]*Alur belum punya langkah\./);
	assert.doesNotMatch(renderSopHtml(broken), /class="sop-flow"/);
});

test('helpers: placeholders, dates, text cleaning, escaping', () => {
	assert.deepEqual(splitPlaceholders('Kepala [NAMA UNIT] kota'), [
		{ text: 'Kepala ', placeholder: false },
		{ text: '[NAMA UNIT]', placeholder: true },
		{ text: ' kota', placeholder: false },
	]);
	assert.deepEqual(splitPlaceholders(''), []);
	assert.deepEqual(splitPlaceholders('[A] dan [B]').map((p) => p.placeholder), [true, false, true]);
	assert.equal(formatDocDate('2026-11-21'), '21 November 2026');
	assert.equal(formatDocDate('2027-01-05'), '5 Januari 2027');
	assert.equal(formatDocDate(''), '[TANGGAL]');
	assert.equal(formatDocDate('awal 2027'), 'awal 2027');
	assert.equal(formatDocDate('2027-13-01'), '2027-13-01');
	assert.equal(cleanText('a\u0000b\r\nc\u001fd😀'), 'ab\ncd😀');
	assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
