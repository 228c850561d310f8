/**
 * Anatomy of an SOP-AP document (Permenpan RB 35/2012): the identity part with its fields,
 * and the flowchart part with its columns and a small sample flowchart. The sample is laid
 * out by the SOP flowchart layout itself (src/lib/sop/layout.ts), so the figure shows the
 * same symbols and arrows as the real SOP pages and DOCX files.
 */
import { layoutFlow, type Prim } from '../sop/layout.ts';
import type { Actor, Step } from '../sop/model.ts';
import { LINE_HEIGHT } from './text.ts';
import { PAD, WIDTH, textBlock, textBox, type Item, type Scene } from './scene.ts';

/** Fields of the identity part, in the order of the template. */
export const IDENTITY_FIELDS = [
	'Logo dan nama unit',
	'Nomor SOP',
	'Tanggal Pembuatan',
	'Tanggal Revisi',
	'Tanggal Efektif',
	'Disahkan oleh',
	'Nama SOP',
	'Dasar Hukum',
	'Kualifikasi Pelaksana',
	'Keterkaitan',
	'Peralatan/Perlengkapan',
	'Peringatan',
	'Pencatatan dan Pendataan',
] as const;

/** Columns of the flowchart table, left to right. */
export const FLOW_COLUMNS = ['No', 'Kegiatan', 'Pelaksana (satu kolom per pelaksana)', 'Mutu Baku: Kelengkapan, Waktu, Output', 'Keterangan'] as const;

/** The sample procedure drawn in the figure. */
export const SAMPLE: { actors: Actor[]; steps: Step[] } = {
	actors: [
		{ id: 'admin', name: 'Admin' },
		{ id: 'editor', name: 'Editor' },
	],
	steps: [
		{ id: 's1', activity: 'Menerima bahan', actor: 'admin', symbol: 'start', requirements: '', time: '', output: '', notes: '' },
		{ id: 's2', activity: 'Menyusun draf', actor: 'admin', symbol: 'process', requirements: '', time: '', output: '', notes: '' },
		{ id: 's3', activity: 'Memeriksa: layak?', actor: 'editor', symbol: 'decision', yes: 's4', no: 's2', requirements: '', time: '', output: '', notes: '' },
		{ id: 's4', activity: 'Mengunggah', actor: 'admin', symbol: 'end', requirements: '', time: '', output: '', notes: '' },
	],
};

const SHAPES = { start: 'pill', end: 'pill', process: 'rect', decision: 'diamond', connector: 'pentagon' } as const;

/**
 * The SOP layout draws lanes at least 112 px wide; two of them leave too little room for the
 * Kegiatan column in a 320 px figure, so the sample is drawn at this scale.
 */
const SCALE = 0.8;

/** Turns one primitive of the SOP layout into diagram items, scaled and shifted to (dx, dy). */
function fromPrim(q: Prim, dx: number, dy: number): Item[] {
	const s = SCALE;
	const p =
		q.kind === 'shape'
			? { ...q, x: q.x * s, y: q.y * s, w: q.w * s, h: q.h * s }
			: q.kind === 'line'
				? { ...q, x1: q.x1 * s, y1: q.y1 * s, x2: q.x2 * s, y2: q.y2 * s }
				: { ...q, x: q.x * s, y: q.y * s };
	switch (p.kind) {
		case 'shape':
			return [{ kind: 'box', x: dx + p.x - p.w / 2, y: dy + p.y - p.h / 2, w: p.w, h: p.h, tone: 'plain', shape: SHAPES[p.symbol] }];
		case 'line':
			return [{ kind: 'path', points: [[dx + p.x1, dy + p.y1], [dx + p.x2, dy + p.y2]], arrow: false, thin: true }];
		case 'arrow': {
			const back = { down: [0, -8], up: [0, 8], left: [8, 0], right: [-8, 0] }[p.dir];
			return [{ kind: 'path', points: [[dx + p.x + back[0]!, dy + p.y + back[1]!], [dx + p.x, dy + p.y]], arrow: true, thin: true }];
		}
		case 'label':
			return [{ kind: 'text', x: dx + p.x, y: dy + p.y + 1, runs: [{ text: p.text }], anchor: p.anchor, halo: true }];
	}
}

/** Lays out the anatomy figure. */
export function layoutSopAnatomy(): Scene {
	const items: Item[] = [];
	let y = 0;
	const head1 = textBox([{ text: 'Bagian 1 · Identitas', bold: true }, { text: 'Satu tabel di halaman pertama setiap SOP.' }], 0, y, WIDTH, 'accent');
	items.push(...head1.items);
	y += head1.height;
	const half = Math.ceil(IDENTITY_FIELDS.length / 2);
	const colW = WIDTH / 2;
	for (let r = 0; r < half; r++) {
		const cells = [IDENTITY_FIELDS[r], IDENTITY_FIELDS[r + half]].map((f, c) => (f ? textBlock([{ text: f }], c * colW + 6, y + 4, colW - 12) : undefined));
		const h = Math.max(...cells.map((c) => c?.height ?? 0)) + 8;
		cells.forEach((c, k) => {
			items.push({ kind: 'box', x: k * colW, y, w: colW, h, tone: 'plain', shape: 'rect' });
			if (c) items.push(...c.items);
		});
		y += h;
	}
	y += 16;
	const head2 = textBox([{ text: 'Bagian 2 · Diagram alir', bold: true }, { text: 'Tabel langkah; kolomnya dari kiri ke kanan:' }], 0, y, WIDTH, 'accent');
	items.push(...head2.items);
	y += head2.height;
	FLOW_COLUMNS.forEach((c, i) => {
		const b = textBox([{ lead: `${i + 1}.`, text: c }], 0, y, WIDTH, 'plain');
		items.push(...b.items);
		y += b.height;
	});
	y += 12;
	const note = textBlock([{ text: 'Contoh kolom Kegiatan dan Pelaksana, digambar dengan lima simbol SOP-AP:' }], 0, y, WIDTH);
	items.push(...note.items);
	y += note.height + 6;

	const flow = layoutFlow(SAMPLE.actors, SAMPLE.steps);
	const laneW = flow.laneWidth * SCALE;
	const band = flow.band * SCALE;
	const left = WIDTH - laneW * SAMPLE.actors.length;
	const headH = LINE_HEIGHT + 2 * 6;
	const heads = [
		{ x: 0, w: left, text: 'Kegiatan' },
		...SAMPLE.actors.map((a, i) => ({ x: left + i * laneW, w: laneW, text: a.name })),
	];
	for (const h of heads) {
		items.push({ kind: 'box', x: h.x, y, w: h.w, h: headH, tone: 'muted', shape: 'rect' });
		items.push(...textBlock([{ text: h.text, bold: true }], h.x + h.w / 2, y + 6, h.w - 8, 'middle').items);
	}
	y += headH;
	const bodyTop = y;
	SAMPLE.steps.forEach((s, i) => {
		const rowY = bodyTop + i * band;
		items.push({ kind: 'box', x: 0, y: rowY, w: left, h: band, tone: 'plain', shape: 'rect' });
		items.push(...textBlock([{ text: `${i + 1}. ${s.activity}` }], 6, rowY + 4, left - 10).items);
		for (const p of flow.rows[i]!.band) items.push(...fromPrim(p, left, rowY));
	});
	const bodyH = SAMPLE.steps.length * band;
	items.push({ kind: 'path', points: [[left, bodyTop], [left, bodyTop + bodyH]], arrow: false, thin: true });
	for (const x of flow.separators.map((v) => v * SCALE)) items.push({ kind: 'path', points: [[left + x, bodyTop], [left + x, bodyTop + bodyH]], arrow: false, thin: true, dashed: true });
	items.push({ kind: 'path', points: [[0, bodyTop + bodyH], [WIDTH, bodyTop + bodyH]], arrow: false, thin: true });
	y = bodyTop + bodyH + PAD;
	return { width: WIDTH, height: y, items };
}

/** Text alternative of the anatomy figure. */
export function describeSopAnatomy(): string {
	const steps = SAMPLE.steps.map((s, i) => `${i + 1}. ${s.activity} (${SAMPLE.actors.find((a) => a.id === s.actor)!.name})`).join('; ');
	return (
		`Bagian 1, identitas, memuat ${IDENTITY_FIELDS.length} isian: ${IDENTITY_FIELDS.join(', ')}. ` +
		`Bagian 2, diagram alir, adalah tabel dengan kolom ${FLOW_COLUMNS.join('; ')}. ` +
		`Contoh diagram alir dengan pelaksana ${SAMPLE.actors.map((a) => a.name).join(' dan ')}: ${steps}. Jika pemeriksaan menyatakan tidak layak, alur kembali ke langkah 2; jika layak, lanjut ke langkah 4.`
	);
}
