import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GEOMETRY, layoutFlow, type Prim } from '../../src/lib/sop/layout.ts';
import { rowSvg, rowSvgParts, symbolSvg } from '../../src/lib/sop/svg.ts';
import type { Step } from '../../src/lib/sop/model.ts';

const actors = [
	{ id: 'a', name: 'Admin' },
	{ id: 'k', name: 'Koordinator' },
	{ id: 'p', name: 'Pimpinan' },
];
const step = (id: string, actor: string, extra: Partial<Step> = {}): Step => ({ id, activity: id, actor, symbol: 'process', requirements: '', time: '', output: '', notes: '', ...extra });
const shapes = (prims: Prim[]) => prims.filter((p): p is Extract<Prim, { kind: 'shape' }> => p.kind === 'shape');
const arrows = (prims: Prim[]) => prims.filter((p): p is Extract<Prim, { kind: 'arrow' }> => p.kind === 'arrow');
const labels = (prims: Prim[]) => prims.filter((p) => p.kind === 'label').map((p) => (p as { text: string }).text);

test('one symbol per row, centred in its actor lane', () => {
	const layout = layoutFlow(actors, [step('s', 'a', { symbol: 'start' }), step('x', 'k'), step('y', 'p', { symbol: 'decision', yes: 'e', no: 'x' }), step('e', 'p', { symbol: 'end' })]);
	assert.equal(layout.rows.length, 4);
	assert.equal(layout.width, 3 * layout.laneWidth);
	assert.deepEqual(layout.separators, [layout.laneWidth, 2 * layout.laneWidth]);
	const lanes = layout.rows.map((r) => shapes(r.band)[0]!);
	assert.deepEqual(
		lanes.map((s) => [s.symbol, s.x / layout.laneWidth]),
		[
			['start', 0.5],
			['process', 1.5],
			['decision', 2.5],
			['end', 2.5],
		]
	);
	for (const s of lanes) assert.equal(s.y, GEOMETRY.band / 2);
});

test('straight arrow down within a lane; elbow into the next lane', () => {
	const layout = layoutFlow(actors, [step('s', 'a', { symbol: 'start' }), step('x', 'a'), step('e', 'k', { symbol: 'end' })]);
	const [r0, r1, r2] = layout.rows;
	const cx = layout.laneWidth / 2;
	// Row 0 → row 1, same lane: leaves the bottom and crosses the filler at the lane centre.
	assert.deepEqual(r0!.bottom, [cx]);
	assert.deepEqual(r1!.top, [cx]);
	assert.deepEqual(arrows(r1!.band), [{ kind: 'arrow', x: cx, y: GEOMETRY.band / 2 - 16, dir: 'down' }]);
	// Row 1 → row 2 in the next lane: horizontal run in row 1, then down into the top of row 2.
	const kx = 1.5 * layout.laneWidth;
	assert.ok(r1!.band.some((p) => p.kind === 'line' && p.y1 === GEOMETRY.band / 2 && p.y2 === GEOMETRY.band / 2 && p.x2 === kx));
	assert.deepEqual(r1!.bottom, [kx]);
	assert.deepEqual(r2!.top, [kx]);
	assert.equal(arrows(r2!.band)[0]!.dir, 'down');
});

test('decision: both branches labelled; a loop back runs on a track and enters from the side', () => {
	const steps = [step('s', 'a', { symbol: 'start' }), step('draft', 'a'), step('check', 'k', { symbol: 'decision', yes: 'e', no: 'draft' }), step('e', 'k', { symbol: 'end' })];
	const layout = layoutFlow(actors, steps);
	const check = layout.rows[2]!;
	assert.deepEqual(labels(check.band).sort(), ['Tidak', 'Ya']);
	// "Tidak" goes back up from row 2 to row 1: the track crosses row 2's top filler and row 1's bottom filler.
	const trackX = check.top.find((x) => x !== 0.5 * layout.laneWidth);
	assert.ok(trackX !== undefined, 'a track runs up through the top filler of the decision row');
	assert.ok(layout.rows[1]!.bottom.includes(trackX!));
	// The draft step leaves by its right side, so the loop joins its top instead of overlapping that exit.
	assert.deepEqual(arrows(layout.rows[1]!.band).map((a) => a.dir), ['down', 'down']);
	// The track stays inside the target's lane, clear of the symbols.
	assert.ok(Math.abs(trackX! - 0.5 * layout.laneWidth) > 36 && trackX! < layout.laneWidth);

	// When the side is free, the loop enters from the side.
	const free = layoutFlow(actors, [step('s', 'k', { symbol: 'start' }), step('draft', 'k'), step('review', 'k'), step('check', 'a', { symbol: 'decision', yes: 'e', no: 'draft' }), step('e', 'a', { symbol: 'end' })]);
	assert.deepEqual(arrows(free.rows[1]!.band).map((a) => a.dir).sort(), ['down', 'right']);
});

test('a jump over rows passes through the rows between without touching their symbols', () => {
	const steps = [step('s', 'a', { symbol: 'start' }), step('q', 'a', { symbol: 'decision', yes: 'e', no: 'm1' }), step('m1', 'k'), step('m2', 'a'), step('e', 'a', { symbol: 'end' })];
	const layout = layoutFlow(actors, steps);
	const cx = layout.laneWidth / 2;
	const through = layout.rows[3]!; // m2, same lane as the target
	const track = through.top.filter((x) => x !== cx);
	assert.equal(track.length, 1, 'one track crosses row 3');
	assert.ok(through.band.some((p) => p.kind === 'line' && p.x1 === track[0] && p.y1 === 0 && p.y2 === GEOMETRY.band), 'full-height line through the band');
	assert.ok(Math.abs(track[0]! - cx) > 36, 'clear of the symbol');
});

test('overlapping tracks get separate offsets and widen the lanes', () => {
	// Two loops back into the same step from further down, overlapping in height.
	const steps = [
		step('s', 'a', { symbol: 'start' }),
		step('t', 'a'),
		step('d1', 'a', { symbol: 'decision', yes: 'd2', no: 't' }),
		step('d2', 'a', { symbol: 'decision', yes: 'e', no: 't' }),
		step('e', 'a', { symbol: 'end' }),
	];
	const layout = layoutFlow(actors, steps);
	const xs = layout.rows[2]!.top.filter((x) => x !== layout.laneWidth / 2);
	assert.equal(new Set(xs).size, 2, `two distinct tracks: ${xs}`);
	assert.ok(layout.laneWidth >= GEOMETRY.laneMin);
});

test('a broken flow still lays out (unknown actor in the first lane, dangling branch left out)', () => {
	const layout = layoutFlow(actors, [step('s', 'zz', { symbol: 'start' }), step('x', 'k', { next: 'nowhere' })]);
	assert.equal(shapes(layout.rows[0]!.band)[0]!.x, layout.laneWidth / 2);
	assert.equal(arrows(layout.rows[1]!.band).length, 1);
});

test('SVG output: web parts and a fixed-height picture, with the five symbols', () => {
	const steps = [step('s', 'a', { symbol: 'start' }), step('x', 'k', { symbol: 'connector' }), step('d', 'p', { symbol: 'decision', yes: 'e', no: 'x' }), step('e', 'p', { symbol: 'end' })];
	const layout = layoutFlow(actors, steps);
	const parts = rowSvgParts(layout, 0);
	assert.match(parts.band, /<rect class="sop-shape"[^>]* rx="14"/);
	assert.match(parts.top, /preserveAspectRatio="none"/);
	assert.match(parts.bottom, /vector-effect="non-scaling-stroke"/);
	assert.match(rowSvgParts(layout, 1).band, /<polygon class="sop-shape"[^>]*points="[^"]+ [^"]+ [^"]+ [^"]+ [^"]+"/, 'pentagon');
	assert.match(rowSvgParts(layout, 2).band, />Ya<\/text>.*>Tidak<\/text>|>Tidak<\/text>.*>Ya<\/text>/);
	const tall = rowSvg(layout, 1, 150);
	assert.match(tall, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="150"/);
	assert.match(tall, /translate\(0 43\)/, 'band centred in the taller picture');
	assert.match(rowSvg(layout, 1, 10), /height="64"/, 'never shorter than the band');
	for (const s of ['start', 'process', 'decision', 'end', 'connector', 'arrow'] as const) assert.match(symbolSvg(s), /^<svg[^>]*aria-hidden="true"/);
});
