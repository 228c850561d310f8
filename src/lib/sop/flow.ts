/**
 * Rules that make a flowchart drawable: every branch points at an existing step, every
 * step belongs to a listed actor, the flow starts once and ends, and no step is left
 * unreachable or trapped in a loop. The content schema runs these rules on every SOP file
 * (a broken file stops the build) and the builder runs them as the user types (a broken
 * flow is reported next to the step instead of being drawn wrong).
 */
import type { Actor, Step } from './model.ts';

/** Which field of a step an issue is about. */
export type FlowField = 'id' | 'actor' | 'symbol' | 'next' | 'yes' | 'no';

/** One problem found in a flow. */
export interface FlowIssue {
	/** Index of the step (0-based), absent for problems of the flow as a whole. */
	step?: number;
	field?: FlowField;
	/** Indonesian message for the editor. */
	message: string;
}

/** An arrow of the flowchart, by step index. */
export interface FlowEdge {
	from: number;
	to: number;
	/** `next` for a plain arrow, `yes`/`no` for a decision's branches. */
	kind: 'next' | 'yes' | 'no';
}

const BRANCH_NAME = { next: 'langkah berikutnya', yes: 'tujuan "Ya"', no: 'tujuan "Tidak"' } as const;

/**
 * The arrows leaving each step, resolved to indexes. A start, process or connector step
 * without `next` goes to the following step; an end step has none. References to ids that
 * do not exist are left out (see {@link checkFlow}).
 */
export function flowEdges(steps: readonly Step[]): FlowEdge[] {
	const index = new Map(steps.map((s, i) => [s.id, i] as const));
	const edges: FlowEdge[] = [];
	steps.forEach((step, from) => {
		if (step.symbol === 'end') return;
		if (step.symbol === 'decision') {
			for (const kind of ['yes', 'no'] as const) {
				const to = step[kind] ? index.get(step[kind]!) : undefined;
				if (to !== undefined) edges.push({ from, to, kind });
			}
			return;
		}
		const to = step.next ? index.get(step.next) : from + 1 < steps.length ? from + 1 : undefined;
		if (to !== undefined) edges.push({ from, to, kind: 'next' });
	});
	return edges;
}

/**
 * Checks a flow and lists every problem, in step order.
 * @param actors the SOP's actors
 * @param steps the steps in table order
 * @param name how a step is named in messages; default "Langkah 3"
 * @returns an empty list when the flow can be drawn
 */
export function checkFlow(
	actors: readonly Actor[],
	steps: readonly Step[],
	name: (index: number) => string = (i) => `Langkah ${i + 1}`
): FlowIssue[] {
	const issues: FlowIssue[] = [];
	if (steps.length === 0) return [{ message: 'Alur belum punya langkah.' }];
	const actorIds = new Set(actors.map((a) => a.id));
	const firstById = new Map<string, number>();
	steps.forEach((step, i) => {
		const at = (field: FlowField | undefined, message: string) => issues.push({ step: i, ...(field ? { field } : {}), message: `${name(i)}: ${message}` });
		const seen = firstById.get(step.id);
		if (seen !== undefined) at('id', `id "${step.id}" sudah dipakai ${name(seen)}.`);
		else firstById.set(step.id, i);
		if (!actorIds.has(step.actor)) at('actor', step.actor ? `pelaksana "${step.actor}" tidak ada di daftar pelaksana.` : 'pelaksana belum dipilih.');
		if (step.symbol === 'start' && i > 0) at('symbol', 'langkah Mulai harus menjadi langkah pertama.');
	});
	const ids = new Set(steps.map((s) => s.id));
	steps.forEach((step, i) => {
		const at = (field: FlowField, message: string) => issues.push({ step: i, field, message: `${name(i)}: ${message}` });
		const target = (kind: 'next' | 'yes' | 'no') => {
			const ref = step[kind];
			if (!ref) return;
			if (ref === step.id) at(kind, `${BRANCH_NAME[kind]} tidak boleh menunjuk ke langkah ini sendiri.`);
			else if (!ids.has(ref)) at(kind, `${BRANCH_NAME[kind]} menunjuk ke langkah "${ref}" yang tidak ada.`);
			else if (steps[0]!.symbol === 'start' && ref === steps[0]!.id) at(kind, `${BRANCH_NAME[kind]} tidak boleh kembali ke langkah Mulai.`);
		};
		if (step.symbol === 'decision') {
			if (step.next) at('next', 'langkah Keputusan tidak memakai "langkah berikutnya"; isi tujuan "Ya" dan "Tidak".');
			for (const kind of ['yes', 'no'] as const) {
				if (!step[kind]) at(kind, `keputusan wajib punya ${BRANCH_NAME[kind]}.`);
				else target(kind);
			}
			if (step.yes && step.yes === step.no) at('no', 'tujuan "Ya" dan "Tidak" tidak boleh sama.');
			return;
		}
		if (step.yes || step.no) at(step.yes ? 'yes' : 'no', 'hanya langkah Keputusan yang punya tujuan "Ya" dan "Tidak".');
		if (step.symbol === 'end') {
			if (step.next) at('next', 'langkah Selesai tidak punya langkah berikutnya.');
			return;
		}
		if (step.next) target('next');
		else if (i === steps.length - 1) at('next', 'tidak ada langkah sesudahnya; tambahkan langkah atau ubah simbolnya menjadi Selesai.');
	});
	const starts = steps.filter((s) => s.symbol === 'start').length;
	if (starts === 0) issues.push({ message: 'Alur belum punya langkah Mulai (simbol kapsul di langkah pertama).' });
	else if (starts > 1) {
		const second = steps.findIndex((s, i) => s.symbol === 'start' && i > 0);
		if (!issues.some((x) => x.step === second && x.field === 'symbol')) issues.push({ step: second, field: 'symbol', message: `${name(second)}: hanya boleh ada satu langkah Mulai.` });
	}
	if (!steps.some((s) => s.symbol === 'end')) issues.push({ message: 'Alur belum punya langkah Selesai.' });
	// Reachability only makes sense once the flow has a start and its arrows resolve.
	if (issues.length === 0) {
		const edges = flowEdges(steps);
		const reach = (from: number[], forward: boolean) => {
			const seen = new Set(from);
			const queue = [...from];
			while (queue.length) {
				const n = queue.shift()!;
				for (const e of edges) {
					const [a, b] = forward ? [e.from, e.to] : [e.to, e.from];
					if (a === n && !seen.has(b)) (seen.add(b), queue.push(b));
				}
			}
			return seen;
		};
		const fromStart = reach([0], true);
		const toEnd = reach(
			steps.flatMap((s, i) => (s.symbol === 'end' ? [i] : [])),
			false
		);
		steps.forEach((_, i) => {
			if (!fromStart.has(i)) issues.push({ step: i, message: `${name(i)} tidak dapat dicapai dari langkah Mulai; hubungkan dari langkah lain atau hapus.` });
			else if (!toEnd.has(i)) issues.push({ step: i, message: `${name(i)} tidak pernah sampai ke langkah Selesai (alur berputar tanpa jalan keluar).` });
		});
	}
	return issues.sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity));
}
