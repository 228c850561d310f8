/**
 * The drawing model every diagram layout produces, and its SVG markup. A scene is a list of
 * boxes, texts and paths in a coordinate space {@link WIDTH} px wide; the page scales it to
 * the column (never wider than the reader's screen). Colours are not written here: every
 * part carries a class, and the stylesheet maps classes to theme colours (light, dark,
 * print), so the same markup reads well everywhere.
 */
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrap } from './text.ts';

/**
 * Width of every diagram, in px. Chosen for a 320 px phone: the column there is about
 * 288 px, so 14 px text is drawn at no less than about 12.6 px.
 */
export const WIDTH = 320;
/** Inner padding of a box, in px. */
export const PAD = 9;

/** Colour role of a box; the stylesheet gives each a fill and a border. */
export type Tone = 'plain' | 'accent' | 'ok' | 'warn' | 'danger' | 'muted';

/** A piece of a text line; bold pieces are drawn bold. */
export interface Run {
	text: string;
	bold?: boolean;
}

/** Something drawn. */
export type Item =
	| { kind: 'box'; x: number; y: number; w: number; h: number; tone: Tone; shape: 'rect' | 'pill' | 'diamond' | 'pentagon'; dashed?: boolean }
	| { kind: 'text'; x: number; y: number; runs: Run[]; anchor: 'start' | 'middle' | 'end'; rotate?: number; size?: number; /** Outline in the background colour, for labels that sit on lines. */ halo?: boolean }
	| { kind: 'path'; points: Array<readonly [number, number]>; arrow: boolean; dashed?: boolean; thin?: boolean };

/** A laid-out diagram. */
export interface Scene {
	width: number;
	height: number;
	items: Item[];
}

/** A paragraph inside a box: an optional bold lead ("Batas:") followed by plain text. */
export interface Para {
	lead?: string;
	text?: string;
	/** Draw the whole paragraph bold (titles). */
	bold?: boolean;
}

/**
 * Wraps paragraphs into text items inside a column.
 * @param paras paragraphs, top to bottom
 * @param x left edge of the text (or centre, with `anchor: 'middle'`)
 * @param y top of the first line
 * @param width available width
 * @returns the text items and the height they take
 */
export function textBlock(paras: readonly Para[], x: number, y: number, width: number, anchor: 'start' | 'middle' = 'start'): { items: Item[]; height: number } {
	const items: Item[] = [];
	let line = 0;
	for (const p of paras) {
		const full = [p.lead, p.text].filter(Boolean).join(' ');
		const lines = wrap(full, width, Boolean(p.bold || p.lead));
		let leadLeft = p.lead ? p.lead.split(/\s+/).length : 0;
		for (const text of lines) {
			const words = text.split(' ');
			const runs: Run[] = [];
			if (p.bold) runs.push({ text, bold: true });
			else if (leadLeft > 0) {
				const boldWords = words.slice(0, leadLeft);
				leadLeft -= boldWords.length;
				runs.push({ text: boldWords.join(' '), bold: true });
				if (words.length > boldWords.length) runs.push({ text: ' ' + words.slice(boldWords.length).join(' ') });
			} else runs.push({ text });
			// Baseline sits about 0.72 em below the top of its line box.
			items.push({ kind: 'text', x, y: y + line * LINE_HEIGHT + Math.round(LINE_HEIGHT * 0.72), runs, anchor });
			line++;
		}
	}
	return { items, height: line * LINE_HEIGHT };
}

/**
 * A box with paragraphs inside, padded; its height follows the text.
 * @returns the items (box first) and the box height
 */
export function textBox(
	paras: readonly Para[],
	x: number,
	y: number,
	w: number,
	tone: Tone,
	opts: { shape?: 'rect' | 'pill'; center?: boolean; minHeight?: number; dashed?: boolean } = {}
): { items: Item[]; height: number } {
	const inner = w - 2 * PAD;
	const block = opts.center ? textBlock(paras, x + w / 2, y + PAD, inner, 'middle') : textBlock(paras, x + PAD, y + PAD, inner);
	const h = Math.max(opts.minHeight ?? 0, block.height + 2 * PAD);
	const box: Item = { kind: 'box', x, y, w, h, tone, shape: opts.shape ?? 'rect', ...(opts.dashed ? { dashed: true } : {}) };
	return { items: [box, ...block.items], height: h };
}

function n(v: number): string {
	return String(Math.round(v * 10) / 10);
}

function esc(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function boxSvg(b: Extract<Item, { kind: 'box' }>): string {
	const cls = `dg-box dg-${b.tone}${b.dashed ? ' dg-dashed' : ''}`;
	const { x, y, w, h } = b;
	switch (b.shape) {
		case 'rect':
			return `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="4"/>`;
		case 'pill':
			return `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(Math.min(h / 2, 18))}"/>`;
		case 'diamond':
			return `<polygon class="${cls}" points="${n(x + w / 2)},${n(y)} ${n(x + w)},${n(y + h / 2)} ${n(x + w / 2)},${n(y + h)} ${n(x)},${n(y + h / 2)}"/>`;
		case 'pentagon':
			return `<polygon class="${cls}" points="${n(x)},${n(y)} ${n(x + w)},${n(y)} ${n(x + w)},${n(y + (h * 2) / 3)} ${n(x + w / 2)},${n(y + h)} ${n(x)},${n(y + (h * 2) / 3)}"/>`;
	}
}

/** Arrowhead at the last point of a path, pointing along its last segment. */
function headSvg(points: ReadonlyArray<readonly [number, number]>): string {
	const [x2, y2] = points.at(-1)!;
	const [x1, y1] = points.at(-2)!;
	const len = Math.hypot(x2 - x1, y2 - y1) || 1;
	const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
	const [l, half] = [8, 4];
	const bx = x2 - ux * l;
	const by = y2 - uy * l;
	return `<polygon class="dg-head" points="${n(x2)},${n(y2)} ${n(bx - uy * half)},${n(by + ux * half)} ${n(bx + uy * half)},${n(by - ux * half)}"/>`;
}

function textSvg(t: Extract<Item, { kind: 'text' }>): string {
	const body = t.runs.map((r) => (r.bold ? `<tspan class="dg-bold">${esc(r.text)}</tspan>` : esc(r.text))).join('');
	const rot = t.rotate ? ` transform="rotate(${t.rotate} ${n(t.x)} ${n(t.y)})"` : '';
	const size = t.size && t.size !== FONT_SIZE ? ` font-size="${t.size}"` : '';
	const halo = t.halo ? ' class="dg-halo"' : '';
	return `<text${halo} x="${n(t.x)}" y="${n(t.y)}" text-anchor="${t.anchor}"${size}${rot}>${body}</text>`;
}

/** Accessible names of a diagram. */
export interface Labels {
	/** Unique id prefix on the page (letters, digits and hyphens). */
	id: string;
	/** Short name, read first (becomes `<title>`). */
	title: string;
	/** Full text alternative: everything the drawing says, in reading order (becomes `<desc>`). */
	desc: string;
}

/**
 * SVG markup of a scene: an `<svg role="img">` named by its `<title>` and described by its
 * `<desc>`, with text as real text. The drawing scales to its container (`width="100%"`
 * via CSS) and keeps its proportions.
 */
export function sceneSvg(scene: Scene, labels: Labels): string {
	const order = { path: 0, box: 1, text: 2 } as const;
	const items = [...scene.items].sort((a, b) => order[a.kind] - order[b.kind]);
	const parts: string[] = [];
	for (const it of items) {
		if (it.kind === 'box') parts.push(boxSvg(it));
		else if (it.kind === 'text') parts.push(textSvg(it));
		else {
			const cls = `dg-line${it.dashed ? ' dg-dashed' : ''}${it.thin ? ' dg-thin' : ''}`;
			parts.push(`<polyline class="${cls}" points="${it.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"/>`);
			if (it.arrow) parts.push(headSvg(it.points));
		}
	}
	const [w, h] = [n(scene.width), n(Math.ceil(scene.height))];
	const tid = `${labels.id}-judul`;
	const did = `${labels.id}-uraian`;
	return (
		`<svg class="dg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="${tid}" aria-describedby="${did}" font-size="${FONT_SIZE}">` +
		`<title id="${tid}">${esc(labels.title)}</title><desc id="${did}">${esc(labels.desc)}</desc>` +
		parts.join('') +
		`</svg>`
	);
}

/** Widest text line of a scene relative to where it starts, for tests: every line must stay inside the drawing. */
export function textExtents(scene: Scene): Array<{ left: number; right: number; text: string }> {
	return scene.items.flatMap((it) => {
		if (it.kind !== 'text' || it.rotate) return [];
		const text = it.runs.map((r) => r.text).join('');
		const w = it.runs.reduce((s, r) => s + textWidth(r.text, it.size ?? FONT_SIZE, r.bold), 0);
		const left = it.anchor === 'start' ? it.x : it.anchor === 'middle' ? it.x - w / 2 : it.x - w;
		return [{ left, right: left + w, text }];
	});
}
