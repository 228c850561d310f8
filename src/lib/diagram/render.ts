/**
 * One entry point from a figure's description to its SVG: picks the layout by `kind`,
 * writes the text alternative from the same description, and returns the markup. The
 * components in src/components/diagram/ call this at build time; no script reaches the page.
 */
import {
	describeCycle,
	describeMatrix,
	describeMix,
	describeProcess,
	describeStack,
	describeTimeline,
	describeTree,
	layoutCycle,
	layoutMatrix,
	layoutMix,
	layoutProcess,
	layoutStack,
	layoutTimeline,
	layoutTree,
	type CycleSpec,
	type MatrixSpec,
	type MixSpec,
	type ProcessSpec,
	type StackSpec,
	type TimelineSpec,
	type TreeSpec,
} from './layouts.ts';
import { describeRatios, layoutRatios, type RatioItem } from './ratios.ts';
import { sceneSvg, type Scene } from './scene.ts';
import { describeSopAnatomy, layoutSopAnatomy } from './sop-anatomy.ts';

/** A figure's description, by kind of diagram. */
export type DiagramSpec =
	| { kind: 'stack'; spec: StackSpec }
	| { kind: 'tree'; spec: TreeSpec }
	| { kind: 'process'; spec: ProcessSpec }
	| { kind: 'cycle'; spec: CycleSpec }
	| { kind: 'timeline'; spec: TimelineSpec }
	| { kind: 'matrix'; spec: MatrixSpec }
	| { kind: 'mix'; spec: MixSpec }
	| { kind: 'ratios'; spec: RatioItem[] }
	| { kind: 'sop-anatomy' };

/** A figure: a diagram with its name and caption. */
export type FigureDef = DiagramSpec & {
	/** Short accessible name, e.g. "Empat lapisan akun instansi". */
	title: string;
	/** What to take from the figure, one or two sentences (shown under it). */
	caption: string;
};

/** Lays out a diagram and writes its text alternative. */
export function buildDiagram(d: DiagramSpec): { scene: Scene; desc: string } {
	switch (d.kind) {
		case 'stack':
			return { scene: layoutStack(d.spec), desc: describeStack(d.spec) };
		case 'tree':
			return { scene: layoutTree(d.spec), desc: describeTree(d.spec) };
		case 'process':
			return { scene: layoutProcess(d.spec), desc: describeProcess(d.spec) };
		case 'cycle':
			return { scene: layoutCycle(d.spec), desc: describeCycle(d.spec) };
		case 'timeline':
			return { scene: layoutTimeline(d.spec), desc: describeTimeline(d.spec) };
		case 'matrix':
			return { scene: layoutMatrix(d.spec), desc: describeMatrix(d.spec) };
		case 'mix':
			return { scene: layoutMix(d.spec), desc: describeMix(d.spec) };
		case 'ratios':
			return { scene: layoutRatios(d.spec), desc: describeRatios(d.spec) };
		case 'sop-anatomy':
			return { scene: layoutSopAnatomy(), desc: describeSopAnatomy() };
	}
}

/**
 * SVG markup of a figure.
 * @param figure the figure
 * @param id unique id on the page, used for the title and description ids
 */
export function figureSvg(figure: FigureDef, id: string): string {
	const { scene, desc } = buildDiagram(figure);
	return sceneSvg(scene, { id, title: figure.title, desc });
}
