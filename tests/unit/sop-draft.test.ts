import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as draft from '../../src/lib/sop/draft.ts';
import { blankDocument } from '../../src/lib/sop/document.ts';
import type { SopDocument } from '../../src/lib/sop/model.ts';

function memoryStore() {
	const map = new Map<string, string>();
	return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

function sample(): SopDocument {
	const doc = blankDocument();
	return {
		...doc,
		title: 'Publikasi Konten',
		agency: 'Pemerintah Kabupaten Contoh',
		unit: 'Dinas Kominfo',
		number: '800/1/SOP/2026',
		created: '2026-11-02',
		effective: '2026-12-01',
		approver: { position: 'Kepala Dinas', name: 'Budi Contoh', nip: '19800101 200501 1 001' },
		actors: [
			{ id: 'p1', name: 'Admin' },
			{ id: 'p2', name: 'Kepala' },
		],
		steps: [
			{ id: 'l1', activity: 'Memulai', actor: 'p1', symbol: 'start', requirements: '', time: '', output: '', notes: '' },
			{ id: 'l2', activity: 'Memeriksa', actor: 'p2', symbol: 'decision', yes: 'l3', no: 'l1', requirements: '', time: '', output: '', notes: '' },
			{ id: 'l3', activity: 'Menutup', actor: 'p1', symbol: 'end', requirements: '', time: '', output: '', notes: '' },
		],
	};
}

test('draft survives save → load, and export → import, unchanged', () => {
	const store = memoryStore();
	const doc = sample();
	draft.saveDraft(store, doc);
	assert.deepEqual(draft.loadDraft(store), doc);
	const file = draft.exportDraft(doc, new Date('2026-11-21T08:00:00Z'));
	assert.deepEqual(JSON.parse(file).format, 'pedoman-medsos/sop');
	assert.deepEqual(draft.parseDraftFile(file), { ok: true, value: doc });
	draft.clearDraft(store);
	assert.equal(draft.loadDraft(store), null);
});

test('bad storage or files are refused with a clear message', () => {
	const store = memoryStore();
	store.setItem(draft.DRAFT_KEY, '{rusak');
	assert.equal(draft.loadDraft(store), null);
	store.setItem(draft.DRAFT_KEY, JSON.stringify({ v: 1, doc: { title: 5 } }));
	assert.equal(draft.loadDraft(store), null);
	const cases: [string, string][] = [
		['bukan json', 'Berkas ini bukan JSON yang valid. Pilih berkas hasil "Ekspor draf".'],
		['{"format":"lain","version":1}', 'Berkas ini bukan draf SOP dari Pedoman Medsos.'],
		['null', 'Berkas ini bukan draf SOP dari Pedoman Medsos.'],
		['{"format":"pedoman-medsos/sop","version":"1"}', 'Versi berkas draf tidak dikenali.'],
		['{"format":"pedoman-medsos/sop","version":9,"sop":{}}', 'Berkas ini dibuat oleh versi penyusun yang lebih baru (versi 9). Muat ulang halaman lalu coba lagi.'],
		['{"format":"pedoman-medsos/sop","version":1,"sop":[]}', 'Isi berkas tidak lengkap atau rusak (bagian: dokumen).'],
		[JSON.stringify({ format: 'pedoman-medsos/sop', version: 1, sop: { ...sample(), actors: [] } }), 'Isi berkas tidak lengkap atau rusak (bagian: actors).'],
		[JSON.stringify({ format: 'pedoman-medsos/sop', version: 1, sop: { ...sample(), steps: [{ id: 'a', actor: 'p1', symbol: 'bintang' }] } }), 'Isi berkas tidak lengkap atau rusak (bagian: steps.symbol).'],
		[JSON.stringify({ format: 'pedoman-medsos/sop', version: 1, sop: { ...sample(), title: 'x'.repeat(20_001) } }), 'Isi berkas tidak lengkap atau rusak (bagian: title).'],
		[JSON.stringify({ format: 'pedoman-medsos/sop', version: 1, sop: { ...sample(), equipment: 'laptop' } }), 'Isi berkas tidak lengkap atau rusak (bagian: equipment).'],
	];
	for (const [text, message] of cases) assert.deepEqual(draft.parseDraftFile(text), { ok: false, message }, text.slice(0, 60));
	// Missing optional text is filled in rather than refused.
	const minimal = { format: 'pedoman-medsos/sop', version: 1, sop: { actors: [{ id: 'p1', name: 'A' }], steps: [] } };
	const result = draft.parseDraftFile(JSON.stringify(minimal));
	assert.ok(result.ok);
	assert.equal(result.ok && result.value.approver.nip, '');
});

test('edits: insert, move, remove steps; symbol change drops unused branches', () => {
	let doc = sample();
	doc = draft.insertStep(doc, 0);
	assert.deepEqual(doc.steps.map((s) => s.id), ['l1', 'l4', 'l2', 'l3']);
	assert.equal(doc.steps[1]!.actor, 'p1', 'inherits the actor of the step above');
	doc = draft.moveStep(doc, 1, 1);
	assert.deepEqual(doc.steps.map((s) => s.id), ['l1', 'l2', 'l4', 'l3']);
	assert.equal(draft.moveStep(doc, 0, -1), doc, 'cannot move above the top');
	assert.equal(draft.moveStep(doc, 3, 1), doc, 'cannot move below the bottom');
	doc = draft.removeStep(doc, 3);
	assert.equal(doc.steps[1]!.yes, undefined, 'the branch to the removed step is cleared, so the flow check reports it');
	assert.equal(doc.steps[1]!.no, 'l1');
	doc = draft.setSymbol(doc, 1, 'process');
	assert.equal(doc.steps[1]!.no, undefined);
	doc = draft.setSymbol(draft.insertStep(doc, 2), 3, 'end');
	assert.equal(doc.steps[3]!.next, undefined);
});

test('actors: add up to the page limit; remove only unused actors', () => {
	let doc = sample();
	const added = draft.addActor(doc, 'Unit Kerja');
	assert.ok(added.ok);
	doc = added.ok ? added.value : doc;
	assert.deepEqual(doc.actors.at(-1), { id: 'p3', name: 'Unit Kerja' });
	for (let i = doc.actors.length; i < draft.MAX_ACTORS; i++) doc = (draft.addActor(doc, `P${i}`) as { value: SopDocument }).value;
	assert.deepEqual(draft.addActor(doc, 'Satu lagi'), { ok: false, message: 'Paling banyak 7 pelaksana agar diagram muat di kertas A4 mendatar.' });
	assert.deepEqual(draft.removeActor(doc, 'p1'), { ok: false, message: 'Pelaksana ini masih dipakai langkah 1, 3. Pindahkan langkah itu ke pelaksana lain dahulu.' });
	assert.ok(draft.removeActor(doc, 'p3').ok);
	const single = { ...sample(), actors: [{ id: 'p1', name: 'A' }] };
	assert.deepEqual(draft.removeActor(single, 'p1'), { ok: false, message: 'SOP memerlukan sekurang-kurangnya satu pelaksana.' });
});

test('required fields: empty, placeholder left in, bad NIP, empty actor and activity', () => {
	assert.deepEqual(draft.requiredIssues(sample()), []);
	const doc = { ...sample(), agency: '  ', number: '[NOMOR]/SOP/2026', approver: { position: 'Kepala', name: 'Budi', nip: '1980 01' } };
	doc.actors = [{ id: 'p1', name: '' }, ...doc.actors.slice(1)];
	doc.steps = doc.steps.map((s, i) => (i === 2 ? { ...s, activity: '' } : s));
	assert.deepEqual(draft.requiredIssues(doc), [
		{ field: 'agency', message: 'Nama instansi wajib diisi.' },
		{ field: 'number', message: 'Nomor SOP masih memuat isian dalam kurung siku; ganti dengan data instansi Anda.' },
		{ field: 'approver.nip', message: 'NIP harus terdiri atas 18 angka.' },
		{ field: 'actors.0.name', message: 'Nama pelaksana 1 wajib diisi.' },
		{ field: 'steps.2.activity', message: 'Kegiatan langkah 3 wajib diisi.' },
	]);
});

test('templates in the builder ask for the agency details instead of keeping placeholders', () => {
	const t = draft.fromTemplate({ ...sample(), agency: '[NAMA INSTANSI]', approver: { position: 'Kepala [NAMA UNIT KERJA]', name: '[NAMA PEJABAT]', nip: '[NIP]' } });
	assert.equal(t.agency, '');
	assert.deepEqual(t.approver, { position: '', name: '', nip: '' });
	assert.equal(t.number, '800/1/SOP/2026');
});

test('file names and fresh ids', () => {
	assert.equal(draft.fileName({ ...sample(), title: 'Penanganan Pengaduan & "Aduan" 😀' }, 'docx'), 'SOP-penanganan-pengaduan-aduan.docx');
	assert.equal(draft.fileName({ ...sample(), title: '' }, 'json'), 'SOP-tanpa-judul.json');
	assert.equal(draft.freshId('l', ['l1', 'l2', 'l4']), 'l3');
});
