/**
 * The printed page of an SOP's flowchart, shared by the DOCX generator and the web page so
 * both show the same layout: column widths that follow the content (no column narrower than
 * its longest word, so a word is never broken inside), estimated row heights, the split of
 * the rows over A4 landscape pages, and the off-page connectors (pentagons, Permenpan RB
 * 35/2012) that pair each line leaving the foot of a page with the same line at the top of
 * the next one.
 *
 * Text is measured with Arial's approximate character widths. The estimates err on the wide
 * side, so a planned page is never fuller than the real one.
 */
import type { FlowLayout } from './layout.ts';
import { cleanText, type SopDocument } from './model.ts';

/** Page geometry in mm: A4 landscape with room for the running header and footer. */
export const PAGE = { widthMm: 297, heightMm: 210, marginMm: 15, topMm: 20, bottomMm: 16 } as const;
/** Width the tables may use. */
export const USABLE_MM = PAGE.widthMm - 2 * PAGE.marginMm;
/** Height the flowchart table may use on one page (header and footer excluded). */
export const PAGE_BODY_MM = PAGE.heightMm - PAGE.topMm - PAGE.bottomMm;
/** Share of {@link PAGE_BODY_MM} the plan fills; the rest absorbs estimation error. */
const FILL = 0.9;
/** Inner padding of a table cell in mm. */
export const CELL_PAD_MM = { x: 1.9, y: 0.6 } as const;
/** Type sizes in pt. */
export const TYPE = { body: 10, table: 9, actor: 8 } as const;

/** Width of one character in em (Arial/Liberation Sans, rounded up). */
function charEm(c: string): number {
	if ('ijl.,:;!|\'`'.includes(c)) return 0.28;
	if ('ftrI()[]/-'.includes(c)) return 0.36;
	if ('mwMW'.includes(c)) return 0.86;
	if (/[A-Z]/.test(c)) return 0.7;
	if (/[0-9]/.test(c)) return 0.56;
	if (c === ' ') return 0.28;
	return 0.57;
}

/** Width of a text in mm at a type size; bold is about 7 % wider. */
export function textWidthMm(text: string, pt: number, bold = false): number {
	let em = 0;
	for (const c of text) em += charEm(c);
	return ((em * pt * (bold ? 1.07 : 1)) / 72) * 25.4;
}

/** Pieces a line can break between: at spaces, and after a slash or a hyphen (as word processors do). */
const pieces = (line: string) => line.split(/\s+|(?<=[/\-])/).filter(Boolean);

/** The longest unbreakable piece of some paragraphs, in mm. */
export function longestWordMm(lines: readonly string[], pt: number, bold = false): number {
	let widest = 0;
	for (const line of lines) for (const word of pieces(line)) widest = Math.max(widest, textWidthMm(word, pt, bold));
	return widest;
}

/**
 * Height of text in a cell of a given width, in mm: the paragraphs wrapped word by word as a
 * word processor does, at 1.15 line spacing, plus the cell's padding.
 * @param indentMm room taken by a list number before each paragraph
 */
export function textHeightMm(lines: readonly string[], columnMm: number, pt: number, indentMm = 0): number {
	const width = columnMm - 2 * CELL_PAD_MM.x - indentMm;
	const space = textWidthMm(' ', pt);
	let count = 0;
	for (const line of lines) {
		let used = 0;
		let n = 1;
		for (const word of line.split(/\s+/).filter(Boolean)) {
			const w = textWidthMm(word, pt);
			if (used > 0 && used + space + w > width) {
				n += 1;
				used = 0;
			}
			if (w > width) {
				// A word wider than the column is broken over several lines.
				n += Math.floor(w / width);
				used = w % width;
			} else used += (used > 0 ? space : 0) + w;
		}
		count += n;
	}
	return Math.max(1, count) * ((pt * 1.15 * 25.4) / 72) + 2 * CELL_PAD_MM.y;
}

/** The text columns of the flowchart table. */
export type TextColumn = 'no' | 'activity' | 'requirements' | 'time' | 'output' | 'notes';
/** Preferred widths in mm; a column grows to its longest word and shrinks to its longest line. */
const PREFERRED: Record<TextColumn, number> = { no: 9, activity: 55, requirements: 34, time: 20, output: 30, notes: 30 };
/** Widest a Mutu Baku or Keterangan column may grow for one long word. */
const MAX_COLUMN_MM = 60;
/** Lane width limits in mm: wide enough for a symbol, narrow enough to leave room for text. */
const LANE_MM = { max: 22, min: 12 } as const;

/** Column widths of the flowchart table, in mm. */
export interface FlowColumns {
	no: number;
	activity: number;
	lane: number;
	requirements: number;
	time: number;
	output: number;
	notes: number;
	/** All columns left to right: No, Kegiatan, one per actor, Kelengkapan, Waktu, Output, Keterangan. */
	all: number[];
}

/**
 * Column widths that follow the content: each Mutu Baku and Keterangan column is at least as
 * wide as its longest word (so no word is broken) and no wider than its longest line needs;
 * each lane fits the longest word of the actor names; Kegiatan takes what is left.
 * @param texts every cell's text by column, one string per cell (lines separated by "\n")
 * @param actorNames column headings of the lanes
 */
export function flowColumns(texts: Record<Exclude<TextColumn, 'no'>, string[]>, actorNames: readonly string[]): FlowColumns {
	const pad = 2 * CELL_PAD_MM.x + 0.6;
	const fit = (cells: string[], heading: string, preferred: number) => {
		const lines = cells.flatMap((c) => c.split('\n'));
		const word = Math.max(longestWordMm(lines, TYPE.table), longestWordMm([heading], TYPE.table, true)) + pad;
		const line = Math.max(0, ...lines.map((l) => textWidthMm(l, TYPE.table))) + pad;
		// A "word" wider than MAX_COLUMN_MM (a pasted link) has to break; everything else fits.
		return Math.min(MAX_COLUMN_MM, Math.max(word, Math.min(preferred, line), 12));
	};
	const requirements = fit(texts.requirements, 'Kelengkapan', PREFERRED.requirements);
	const time = fit(texts.time, 'Waktu', PREFERRED.time);
	const output = fit(texts.output, 'Output', PREFERRED.output);
	const notes = fit(texts.notes, 'Keterangan', PREFERRED.notes);
	const n = Math.max(1, actorNames.length);
	const activityWord = Math.min(MAX_COLUMN_MM, longestWordMm(texts.activity.flatMap((c) => c.split('\n')), TYPE.table) + pad);
	const laneWord = longestWordMm(actorNames, TYPE.actor, true) + 1.6 + 0.6;
	const rest = USABLE_MM - PREFERRED.no - requirements - time - output - notes;
	// Lanes get up to the maximum, but leave Kegiatan at least 45 mm (or its longest word).
	const activityMin = Math.max(45, activityWord);
	// Lanes fit their names' longest word where the page allows, never squeezing Kegiatan below its minimum.
	const lane = Math.max(LANE_MM.min, Math.min(Math.max(laneWord, Math.min(LANE_MM.max, (rest - activityMin) / n)), (rest - activityMin) / n));
	const activity = rest - lane * n;
	return { no: PREFERRED.no, activity, lane, requirements, time, output, notes, all: [PREFERRED.no, activity, ...Array.from({ length: n }, () => lane), requirements, time, output, notes] };
}

/** One off-page connector: a line that leaves one page and continues on the next. */
export interface OffPageConnector {
	/** Label printed in both pentagons, "A", "B", … in document order. */
	label: string;
	/** x of the line in the flowchart (layout px). */
	x: number;
	/** x of the pentagon's centre (layout px); connectors in one lane are spread apart. */
	slot: number;
}

/** One printed page of the flowchart. */
export interface FlowPage {
	/** Indexes of the steps on the page, in order. */
	steps: number[];
	/** Connectors at the top of the page (lines coming from the previous page). */
	incoming: OffPageConnector[];
	/** Connectors at the foot of the page (lines going on to the next page). */
	outgoing: OffPageConnector[];
}

/** Height of a connector row's picture band, in layout px. */
export const CONNECTOR_BAND = 44;
/** Pentagon size in layout px (a little larger than the legend's so a letter fits). */
export const CONNECTOR_SIZE = { w: 28, h: 26 } as const;

/** "A" … "Z", then "AA", "AB" … */
export function connectorLabel(index: number): string {
	let n = index;
	let label = '';
	do {
		label = String.fromCharCode(65 + (n % 26)) + label;
		n = Math.floor(n / 26) - 1;
	} while (n >= 0);
	return label;
}

/** Pentagon centres for lines at `xs`: each at its lane's centre, neighbours in one lane spread apart. */
function slots(layout: FlowLayout, xs: readonly number[]): number[] {
	const gap = CONNECTOR_SIZE.w + 6;
	const byLane = new Map<number, number[]>();
	xs.forEach((x, i) => {
		const lane = Math.min(Math.floor(x / layout.laneWidth), Math.max(0, layout.separators.length));
		byLane.set(lane, [...(byLane.get(lane) ?? []), i]);
	});
	const out: number[] = [];
	for (const [lane, members] of byLane) {
		const centre = lane * layout.laneWidth + layout.laneWidth / 2;
		members.forEach((i, k) => (out[i] = centre + (k - (members.length - 1) / 2) * gap));
	}
	return out;
}

/**
 * Splits the flowchart over pages and pairs the lines that cross each page break with
 * off-page connectors.
 * @param layout the flowchart's layout
 * @param rowHeightsMm estimated height of each step row
 * @param headMm height of the table's heading rows (repeated on every page)
 * @param connectorMm height of a connector row
 * @param bodyMm height available for the table on a page
 */
export function paginateFlow(layout: FlowLayout, rowHeightsMm: readonly number[], headMm: number, connectorMm: number, bodyMm: number = PAGE_BODY_MM): FlowPage[] {
	const capacity = bodyMm * FILL - headMm;
	const groups: number[][] = [];
	let current: number[] = [];
	let used = 0;
	rowHeightsMm.forEach((h, i) => {
		const incoming = groups.length > 0 ? connectorMm : 0;
		// The last row may end the page without an outgoing connector row.
		const reserve = i < rowHeightsMm.length - 1 ? connectorMm : 0;
		if (current.length > 0 && incoming + used + h + reserve > capacity) {
			groups.push(current);
			current = [];
			used = 0;
		}
		current.push(i);
		used += h;
	});
	if (current.length) groups.push(current);

	let next = 0;
	const pages: FlowPage[] = groups.map((steps) => ({ steps, incoming: [], outgoing: [] }));
	for (let p = 0; p + 1 < pages.length; p++) {
		const last = pages[p]!.steps.at(-1)!;
		const xs = layout.rows[last]!.bottom;
		const centres = slots(layout, xs);
		const connectors = xs.map((x, i) => ({ label: connectorLabel(next++), x, slot: centres[i]! }));
		pages[p]!.outgoing = connectors;
		pages[p + 1]!.incoming = connectors;
	}
	return pages;
}

/** The whole printed plan of a flowchart: columns, row heights and pages. */
export interface FlowPlan {
	columns: FlowColumns;
	/** Millimetres per layout px (the lanes' picture scale). */
	mmPerPx: number;
	/** Estimated height of each step row, in mm. */
	rowHeightsMm: number[];
	/** Height of the two heading rows, in mm. */
	headMm: number;
	/** Height of a connector row, in mm. */
	connectorMm: number;
	pages: FlowPage[];
}

/** Text of the Kegiatan cell of a connector row (real text, so it can be read and searched). */
export const connectorText = (side: 'incoming' | 'outgoing', labels: readonly string[]): string =>
	side === 'outgoing'
		? `Bersambung ke halaman berikutnya (penghubung ${labels.join(', ')})`
		: `Sambungan dari halaman sebelumnya (penghubung ${labels.join(', ')})`;

/**
 * Plans the flowchart's pages for a document.
 * @param doc the SOP (its step texts and actor names)
 * @param layout its flowchart layout
 */
export function planFlow(doc: Pick<SopDocument, 'actors' | 'steps'>, layout: FlowLayout): FlowPlan {
	const clean = (t: string) => cleanText(t).trim();
	const texts = {
		activity: doc.steps.map((s) => clean(s.activity)),
		requirements: doc.steps.map((s) => clean(s.requirements)),
		time: doc.steps.map((s) => clean(s.time)),
		output: doc.steps.map((s) => clean(s.output)),
		notes: doc.steps.map((s) => clean(s.notes)),
	};
	const names = doc.actors.map((a) => clean(a.name));
	const columns = flowColumns(texts, names);
	const mmPerPx = columns.lane / layout.laneWidth;
	const rowHeightsMm = doc.steps.map((_, i) =>
		Math.max(
			layout.band * mmPerPx,
			textHeightMm(texts.activity[i]!.split('\n'), columns.activity, TYPE.table),
			textHeightMm(texts.requirements[i]!.split('\n'), columns.requirements, TYPE.table),
			textHeightMm(texts.time[i]!.split('\n'), columns.time, TYPE.table),
			textHeightMm(texts.output[i]!.split('\n'), columns.output, TYPE.table),
			textHeightMm(texts.notes[i]!.split('\n'), columns.notes, TYPE.table)
		)
	);
	const headMm = textHeightMm(['Pelaksana'], 30, TYPE.table) + Math.max(textHeightMm(['Kelengkapan'], columns.requirements, TYPE.table), ...names.map((nm) => textHeightMm([nm], columns.lane, TYPE.actor)));
	const connectorMm = Math.max(CONNECTOR_BAND * mmPerPx, textHeightMm([connectorText('incoming', ['AA', 'AB', 'AC'])], columns.activity, TYPE.table));
	return { columns, mmPerPx, rowHeightsMm, headMm, connectorMm, pages: paginateFlow(layout, rowHeightsMm, headMm, connectorMm) };
}
