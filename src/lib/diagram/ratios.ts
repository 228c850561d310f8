/**
 * Picture of image and video formats drawn to scale: each format is a frame with its true
 * aspect ratio, so "4:5" and "9:16" can be compared at a glance. The figures come from
 * src/data/ukuran-platform.ts (with their sources); this module only draws them.
 */
import { LINE_HEIGHT } from './text.ts';
import { WIDTH, textBlock, type Item, type Scene } from './scene.ts';

/** One format to draw. */
export interface RatioItem {
	/** e.g. "Instagram". */
	platform: string;
	/** e.g. "Feed tegak". */
	format: string;
	width: number;
	height: number;
}

const COLS = 2;
const FRAME = 96;

/** Greatest common divisor, for naming ratios. */
function gcd(a: number, b: number): number {
	return b === 0 ? a : gcd(b, a % b);
}

/**
 * A ratio as people write it: 1080×1350 → "4:5", 1280×720 → "16:9". Ratios that do not
 * reduce to small numbers are written with a decimal against 1 (1080×566 → "1,91:1").
 */
export function ratioName(width: number, height: number): string {
	const g = gcd(width, height);
	const [a, b] = [width / g, height / g];
	if (a <= 21 && b <= 21) return `${a}:${b}`;
	const r = width >= height ? width / height : height / width;
	const s = (Math.round(r * 100) / 100).toLocaleString('id-ID');
	return width >= height ? `${s}:1` : `1:${s}`;
}

/** Lays out formats two per row, each frame scaled to fit a square of the same size. */
export function layoutRatios(items: readonly RatioItem[]): Scene {
	const out: Item[] = [];
	const colW = WIDTH / COLS;
	let y = 0;
	for (let start = 0; start < items.length; start += COLS) {
		const row = items.slice(start, start + COLS);
		const labels = row.map((it, j) =>
			textBlock(
				[{ text: `${it.platform}: ${it.format}`, bold: true }, { text: `${it.width.toLocaleString('id-ID')} × ${it.height.toLocaleString('id-ID')} px` }],
				j * colW + 4,
				y + FRAME + 8,
				colW - 8
			)
		);
		row.forEach((it, j) => {
			const scale = FRAME / Math.max(it.width, it.height);
			const [w, h] = [it.width * scale, it.height * scale];
			const x = j * colW + (colW - w) / 2;
			const fy = y + (FRAME - h);
			out.push({ kind: 'box', x, y: fy, w, h, tone: 'accent', shape: 'rect' });
			out.push({ kind: 'text', x: x + w / 2, y: fy + h / 2 + 5, runs: [{ text: ratioName(it.width, it.height), bold: true }], anchor: 'middle' });
		});
		labels.forEach((l) => out.push(...l.items));
		y += FRAME + 8 + Math.max(...labels.map((l) => l.height)) + LINE_HEIGHT;
	}
	return { width: WIDTH, height: y, items: out };
}

/** Text alternative of the formats picture. */
export function describeRatios(items: readonly RatioItem[]): string {
	return items.map((it) => `${it.platform}, ${it.format}: ${it.width} × ${it.height} piksel, rasio ${ratioName(it.width, it.height)}.`).join(' ');
}
