/**
 * SVG markup for a laid-out flowchart (see layout.ts), as plain strings so the same code
 * draws the SOP pages (server), the builder's preview (browser) and the pictures inside the
 * DOCX files (build and browser). Only the five SOP-AP symbols and arrows are drawn; the
 * only text is the "Ya"/"Tidak" of decisions.
 */
import { SHAPE_SIZE as SIZES, type FlowLayout, type Prim, type RowLayout } from './layout.ts';
import { CONNECTOR_BAND, CONNECTOR_SIZE, type OffPageConnector } from './sheet.ts';

const STROKE = '#000';
const FILL = '#fff';
const LANE = '#9a9a9a';

function n(v: number): string {
	return String(Math.round(v * 100) / 100);
}

/** Outline of one symbol centred on (x, y). */
function shape(p: Extract<Prim, { kind: 'shape' }>): string {
	const { x, y, w, h } = p;
	const [l, r, t, b] = [x - w / 2, x + w / 2, y - h / 2, y + h / 2];
	const attrs = `class="sop-shape" fill="${FILL}" stroke="${STROKE}" stroke-width="1.5"`;
	switch (p.symbol) {
		case 'start':
		case 'end':
			return `<rect ${attrs} x="${n(l)}" y="${n(t)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}"/>`;
		case 'process':
			return `<rect ${attrs} x="${n(l)}" y="${n(t)}" width="${n(w)}" height="${n(h)}"/>`;
		case 'decision':
			return `<polygon ${attrs} points="${n(x)},${n(t)} ${n(r)},${n(y)} ${n(x)},${n(b)} ${n(l)},${n(y)}"/>`;
		case 'connector':
			return `<polygon ${attrs} points="${n(l)},${n(t)} ${n(r)},${n(t)} ${n(r)},${n(y + h / 6)} ${n(x)},${n(b)} ${n(l)},${n(y + h / 6)}"/>`;
	}
}

function arrowHead(p: Extract<Prim, { kind: 'arrow' }>): string {
	const { x, y } = p;
	const [len, half] = [7, 3.5];
	const pts = {
		down: [x, y, x - half, y - len, x + half, y - len],
		up: [x, y, x - half, y + len, x + half, y + len],
		right: [x, y, x - len, y - half, x - len, y + half],
		left: [x, y, x + len, y - half, x + len, y + half],
	}[p.dir].map(n);
	return `<polygon class="sop-arrow" fill="${STROKE}" points="${pts[0]},${pts[1]} ${pts[2]},${pts[3]} ${pts[4]},${pts[5]}"/>`;
}

/** Escapes text for SVG/XML content. */
function esc(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The band of one row: lane borders, lines, symbols, arrowheads and labels, in band coordinates. */
function bandContent(layout: FlowLayout, row: RowLayout): string {
	const order = { line: 0, shape: 1, arrow: 2, label: 3 } as const;
	const prims = [...row.band].sort((a, b) => order[a.kind] - order[b.kind]);
	const parts = layout.separators.map((x) => `<line class="sop-lane" x1="${n(x)}" y1="0" x2="${n(x)}" y2="${layout.band}" stroke="${LANE}" stroke-width="1"/>`);
	for (const p of prims) {
		if (p.kind === 'line') parts.push(`<line class="sop-line" x1="${n(p.x1)}" y1="${n(p.y1)}" x2="${n(p.x2)}" y2="${n(p.y2)}" stroke="${STROKE}" stroke-width="1.5"/>`);
		else if (p.kind === 'shape') parts.push(shape(p));
		else if (p.kind === 'arrow') parts.push(arrowHead(p));
		else
			parts.push(
				`<text class="sop-label" x="${n(p.x)}" y="${n(p.y)}" text-anchor="${p.anchor}" font-family="Arial, Liberation Sans, DejaVu Sans, sans-serif" font-size="9" fill="${STROKE}">${esc(p.text)}</text>`
			);
	}
	return parts.join('');
}

/** Vertical lines (and lane borders) of a filler from y0 to y1. */
function fillerContent(layout: FlowLayout, xs: number[], y0: number, y1: number, stretch: boolean): string {
	const extra = stretch ? ' vector-effect="non-scaling-stroke"' : '';
	const lanes = layout.separators.map((x) => `<line class="sop-lane" x1="${n(x)}" y1="${n(y0)}" x2="${n(x)}" y2="${n(y1)}" stroke="${LANE}" stroke-width="1"${extra}/>`);
	const lines = xs.map((x) => `<line class="sop-line" x1="${n(x)}" y1="${n(y0)}" x2="${n(x)}" y2="${n(y1)}" stroke="${STROKE}" stroke-width="1.5"${extra}/>`);
	return lanes.join('') + lines.join('');
}

/**
 * The three parts of a row for a web page: a fixed band and two fillers that stretch with
 * the row (stack them in a column; give the fillers `flex: 1`).
 * @returns SVG markup for the top filler, the band and the bottom filler
 */
export function rowSvgParts(layout: FlowLayout, index: number): { top: string; band: string; bottom: string } {
	const row = layout.rows[index]!;
	const w = n(layout.width);
	const filler = (xs: number[], name: string) =>
		`<svg class="sop-fill sop-fill--${name}" xmlns="http://www.w3.org/2000/svg" width="${w}" height="1" viewBox="0 0 ${w} 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">${fillerContent(layout, xs, 0, 1, true)}</svg>`;
	return {
		top: filler(row.top, 'top'),
		band: `<svg class="sop-band" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${layout.band}" viewBox="0 0 ${w} ${layout.band}" aria-hidden="true" focusable="false">${bandContent(layout, row)}</svg>`,
		bottom: filler(row.bottom, 'bottom'),
	};
}

/**
 * One row as a single standalone SVG of a given height (at least the band height), the band
 * centred and the fillers drawn above and below it. Used for the pictures in DOCX files.
 * @param height total height in px; smaller values are raised to the band height
 */
export function rowSvg(layout: FlowLayout, index: number, height: number = layout.band): string {
	const row = layout.rows[index]!;
	const h = Math.max(layout.band, height);
	const top = (h - layout.band) / 2;
	const w = n(layout.width);
	const fillers = top > 0 ? fillerContent(layout, row.top, 0, top, false) + fillerContent(layout, row.bottom, top + layout.band, h, false) : '';
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${n(h)}" viewBox="0 0 ${w} ${n(h)}">${fillers}<g transform="translate(0 ${n(top)})">${bandContent(layout, row)}</g></svg>`;
}

/**
 * A single symbol (or, for `arrow`, an arrow) as a small standalone SVG, for legends.
 * @param symbol one of the five SOP-AP symbols
 */
export function symbolSvg(symbol: import('./model.ts').StepSymbol | 'arrow'): string {
	const [w, h] = [88, 44];
	const body =
		symbol === 'arrow'
			? `<line class="sop-line" x1="12" y1="22" x2="70" y2="22" stroke="${STROKE}" stroke-width="1.5"/>${arrowHead({ kind: 'arrow', x: 76, y: 22, dir: 'right' })}`
			: shape({ kind: 'shape', symbol, x: w / 2, y: h / 2, ...SIZES[symbol] });
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" aria-hidden="true" focusable="false">${body}</svg>`;
}

/**
 * The band of a connector row: for `outgoing`, each line coming down from the row above ends
 * in a pentagon at the foot of the page; for `incoming`, each line starts again from a
 * pentagon with the same label at the top of the next page.
 */
function connectorBand(layout: FlowLayout, connectors: readonly OffPageConnector[], side: 'incoming' | 'outgoing'): string {
	const b = CONNECTOR_BAND;
	const { w, h } = CONNECTOR_SIZE;
	const parts = layout.separators.map((x) => `<line class="sop-lane" x1="${n(x)}" y1="0" x2="${n(x)}" y2="${b}" stroke="${LANE}" stroke-width="1"/>`);
	const cy = side === 'outgoing' ? b - h / 2 - 5 : h / 2 + 5;
	const jogY = side === 'outgoing' ? 6 : b - 6;
	const seg = (x1: number, y1: number, x2: number, y2: number) =>
		x1 === x2 && y1 === y2 ? '' : `<line class="sop-line" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${STROKE}" stroke-width="1.5"/>`;
	for (const c of connectors) {
		const edge = side === 'outgoing' ? 0 : b;
		const near = side === 'outgoing' ? cy - h / 2 : cy + h / 2;
		parts.push(seg(c.x, edge, c.x, jogY), seg(c.x, jogY, c.slot, jogY), seg(c.slot, jogY, c.slot, near));
	}
	for (const c of connectors) {
		parts.push(shape({ kind: 'shape', symbol: 'connector', x: c.slot, y: cy, w, h }));
		parts.push(
			`<text class="sop-label" x="${n(c.slot)}" y="${n(cy + 2)}" text-anchor="middle" font-family="Arial, Liberation Sans, DejaVu Sans, sans-serif" font-size="10" font-weight="700" fill="${STROKE}">${esc(c.label)}</text>`
		);
	}
	return parts.join('');
}

/** A connector row for a web page, in the three parts of {@link rowSvgParts}. */
export function connectorSvgParts(layout: FlowLayout, connectors: readonly OffPageConnector[], side: 'incoming' | 'outgoing'): { top: string; band: string; bottom: string } {
	const w = n(layout.width);
	const xs = connectors.map((c) => c.x);
	const filler = (lines: number[], name: string) =>
		`<svg class="sop-fill sop-fill--${name}" xmlns="http://www.w3.org/2000/svg" width="${w}" height="1" viewBox="0 0 ${w} 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">${fillerContent(layout, lines, 0, 1, true)}</svg>`;
	return {
		top: filler(side === 'outgoing' ? xs : [], 'top'),
		band: `<svg class="sop-band" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${CONNECTOR_BAND}" viewBox="0 0 ${w} ${CONNECTOR_BAND}" aria-hidden="true" focusable="false">${connectorBand(layout, connectors, side)}</svg>`,
		bottom: filler(side === 'incoming' ? xs : [], 'bottom'),
	};
}

/** A connector row as one standalone SVG of a given height (for DOCX pictures); the band sits at the page edge side. */
export function connectorSvg(layout: FlowLayout, connectors: readonly OffPageConnector[], side: 'incoming' | 'outgoing', height: number = CONNECTOR_BAND): string {
	const h = Math.max(CONNECTOR_BAND, height);
	const w = n(layout.width);
	const xs = connectors.map((c) => c.x);
	// Outgoing: lines run down from the top to the band at the bottom. Incoming: band at the top, lines on to the bottom.
	const top = side === 'outgoing' ? h - CONNECTOR_BAND : 0;
	const filler = side === 'outgoing' ? fillerContent(layout, xs, 0, top, false) : fillerContent(layout, xs, CONNECTOR_BAND, h, false);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${n(h)}" viewBox="0 0 ${w} ${n(h)}">${h > CONNECTOR_BAND ? filler : ''}<g transform="translate(0 ${n(top)})">${connectorBand(layout, connectors, side)}</g></svg>`;
}
