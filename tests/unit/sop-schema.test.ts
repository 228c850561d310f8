import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { sopFileSchema } from '../../src/lib/sop/schema.ts';
import { checkFlow, flowEdges } from '../../src/lib/sop/flow.ts';
import { LEGAL_BASES, legalBasisLine, UNCHECKED_NOTE } from '../../src/lib/sop/legal.ts';
import type { Step } from '../../src/lib/sop/model.ts';

const dir = new URL('../../src/content/sop/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const load = (file: string) => yaml.load(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;

const step = (id: string, extra: Partial<Step> = {}): Step => ({ id, activity: `Mengerjakan ${id}`, actor: 'admin', symbol: 'process', requirements: '', time: '', output: '', notes: '', ...extra });
const actors = [
	{ id: 'admin', name: 'Admin Media Sosial' },
	{ id: 'kabag', name: 'Kepala Bagian Humas' },
];
const base = () => [step('a', { symbol: 'start' }), step('b'), step('c', { symbol: 'decision', actor: 'kabag', yes: 'd', no: 'b' }), step('d', { symbol: 'end' })];

test('every SOP file in src/content/sop passes the schema', () => {
	assert.ok(files.length >= 12, `expected at least 12 SOP files, found ${files.length}`);
	for (const file of files) {
		const result = sopFileSchema.safeParse(load(file));
		assert.ok(result.success, `${file}: ${result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	}
});

test('the required SOPs exist, with decisions, loops back and realistic Mutu Baku', () => {
	const required = [
		'perencanaan-konten',
		'produksi-persetujuan-konten',
		'publikasi-konten',
		'penanganan-komentar-pesan',
		'penanganan-pengaduan',
		'manajemen-krisis',
		'klarifikasi-hoaks',
		'keamanan-pemulihan-akun',
		'pemantauan-evaluasi',
		'amplifikasi-konten',
		'peliputan-kegiatan-pimpinan',
		'pengarsipan-konten',
	];
	let withLoop = 0;
	for (const slug of required) {
		const sop = sopFileSchema.parse(load(`${slug}.yaml`));
		assert.ok(sop.steps.some((s) => s.symbol === 'decision'), `${slug} has a decision`);
		const index = new Map(sop.steps.map((s, i) => [s.id, i]));
		if (flowEdges(sop.steps).some((e) => e.to <= e.from)) withLoop++;
		for (const s of sop.steps) {
			assert.ok(s.time && s.output, `${slug}/${s.id} has time and output`);
			assert.match(s.activity, /^(Me|Ber|Men|Mem)/, `${slug}/${s.id}: activity starts with an active verb: "${s.activity}"`);
			assert.ok(index.has(s.id));
		}
	}
	assert.ok(withLoop >= 10, `most SOPs loop back for revision (${withLoop})`);
	assert.match(JSON.stringify(load('penanganan-pengaduan.yaml')), /SP4N-LAPOR!/);
	assert.match(JSON.stringify(load('amplifikasi-konten.yaml')), /akun palsu/);
});

test('legal bases: SOP files can only cite listed ids; unchecked titles carry a visible reminder', () => {
	const bad = { ...load('perencanaan-konten.yaml'), legalBasis: ['uu-99-2099'] };
	assert.equal(sopFileSchema.safeParse(bad).success, false);
	for (const [id, basis] of Object.entries(LEGAL_BASES)) {
		const line = legalBasisLine(id as keyof typeof LEGAL_BASES);
		assert.equal(line.endsWith(UNCHECKED_NOTE), !basis.checked, id);
	}
});

test('schema errors name the step and what is wrong (messages pinned)', () => {
	const file = load('perencanaan-konten.yaml');
	const steps = file.steps as Record<string, unknown>[];
	const cases: [string, Record<string, unknown>[] | undefined, Record<string, unknown>[] | undefined, string, string][] = [
		['missing branch target', steps.map((s) => (s.id === 'periksa-draf' ? { ...s, no: 'revisii' } : s)), undefined, 'steps.3.no', 'Langkah 4 ("periksa-draf"): tujuan "Tidak" menunjuk ke langkah "revisii" yang tidak ada.'],
		['actor not listed', steps.map((s) => (s.id === 'susun-draf' ? { ...s, actor: 'editor' } : s)), undefined, 'steps.2.actor', 'Langkah 3 ("susun-draf"): pelaksana "editor" tidak ada di daftar pelaksana.'],
		['no start', steps.map((s) => (s.symbol === 'start' ? { ...s, symbol: 'process' } : s)), undefined, 'steps', 'Alur belum punya langkah Mulai (simbol kapsul di langkah pertama).'],
		['no end', steps.map((s) => (s.symbol === 'end' ? { ...s, symbol: 'process' } : s)), undefined, 'steps.7.next', 'Langkah 8 ("arsipkan"): tidak ada langkah sesudahnya; tambahkan langkah atau ubah simbolnya menjadi Selesai.'],
		['decision without "Ya"', steps.map((s) => (s.id === 'setujui' ? { ...s, yes: undefined } : s)), undefined, 'steps.5.yes', 'Langkah 6 ("setujui"): keputusan wajib punya tujuan "Ya".'],
		['duplicate actor id', undefined, [...(file.actors as Record<string, unknown>[]), { id: 'admin', name: 'Admin Kedua' }], 'actors.4.id', 'Pelaksana 5: id "admin" sudah dipakai.'],
	];
	for (const [name, newSteps, newActors, path, message] of cases) {
		const result = sopFileSchema.safeParse({ ...file, ...(newSteps ? { steps: newSteps } : {}), ...(newActors ? { actors: newActors } : {}) });
		assert.equal(result.success, false, name);
		const issue = result.error!.issues.find((i) => i.path.join('.') === path);
		assert.ok(issue, `${name}: no issue at ${path}; got ${JSON.stringify(result.error!.issues.map((i) => [i.path.join('.'), i.message]))}`);
		assert.equal(issue!.message, message, name);
	}
});

test('checkFlow accepts a good flow and reports each kind of break', () => {
	assert.deepEqual(checkFlow(actors, base()), []);
	const messages = (steps: Step[]) => checkFlow(actors, steps).map((i) => i.message);
	assert.deepEqual(checkFlow(actors, []), [{ message: 'Alur belum punya langkah.' }]);
	assert.deepEqual(messages([step('a', { symbol: 'start' }), step('b', { symbol: 'decision', no: 'a' }), step('c', { symbol: 'end' })]), [
		'Langkah 2: keputusan wajib punya tujuan "Ya".',
		'Langkah 2: tujuan "Tidak" tidak boleh kembali ke langkah Mulai.',
	]);
	// An orphan: reachable from nowhere, because step 2 jumps over it.
	assert.deepEqual(messages([step('a', { symbol: 'start', next: 'c' }), step('b'), step('c', { symbol: 'end' })]), ['Langkah 2 tidak dapat dicapai dari langkah Mulai; hubungkan dari langkah lain atau hapus.']);
	// A trap: a loop with no way out.
	assert.deepEqual(messages([step('a', { symbol: 'start' }), step('b'), step('c', { next: 'b' }), step('d', { symbol: 'end' })]), [
		'Langkah 1 tidak pernah sampai ke langkah Selesai (alur berputar tanpa jalan keluar).',
		'Langkah 2 tidak pernah sampai ke langkah Selesai (alur berputar tanpa jalan keluar).',
		'Langkah 3 tidak pernah sampai ke langkah Selesai (alur berputar tanpa jalan keluar).',
		'Langkah 4 tidak dapat dicapai dari langkah Mulai; hubungkan dari langkah lain atau hapus.',
	]);
	assert.deepEqual(messages([step('a', { symbol: 'start' }), step('b', { symbol: 'decision', yes: 'c', no: 'c' }), step('c', { symbol: 'end' })]), ['Langkah 2: tujuan "Ya" dan "Tidak" tidak boleh sama.']);
	assert.deepEqual(messages([step('a', { symbol: 'start' }), step('b', { next: 'b' }), step('c', { symbol: 'end' })]), ['Langkah 2: langkah berikutnya tidak boleh menunjuk ke langkah ini sendiri.']);
	assert.deepEqual(messages([step('a', { symbol: 'start' }), step('a'), step('c', { symbol: 'end' })]), ['Langkah 2: id "a" sudah dipakai Langkah 1.']);
	assert.deepEqual(messages([step('a'), step('b', { symbol: 'start' }), step('c', { symbol: 'end' })]), [
		'Langkah 2: langkah Mulai harus menjadi langkah pertama.',
	]);
	assert.deepEqual(messages([step('a', { symbol: 'start', yes: 'b' }), step('b', { symbol: 'end', next: 'a' })]), [
		'Langkah 1: hanya langkah Keputusan yang punya tujuan "Ya" dan "Tidak".',
		'Langkah 2: langkah Selesai tidak punya langkah berikutnya.',
	]);
});

test('flowEdges: default next, explicit next, decisions, none after the end', () => {
	assert.deepEqual(flowEdges(base()), [
		{ from: 0, to: 1, kind: 'next' },
		{ from: 1, to: 2, kind: 'next' },
		{ from: 2, to: 3, kind: 'yes' },
		{ from: 2, to: 1, kind: 'no' },
	]);
});
