import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync, strFromU8 } from 'fflate';
import { buildDocumentModel, renderDocx, FIXED_TIME, SIGNATURE_MM } from '../../src/lib/sop/docx.ts';
import { renderSopHtml } from '../../src/lib/sop/html.ts';
import { layoutFlow } from '../../src/lib/sop/layout.ts';
import { connectorLabel, flowColumns, longestWordMm, paginateFlow, planFlow, textHeightMm, TYPE } from '../../src/lib/sop/sheet.ts';
import { longSop } from '../fixtures/long-sop.ts';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const rasterize = async () => PNG;

test('columns: never narrower than their longest word, and together fill the page width', () => {
	const texts = { activity: ['Menyusun laporan'], requirements: ['Dokumen'], time: ['pemantauan', 'Setiap'], output: ['x'], notes: [''] };
	const cols = flowColumns(texts, ['Pranata Humas Ahli Pertama', 'Pimpinan']);
	assert.ok(cols.time >= longestWordMm(['pemantauan'], TYPE.table), 'Waktu fits "pemantauan"');
	assert.ok(cols.lane >= longestWordMm(['Pertama', 'Pimpinan'], TYPE.actor, true));
	assert.ok(Math.abs(cols.all.reduce((s, c) => s + c, 0) - 267) < 1e-6);
	// A short column gives its room to Kegiatan.
	const wide = flowColumns({ ...texts, output: ['Laporan pemantauan bulanan yang panjang sekali '.repeat(3)] }, ['A']);
	const narrow = flowColumns(texts, ['A']);
	assert.ok(narrow.output < wide.output && narrow.activity > wide.activity);
});

test('text height: more words, more lines; a word wider than the column breaks', () => {
	const one = textHeightMm(['kata'], 30, 9);
	assert.ok(textHeightMm(['kata '.repeat(40)], 30, 9) > one * 3);
	assert.ok(textHeightMm(['x'.repeat(200)], 30, 9) > one * 3);
});

test('pagination: a 25-step flow spans pages; every break has matching off-page connectors', () => {
	const doc = longSop();
	const layout = layoutFlow(doc.actors, doc.steps);
	const plan = planFlow(doc, layout);
	assert.ok(plan.pages.length >= 2, `${plan.pages.length} pages`);
	assert.deepEqual(plan.pages.flatMap((p) => p.steps), doc.steps.map((_, i) => i), 'every step once, in order');
	const labels = new Set<string>();
	plan.pages.forEach((page, p) => {
		const last = page.steps.at(-1)!;
		if (p < plan.pages.length - 1) {
			assert.deepEqual(page.outgoing.map((c) => c.x), layout.rows[last]!.bottom, `page ${p + 1}: one connector per line leaving the page`);
			assert.deepEqual(plan.pages[p + 1]!.incoming, page.outgoing, 'the next page starts with the same labels');
			for (const c of page.outgoing) {
				assert.ok(!labels.has(c.label), 'labels are unique in the document');
				labels.add(c.label);
			}
		} else assert.equal(page.outgoing.length, 0);
		// Pentagons in one lane do not overlap.
		const slots = [...page.outgoing.map((c) => c.slot)].sort((a, b) => a - b);
		for (let i = 1; i < slots.length; i++) assert.ok(slots[i]! - slots[i - 1]! >= 28);
	});
	assert.ok(labels.size > 0);
	assert.deepEqual([0, 1, 25, 26, 27].map(connectorLabel), ['A', 'B', 'Z', 'AA', 'AB']);
});

test('pagination: one overlong row gets a page of its own, no empty pages', () => {
	const layout = layoutFlow(longSop(4).actors, longSop(4).steps);
	const pages = paginateFlow(layout, [20, 400, 20, 20], 15, 10, 170);
	assert.deepEqual(pages.map((p) => p.steps), [[0], [1], [2, 3]]);
});

test('web page and DOCX model show the same pages and connectors', () => {
	const doc = longSop();
	const model = buildDocumentModel(doc);
	const html = renderSopHtml(doc);
	const tables = html.match(/<table class="sop-flow"/g) ?? [];
	assert.equal(tables.length, model.flow.pages.length);
	const docxConnectors = model.flow.pages.flat().filter((r) => r.kind === 'connector').map((r) => r.activity[0]!.parts[0]!.text);
	const htmlConnectors = [...html.matchAll(/data-connector="\w+"><td class="sop-flow__no"><\/td><td>([^<]+)<\/td>/g)].map((m) => m[1]);
	assert.deepEqual(htmlConnectors, docxConnectors);
	assert.ok(docxConnectors.some((t) => /^Bersambung ke halaman berikutnya \(penghubung [A-Z]/.test(t)));
});

test('approval block: jabatan, room for signature and stamp, name, NIP; no leftover instruction', () => {
	const model = buildDocumentModel(longSop());
	const block = model.identity.rows.find((r) => r.label === 'Disahkan oleh')!.value;
	const text = block.map((p) => p.parts.map((x) => x.text).join(''));
	assert.deepEqual(text, ['Kepala Dinas Komunikasi dan Informatika', 'Dra. Siti Rahmawati, M.Si.', 'NIP 197001012000032001']);
	assert.equal(block[0]!.spaceAfterMm, SIGNATURE_MM);
	assert.ok(block[1]!.bold && block[1]!.underline);
	assert.ok(!renderSopHtml(longSop()).includes('tanda tangan dan cap'));
});

test('DOCX: header with name and number, "Halaman x dari y" fields, and the same bytes for the same input', async () => {
	const doc = longSop();
	const first = await renderDocx(doc, { rasterize });
	const second = await renderDocx(structuredClone(doc), { rasterize });
	assert.ok(Buffer.from(first).equals(Buffer.from(second)), 'deterministic output');
	const files = unzipSync(first);
	assert.match(strFromU8(files['docProps/core.xml']!), new RegExp(`<dcterms:created[^>]*>${FIXED_TIME}<`));
	const header = strFromU8(files['word/header1.xml']!);
	assert.match(header, /Pemantauan Percakapan Publik Harian/);
	assert.match(header, /7\/SOP-MEDSOS\/2027/);
	const footer = strFromU8(files['word/footer1.xml']!);
	assert.match(footer, /Halaman [\s\S]*PAGE[\s\S]* dari [\s\S]*NUMPAGES/);
	const xml = strFromU8(files['word/document.xml']!);
	assert.match(xml, /Bersambung ke halaman berikutnya/);
	assert.match(xml, /Sambungan dari halaman sebelumnya/);
});

test('logo: placed beside the agency name in the web page and the DOCX instead of the placeholder', async () => {
	const doc = { ...longSop(), logo: { type: 'png' as const, data: btoa(String.fromCharCode(...PNG)), widthPx: 1, heightPx: 1 } };
	assert.match(renderSopHtml(doc), /<img class="sop-logo-img" src="data:image\/png;base64,/);
	assert.doesNotMatch(renderSopHtml(doc), /\[LOGO INSTANSI\]/);
	const files = unzipSync(await renderDocx(doc, { rasterize }));
	assert.match(strFromU8(files['word/document.xml']!), /Logo instansi/);
	assert.doesNotMatch(strFromU8(files['word/document.xml']!), /\[LOGO INSTANSI\]/);
});

test('columns: a long actor name never squeezes Kegiatan; a slash is a break point', () => {
	const texts = { activity: ['Mendokumentasikan kegiatan pimpinan'], requirements: [''], time: [''], output: [''], notes: [''] };
	const cols = flowColumns(texts, ['Koordinator Media Sosial', 'Fotografer/Videografer', 'Admin Media Sosial', 'Kepala Bagian Humas']);
	assert.ok(cols.activity >= 45, `Kegiatan ${cols.activity} mm`);
	assert.ok(cols.lane <= 22.5, `lane ${cols.lane} mm`);
	assert.ok(longestWordMm(['Fotografer/Videografer'], 8) < longestWordMm(['FotograferVideografer'], 8) * 0.6);
});
