/**
 * Pure layout of an SOP-AP flowchart. Each step is one table row; each actor is a column
 * (lane). The flowchart of a row is cut into three parts so that a row can grow with its
 * text without breaking the arrows:
 *
 *   top filler   — only vertical lines passing through; stretches (web) or gets a fixed height (DOCX)
 *   band         — fixed height: the symbol, horizontal runs, arrowheads and Ya/Tidak labels
 *   bottom filler — like the top filler
 *
 * The web page stacks the three parts in the row's cell; the DOCX generator draws the
 * three into one picture per row (see svg.ts). Coordinates are in CSS pixels.
 *
 * Routing: an arrow to the next row goes straight down (same actor) or leaves the symbol's
 * side and turns down into the next actor's column. Any other arrow (a jump ahead or a loop
 * back) runs along a vertical track beside the target's symbol, inside the target's column,
 * and enters the symbol from the side; overlapping tracks get separate offsets.
 */
import { flowEdges, type FlowEdge } from './flow.ts';
import type { Actor, Step, StepSymbol } from './model.ts';

/** Sizes of the drawing, in px. */
export const GEOMETRY = {
	/** Height of a row's band (symbol plus breathing room). */
	band: 64,
	/** Narrowest lane. */
	laneMin: 112,
	/** Distance from a symbol's widest edge to the first track. */
	trackStart: 12,
	/** Distance between neighbouring tracks. */
	trackGap: 9,
	/** Space kept between the outermost track and the lane border. */
	laneMargin: 22,
	/** How far below the band's bottom a bottom-exit turns sideways. */
	jog: 6,
	/** Side entries into a rectangle or capsule sit this far above its centre, apart from side exits. */
	entryOffset: 7,
} as const;

/** Size of each symbol, in px. */
export const SHAPE_SIZE: Record<StepSymbol, { w: number; h: number }> = {
	start: { w: 72, h: 28 },
	end: { w: 72, h: 28 },
	process: { w: 72, h: 32 },
	decision: { w: 60, h: 40 },
	connector: { w: 34, h: 30 },
};

const WIDEST = Math.max(...Object.values(SHAPE_SIZE).map((s) => s.w));

/** Something drawn in a row's band. */
export type Prim =
	| { kind: 'shape'; symbol: StepSymbol; x: number; y: number; w: number; h: number }
	| { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
	| { kind: 'arrow'; x: number; y: number; dir: 'down' | 'up' | 'left' | 'right' }
	| { kind: 'label'; x: number; y: number; text: string; anchor: 'start' | 'end' };

/** The drawing of one row. */
export interface RowLayout {
	/** Everything drawn in the band, in band coordinates (0 ≤ y ≤ band height). */
	band: Prim[];
	/** x of vertical lines that cross the top filler. */
	top: number[];
	/** x of vertical lines that cross the bottom filler. */
	bottom: number[];
}

/** The drawing of a whole flowchart. */
export interface FlowLayout {
	/** Total width: lanes × lane width. */
	width: number;
	laneWidth: number;
	/** Band height of every row. */
	band: number;
	/** x of the borders between lanes. */
	separators: number[];
	rows: RowLayout[];
}

type Port = 'bottom' | 'left' | 'right';
interface Route {
	edge: FlowEdge;
	port: Port;
	/** `direct`: into the next row from above; `track`: along a vertical track into the side. */
	via: 'direct' | 'track';
	/** For tracks: which side of the target's symbol the track runs on. */
	side?: 'left' | 'right';
	track?: number;
}

/** A point of a path: row index, y inside that row's band, x. */
type Point = [row: number, y: number, x: number];

/**
 * Lays out a flowchart. Expects a flow that {@link checkFlow} accepts; on a broken flow it
 * still returns a drawing (unknown actors go to the first lane, broken arrows are left out)
 * rather than throwing.
 * @param actors lanes, left to right
 * @param steps rows, top to bottom
 */
export function layoutFlow(actors: readonly Actor[], steps: readonly Step[]): FlowLayout {
	const g = GEOMETRY;
	const laneOf = (i: number) => Math.max(0, actors.findIndex((a) => a.id === steps[i]!.actor));
	const cy = g.band / 2;
	const size = (i: number) => SHAPE_SIZE[steps[i]!.symbol];

	// 1. Choose exits and routes.
	const routes: Route[] = flowEdges(steps).map((edge) => {
		const [la, lb] = [laneOf(edge.from), laneOf(edge.to)];
		const toward: Port = lb > la ? 'right' : lb < la ? 'left' : 'right';
		if (edge.to === edge.from + 1) return { edge, port: la === lb ? 'bottom' : toward, via: 'direct' };
		return { edge, port: toward, via: 'track', side: lb > la ? 'left' : lb < la ? 'right' : toward };
	});
	for (let i = 0; i < routes.length; i++) {
		for (let j = i + 1; j < routes.length; j++) {
			const [a, b] = [routes[i]!, routes[j]!];
			if (a.edge.from !== b.edge.from || a.port !== b.port) continue;
			const flexible = (r: Route) => r.via === 'track' && laneOf(r.edge.from) === laneOf(r.edge.to);
			const flip = (r: Route) => {
				r.port = r.port === 'left' ? 'right' : 'left';
				r.side = r.port;
			};
			if (flexible(b)) flip(b);
			else if (flexible(a)) flip(a);
			else (a.via === 'direct' ? a : b).port = 'bottom';
		}
	}

	// 2. Give overlapping tracks on the same side of the same lane different offsets.
	const groups = new Map<string, Route[]>();
	for (const r of routes) {
		if (r.via !== 'track') continue;
		const k = `${laneOf(r.edge.to)}:${r.side}`;
		groups.set(k, [...(groups.get(k) ?? []), r]);
	}
	let maxTracks = 1;
	for (const list of groups.values()) {
		const ends: number[] = [];
		const span = (r: Route) => [Math.min(r.edge.from, r.edge.to), Math.max(r.edge.from, r.edge.to)] as const;
		list.sort((p, q) => span(p)[0] - span(q)[0] || span(p)[1] - span(q)[1]);
		for (const r of list) {
			const [lo, hi] = span(r);
			let k = ends.findIndex((end) => end < lo);
			if (k < 0) k = ends.push(hi) - 1;
			else ends[k] = hi;
			r.track = k;
		}
		maxTracks = Math.max(maxTracks, ends.length);
	}
	const laneWidth = Math.max(g.laneMin, 2 * (WIDEST / 2 + g.trackStart + (maxTracks - 1) * g.trackGap + g.laneMargin));
	const centre = (lane: number) => lane * laneWidth + laneWidth / 2;
	const xOf = (i: number) => centre(laneOf(i));

	// 3. Draw.
	const rows: RowLayout[] = steps.map((step, i) => {
		const { w, h } = size(i);
		return { band: [{ kind: 'shape', symbol: step.symbol, x: xOf(i), y: cy, w, h }], top: [], bottom: [] };
	});
	const line = (row: number, x1: number, y1: number, x2: number, y2: number) => {
		if (x1 !== x2 || y1 !== y2) rows[row]!.band.push({ kind: 'line', x1, y1, x2, y2 });
	};
	const segment = ([r1, y1, x1]: Point, [r2, y2, x2]: Point) => {
		if (r1 === r2) return line(r1, x1, y1, x2, y2);
		// A vertical run across rows: split it into its pieces in each row.
		const [[ra, ya], [rb, yb]] = r1 < r2 ? [[r1, y1], [r2, y2]] : [[r2, y2], [r1, y1]];
		line(ra, x1, ya, x1, g.band);
		rows[ra]!.bottom.push(x1);
		for (let r = ra + 1; r < rb; r++) {
			rows[r]!.top.push(x1);
			line(r, x1, 0, x1, g.band);
			rows[r]!.bottom.push(x1);
		}
		rows[rb]!.top.push(x1);
		line(rb, x1, 0, x1, yb);
	};
	for (const r of routes) {
		const { from: a, to: b, kind } = r.edge;
		const [xa, xb] = [xOf(a), xOf(b)];
		const [sa, sb] = [size(a), size(b)];
		const points: Point[] = [];
		if (r.port === 'bottom') points.push([a, cy + sa.h / 2, xa]);
		else points.push([a, cy, xa + (r.port === 'right' ? sa.w / 2 : -sa.w / 2)]);
		const turnY = r.port === 'bottom' ? g.band - g.jog : cy;
		let arrow: Prim;
		if (r.via === 'direct') {
			if (r.port === 'bottom' && xa !== xb) points.push([a, turnY, xa]);
			if (xa !== xb) points.push([a, turnY, xb]);
			points.push([b, cy - sb.h / 2, xb]);
			arrow = { kind: 'arrow', x: xb, y: cy - sb.h / 2, dir: 'down' };
		} else {
			const offset = WIDEST / 2 + g.trackStart + (r.track ?? 0) * g.trackGap;
			const tx = r.side === 'left' ? xb - offset : xb + offset;
			if (r.port === 'bottom') points.push([a, turnY, xa]);
			points.push([a, turnY, tx]);
			// Enter from the side, unless the target leaves by that side: then join its top.
			if (routes.some((o) => o.edge.from === b && o.port === r.side)) {
				points.push([b, g.jog, tx], [b, g.jog, xb], [b, cy - sb.h / 2, xb]);
				arrow = { kind: 'arrow', x: xb, y: cy - sb.h / 2, dir: 'down' };
			} else {
				const entryY = steps[b]!.symbol === 'decision' || steps[b]!.symbol === 'connector' ? cy : cy - g.entryOffset;
				const entryX = r.side === 'left' ? xb - sb.w / 2 : xb + sb.w / 2;
				points.push([b, entryY, tx], [b, entryY, entryX]);
				arrow = { kind: 'arrow', x: entryX, y: entryY, dir: r.side === 'left' ? 'right' : 'left' };
			}
		}
		for (let p = 1; p < points.length; p++) segment(points[p - 1]!, points[p]!);
		rows[b]!.band.push(arrow);
		if (kind !== 'next') {
			const text = kind === 'yes' ? 'Ya' : 'Tidak';
			const [, , x0] = points[0]!;
			const label: Prim =
				r.port === 'bottom'
					? { kind: 'label', x: xa + (points[2] && points[2][2] > xa ? -4 : 4), y: cy + sa.h / 2 + 9, text, anchor: points[2] && points[2][2] > xa ? 'end' : 'start' }
					: { kind: 'label', x: x0 + (r.port === 'right' ? 3 : -3), y: cy - 4, text, anchor: r.port === 'right' ? 'start' : 'end' };
			rows[a]!.band.push(label);
		}
	}
	for (const row of rows) {
		row.top = [...new Set(row.top)].sort((p, q) => p - q);
		row.bottom = [...new Set(row.bottom)].sort((p, q) => p - q);
	}
	return {
		width: laneWidth * Math.max(1, actors.length),
		laneWidth,
		band: g.band,
		separators: actors.slice(1).map((_, i) => (i + 1) * laneWidth),
		rows,
	};
}
