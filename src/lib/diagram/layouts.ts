/**
 * Layouts of the guide's diagrams. Each takes a plain description (what the figure says)
 * and returns a {@link Scene} (where it is drawn), plus a `describe…` function that says the
 * same in sentences for the SVG's text alternative. Every layout stacks vertically in one
 * {@link WIDTH}-px column, so a diagram reflows by growing taller, never by shrinking its
 * text on a phone.
 */
import { LINE_HEIGHT } from './text.ts';
import { PAD, WIDTH, textBlock, textBox, type Item, type Para, type Scene, type Tone } from './scene.ts';

const W = WIDTH;
/** Vertical room for an arrow between two boxes. */
const GAP = 26;

function joinSentences(parts: readonly string[]): string {
	return parts
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => (/[.!?:]$/.test(p) ? p : `${p}.`))
		.join(' ');
}

function parasText(paras: readonly Para[]): string {
	return joinSentences(paras.map((p) => [p.lead, p.text].filter(Boolean).join(' ')));
}

// ---------------------------------------------------------------- stack (layers, cascades)

/** One layer of a stack. */
export interface StackItem {
	title: string;
	/** Paragraphs under the title; a `lead` is drawn bold ("Batas:"). */
	body?: Para[];
	tone?: Tone;
}

/** A stack of layers, top to bottom, optionally joined by arrows. */
export interface StackSpec {
	items: StackItem[];
	/** Draw arrows between layers (a cascade); `labels[i]` is written beside the arrow below item i. */
	arrows?: { labels?: Array<string | undefined> };
	/** A note in a dashed box under the stack, applying to all layers. */
	footer?: Para[];
}

/** Lays out a stack of layers: full-width boxes, one under another. */
export function layoutStack(spec: StackSpec): Scene {
	const items: Item[] = [];
	let y = 0;
	spec.items.forEach((it, i) => {
		if (i > 0) {
			if (spec.arrows) {
				const label = spec.arrows.labels?.[i - 1];
				const x = 30;
				items.push({ kind: 'path', points: [[x, y], [x, y + GAP]], arrow: true });
				if (label) items.push({ kind: 'text', x: x + 10, y: y + GAP / 2 + 5, runs: [{ text: label }], anchor: 'start' });
				y += GAP;
			} else y += 8;
		}
		const box = textBox([{ text: it.title, bold: true }, ...(it.body ?? [])], 0, y, W, it.tone ?? 'plain');
		items.push(...box.items);
		y += box.height;
	});
	if (spec.footer) {
		y += 12;
		const box = textBox(spec.footer, 0, y, W, 'muted', { dashed: true });
		items.push(...box.items);
		y += box.height;
	}
	return { width: W, height: y + 1, items };
}

/** Text alternative of a stack. */
export function describeStack(spec: StackSpec): string {
	const parts = spec.items.map((it, i) => {
		const arrow = spec.arrows && i < spec.items.length - 1 ? ` Lalu turun ke lapisan berikutnya${spec.arrows.labels?.[i] ? ` (${spec.arrows.labels[i]})` : ''}.` : '';
		return `${i + 1}. ${joinSentences([it.title, parasText(it.body ?? [])])}${arrow}`;
	});
	if (spec.footer) parts.push(parasText(spec.footer));
	return parts.join(' ');
}

// ---------------------------------------------------------------- yes/no decision tree

/** An end point of a decision tree. */
export interface Outcome {
	title: string;
	text?: string;
	tone?: Tone;
}

/** A question: "Ya" leads to its outcome, "Tidak" to the next question. */
export interface TreeQuestion {
	text: string;
	/** Short list under the question (signs to look for). */
	points?: string[];
	yes: Outcome;
}

/** A yes/no decision ladder: ask in order; the first "Ya" decides. */
export interface TreeSpec {
	questions: TreeQuestion[];
	/** Where "Tidak" on the last question leads. */
	otherwise: Outcome;
}

/** Left track of the "Tidak" arrows; outcomes sit to its right. */
const NO_X = 18;
const OUT_X = 48;

function outcomeParas(o: Outcome): Para[] {
	return [{ text: o.title, bold: true }, ...(o.text ? [{ text: o.text }] : [])];
}

/** Lays out a decision ladder: question, "Ya" down-right to an outcome, "Tidak" down the left to the next question. */
export function layoutTree(spec: TreeSpec): Scene {
	const items: Item[] = [];
	let y = 0;
	spec.questions.forEach((q, i) => {
		const paras: Para[] = [{ lead: `${i + 1}.`, text: q.text }, ...(q.points ?? []).map((p) => ({ text: `• ${p}` }))];
		const qb = textBox(paras, 0, y, W, 'accent');
		items.push(...qb.items);
		const qBottom = y + qb.height;
		y = qBottom + GAP;
		const yesX = OUT_X + 28;
		items.push({ kind: 'path', points: [[yesX, qBottom], [yesX, y]], arrow: true });
		items.push({ kind: 'text', x: yesX + 8, y: qBottom + 17, runs: [{ text: 'Ya', bold: true }], anchor: 'start' });
		const ob = textBox(outcomeParas(q.yes), OUT_X, y, W - OUT_X, q.yes.tone ?? 'plain');
		items.push(...ob.items);
		y += ob.height + 16;
		items.push({ kind: 'path', points: [[NO_X, qBottom], [NO_X, y]], arrow: true });
		items.push({ kind: 'text', x: NO_X + 6, y: qBottom + 17, runs: [{ text: 'Tidak', bold: true }], anchor: 'start', rotate: 0 });
	});
	// "Tidak" labels must not sit on the "Ya" arrow: they share the first line under the question;
	// "Tidak" is short enough to fit between the two tracks (checked by the unit tests).
	const last = textBox(outcomeParas(spec.otherwise), 0, y, W, spec.otherwise.tone ?? 'plain');
	items.push(...last.items);
	y += last.height;
	return { width: W, height: y + 1, items };
}

/** Text alternative of a decision ladder. */
export function describeTree(spec: TreeSpec): string {
	const n = spec.questions.length;
	const parts = spec.questions.map((q, i) => {
		const points = q.points?.length ? ` Tandanya: ${q.points.join('; ')}.` : '';
		const no = i + 1 < n ? `lanjut ke pertanyaan ${i + 2}` : joinSentences([spec.otherwise.title, spec.otherwise.text ?? '']).replace(/\.$/, '');
		return `Pertanyaan ${i + 1}: ${q.text}${points} Jika ya: ${joinSentences([q.yes.title, q.yes.text ?? '']).replace(/\.$/, '')}. Jika tidak: ${no}.`;
	});
	return parts.join(' ');
}

// ---------------------------------------------------------------- process flow with roles (swimlane, reflowed)

/** A role of a process; each role is a lane. */
export interface Lane {
	id: string;
	name: string;
}

/** One step of a process. */
export interface ProcessStep {
	/** Lane (role) that carries out the step. */
	lane: string;
	title: string;
	text?: string;
	/** Other roles and their part, e.g. `{ A: 'Koordinator Humas' }` (RACI letters). */
	raci?: Partial<Record<'R' | 'A' | 'C' | 'I', string>>;
}

/** A process: steps in order, each in its role's lane; optional arrows back. */
export interface ProcessSpec {
	lanes: Lane[];
	steps: ProcessStep[];
	/** Arrows back to an earlier step (by index), e.g. "ada temuan: kembali ke draf". */
	back?: Array<{ from: number; to: number }>;
}

/** Horizontal shift per lane: a change of role shows as a step sideways. */
const LANE_SHIFT = 18;
const BACK_MARGIN = 22;
const RACI_NAMES = { R: 'Pelaksana', A: 'Menyetujui', C: 'Dimintai pendapat', I: 'Diberi tahu' } as const;

function stepParas(spec: ProcessSpec, s: ProcessStep, i: number): Para[] {
	const lane = spec.lanes.find((l) => l.id === s.lane)?.name ?? s.lane;
	const raci = (['R', 'A', 'C', 'I'] as const).filter((k) => s.raci?.[k]).map((k) => ({ lead: `${k}:`, text: s.raci![k]! }));
	return [{ text: `${i + 1}. ${s.title}`, bold: true }, { lead: 'Oleh', text: lane }, ...(s.text ? [{ text: s.text }] : []), ...raci];
}

/**
 * Lays out a process flow. On a wide screen a swimlane diagram puts each role in a column;
 * a 320 px screen has no room for columns with readable text, so each step is a full box
 * that names its role and shifts sideways by lane, which keeps hand-overs visible.
 */
export function layoutProcess(spec: ProcessSpec): Scene {
	const items: Item[] = [];
	const laneIndex = (id: string) => Math.max(0, spec.lanes.findIndex((l) => l.id === id));
	const right = spec.back?.length ? BACK_MARGIN : 0;
	const boxW = W - right - (spec.lanes.length - 1) * LANE_SHIFT;
	const boxes: Array<{ x: number; y: number; h: number }> = [];
	let y = 0;
	spec.steps.forEach((s, i) => {
		const x = laneIndex(s.lane) * LANE_SHIFT;
		if (i > 0) {
			const prev = boxes[i - 1]!;
			const ax = Math.max(prev.x, x) + 24;
			items.push({ kind: 'path', points: [[ax, y], [ax, y + GAP]], arrow: true });
			y += GAP;
		}
		const b = textBox(stepParas(spec, s, i), x, y, boxW, i === spec.steps.length - 1 ? 'ok' : s.raci?.A ? 'accent' : 'plain');
		items.push(...b.items);
		boxes.push({ x, y, h: b.height });
		y += b.height;
	});
	(spec.back ?? []).forEach((r, k) => {
		const a = boxes[r.from];
		const b = boxes[r.to];
		if (!a || !b) return;
		const tx = W - 8 - k * 6;
		const ya = a.y + a.h / 2;
		const yb = b.y + Math.min(b.h / 2, 24);
		items.push({ kind: 'path', points: [[a.x + boxW, ya], [tx, ya], [tx, yb], [b.x + boxW, yb]], arrow: true, dashed: true });
	});
	return { width: W, height: y + 1, items };
}

/** Text alternative of a process flow. */
export function describeProcess(spec: ProcessSpec): string {
	const steps = spec.steps.map((s, i) => {
		const back = (spec.back ?? []).filter((r) => r.from === i).map((r) => ` Bila perlu, kembali ke langkah ${r.to + 1}.`).join('');
		const raci = (['R', 'A', 'C', 'I'] as const)
			.filter((k) => s.raci?.[k])
			.map((k) => `${RACI_NAMES[k]}: ${s.raci![k]}`)
			.join('; ');
		return `Langkah ${i + 1}, ${s.title}, oleh ${spec.lanes.find((l) => l.id === s.lane)?.name ?? s.lane}.${s.text ? ` ${joinSentences([s.text])}` : ''}${raci ? ` ${raci}.` : ''}${back}`;
	});
	return `Peran: ${spec.lanes.map((l) => l.name).join(', ')}. ${steps.join(' ')}`;
}

// ---------------------------------------------------------------- cycle

/** A cycle: steps in order, the last leading back to the first. */
export interface CycleSpec {
	steps: Array<{ title: string; text?: string }>;
	/** Written along the arrow back to the top, e.g. "minggu berikutnya". */
	loopLabel: string;
}

const LOOP_X = 12;
const CYCLE_X = 34;

/** Lays out a cycle as a column of steps with one arrow running back from the last to the first. */
export function layoutCycle(spec: CycleSpec): Scene {
	const items: Item[] = [];
	const boxes: Array<{ y: number; h: number }> = [];
	let y = 0;
	spec.steps.forEach((s, i) => {
		if (i > 0) {
			items.push({ kind: 'path', points: [[CYCLE_X + 26, y], [CYCLE_X + 26, y + GAP - 6]], arrow: true });
			y += GAP - 6;
		}
		const b = textBox([{ text: `${i + 1}. ${s.title}`, bold: true }, ...(s.text ? [{ text: s.text }] : [])], CYCLE_X, y, W - CYCLE_X, i === 0 ? 'accent' : 'plain');
		items.push(...b.items);
		boxes.push({ y, h: b.height });
		y += b.height;
	});
	const first = boxes[0]!;
	const last = boxes.at(-1)!;
	const y1 = last.y + last.h / 2;
	const y0 = first.y + Math.min(first.h / 2, 20);
	items.push({ kind: 'path', points: [[CYCLE_X, y1], [LOOP_X, y1], [LOOP_X, y0], [CYCLE_X, y0]], arrow: true });
	items.push({ kind: 'text', x: LOOP_X - 4, y: (y0 + y1) / 2, runs: [{ text: spec.loopLabel }], anchor: 'middle', rotate: -90 });
	return { width: W, height: y + 1, items };
}

/** Text alternative of a cycle. */
export function describeCycle(spec: CycleSpec): string {
	const steps = spec.steps.map((s, i) => `${i + 1}. ${joinSentences([s.title, s.text ?? ''])}`);
	return `${steps.join(' ')} Setelah langkah ${spec.steps.length}, kembali ke langkah 1 (${spec.loopLabel}).`;
}

// ---------------------------------------------------------------- timeline

/** A point in time with what happens then. */
export interface TimelineEvent {
	/** When, e.g. "Menit 0" or "≤ 1 jam". */
	mark: string;
	title: string;
	/** Things done in this stretch, in order. */
	points?: string[];
	tone?: Tone;
}

/** A timeline: moments in order. */
export interface TimelineSpec {
	events: TimelineEvent[];
}

const AXIS_X = 10;
const EVENT_X = 28;

/** Lays out a vertical timeline: an axis on the left, one box per moment. */
export function layoutTimeline(spec: TimelineSpec): Scene {
	const items: Item[] = [];
	let y = 0;
	const dots: number[] = [];
	spec.events.forEach((e, i) => {
		if (i > 0) y += 14;
		const paras: Para[] = [{ text: e.mark, bold: true }, { text: e.title, bold: true }, ...(e.points ?? []).map((p) => ({ text: `• ${p}` }))];
		const b = textBox(paras, EVENT_X, y, W - EVENT_X, e.tone ?? 'plain');
		items.push(...b.items);
		dots.push(y + PAD + LINE_HEIGHT / 2);
		items.push({ kind: 'path', points: [[AXIS_X, y + PAD + LINE_HEIGHT / 2], [EVENT_X, y + PAD + LINE_HEIGHT / 2]], arrow: false });
		y += b.height;
	});
	items.push({ kind: 'path', points: [[AXIS_X, dots[0]! - 6], [AXIS_X, y]], arrow: true });
	for (const d of dots) items.push({ kind: 'box', x: AXIS_X - 5, y: d - 5, w: 10, h: 10, tone: 'accent', shape: 'pill' });
	return { width: W, height: y + 1, items };
}

/** Text alternative of a timeline. */
export function describeTimeline(spec: TimelineSpec): string {
	return spec.events.map((e) => `${e.mark}: ${joinSentences([e.title, ...(e.points ?? [])])}`).join(' ');
}

// ---------------------------------------------------------------- matrix

/** A cell of a matrix. */
export interface MatrixCell {
	title: string;
	text?: string;
	tone?: Tone;
}

/** A two-way table drawn as a grid: what to do for each combination of two questions. */
export interface MatrixSpec {
	/** What the columns vary, e.g. "Sebaran". */
	colAxis: string;
	/** What the rows vary, e.g. "Bahaya". */
	rowAxis: string;
	cols: string[];
	rows: string[];
	/** `cells[row][col]`. */
	cells: MatrixCell[][];
}

/**
 * Lays out a matrix. Row headings would leave too little room for the cells on a phone, so
 * each row starts with a full-width heading strip and its cells sit under it, side by side;
 * column headings are written once at the top.
 */
export function layoutMatrix(spec: MatrixSpec): Scene {
	const items: Item[] = [];
	const colW = W / spec.cols.length;
	let y = 0;
	const heads = spec.cols.map((c, j) => textBlock([{ lead: `${spec.colAxis}:`, text: c }], j * colW + PAD, y + PAD, colW - 2 * PAD));
	const headH = Math.max(...heads.map((h) => h.height)) + 2 * PAD;
	spec.cols.forEach((_, j) => items.push({ kind: 'box', x: j * colW, y, w: colW, h: headH, tone: 'muted', shape: 'rect' }));
	items.push(...heads.flatMap((h) => h.items));
	y += headH + 8;
	spec.rows.forEach((r, i) => {
		if (i > 0) y += 8;
		const strip = textBox([{ lead: `${spec.rowAxis}:`, text: r }], 0, y, W, 'muted');
		items.push(...strip.items);
		y += strip.height;
		const cells = spec.cols.map((_, j) => {
			const c = spec.cells[i]?.[j] ?? { title: '–' };
			return textBlock([{ text: c.title, bold: true }, ...(c.text ? [{ text: c.text }] : [])], j * colW + PAD, y + PAD, colW - 2 * PAD);
		});
		const h = Math.max(...cells.map((c) => c.height)) + 2 * PAD;
		spec.cols.forEach((_, j) => items.push({ kind: 'box', x: j * colW, y, w: colW, h, tone: spec.cells[i]?.[j]?.tone ?? 'plain', shape: 'rect' }));
		items.push(...cells.flatMap((c) => c.items));
		y += h;
	});
	return { width: W, height: y + 1, items };
}

/** Text alternative of a matrix, cell by cell. */
export function describeMatrix(spec: MatrixSpec): string {
	const parts: string[] = [];
	spec.rows.forEach((r, i) =>
		spec.cols.forEach((c, j) => {
			const cell = spec.cells[i]?.[j];
			if (cell) parts.push(`${spec.rowAxis} ${r}, ${spec.colAxis.toLowerCase()} ${c}: ${joinSentences([cell.title, cell.text ?? ''])}`);
		})
	);
	return parts.join(' ');
}

// ---------------------------------------------------------------- mix (proportions)

/** A share of a whole. */
export interface MixSegment {
	/** Percent of the whole. */
	share: number;
	label: string;
}

/** Rows of proportions, each drawn as one bar split into its shares. */
export interface MixSpec {
	rows: Array<{ title: string; note?: string; segments: MixSegment[] }>;
}

const SEGMENT_TONES: Tone[] = ['accent', 'ok', 'warn', 'muted'];
const BAR_H = 28;

/**
 * Lays out proportion bars. Shares of a row must add up to 100 (checked: a wrong sum throws,
 * because a bar that does not fill its width would show a wrong picture).
 */
export function layoutMix(spec: MixSpec): Scene {
	const items: Item[] = [];
	let y = 0;
	spec.rows.forEach((row, i) => {
		const total = row.segments.reduce((s, g) => s + g.share, 0);
		if (Math.abs(total - 100) > 0.01) throw new Error(`Porsi "${row.title}" berjumlah ${total}, bukan 100.`);
		if (i > 0) y += 18;
		const head = textBlock([{ text: row.title, bold: true }, ...(row.note ? [{ text: row.note }] : [])], 0, y, W);
		items.push(...head.items);
		y += head.height + 4;
		let x = 0;
		row.segments.forEach((g, k) => {
			const w = (W * g.share) / 100;
			items.push({ kind: 'box', x, y, w, h: BAR_H, tone: SEGMENT_TONES[k % SEGMENT_TONES.length]!, shape: 'rect' });
			if (w >= 40) items.push({ kind: 'text', x: x + w / 2, y: y + BAR_H / 2 + 5, runs: [{ text: `${g.share}%`, bold: true }], anchor: 'middle' });
			x += w;
		});
		y += BAR_H + 6;
		row.segments.forEach((g, k) => {
			items.push({ kind: 'box', x: 0, y: y + 4, w: 12, h: 12, tone: SEGMENT_TONES[k % SEGMENT_TONES.length]!, shape: 'rect' });
			const t = textBlock([{ lead: `${g.share}%:`, text: g.label }], 20, y, W - 20);
			items.push(...t.items);
			y += t.height;
		});
	});
	return { width: W, height: y + 1, items };
}

/** Text alternative of proportion bars. */
export function describeMix(spec: MixSpec): string {
	return spec.rows.map((r) => `${r.title}${r.note ? ` (${r.note})` : ''}: ${r.segments.map((g) => `${g.share}% ${g.label}`).join(', ')}.`).join(' ');
}
