/**
 * The SOP as a Word document (DOCX), in the SOP-AP layout: A4 landscape, the identity table
 * on the first page, then the flowchart table (header repeated on every page). The
 * flowchart of each row is a picture spanning the actor columns, drawn by the same layout
 * and SVG code as the web page: SVG for Word 2016 and later, with a PNG fallback for
 * LibreOffice and older Word. Placeholders such as [NAMA INSTANSI] are highlighted yellow.
 *
 * Two steps, so the content can be tested without reading XML:
 *   buildDocumentModel(doc) — what goes into the document (pure, synchronous)
 *   renderDocx(doc, options) — the DOCX bytes (uses the `docx` library; load it on demand)
 * The same code runs at build time (static files) and in the browser (the builder).
 */
import { checkFlow } from './flow.ts';
import { layoutFlow } from './layout.ts';
import { cleanText, formatDocDate, PLACEHOLDERS, splitPlaceholders, type SopDocument, type TextPart } from './model.ts';
import { rowSvg } from './svg.ts';

/** One paragraph: text parts (placeholders marked) and emphasis. */
export interface ModelParagraph {
	parts: TextPart[];
	bold?: boolean;
	/** Number shown before a list item ("1."). */
	number?: number;
}

/** One row of the flowchart table. */
export interface ModelFlowRow {
	no: number;
	activity: ModelParagraph[];
	requirements: ModelParagraph[];
	time: ModelParagraph[];
	output: ModelParagraph[];
	notes: ModelParagraph[];
	/** Row height in millimetres (at least; Word grows it if the text needs more). */
	heightMm: number;
	/** The row's flowchart picture. */
	chart: { svg: string; widthPx: number; heightPx: number; widthMm: number; heightMm: number };
}

/** Everything the generator writes, in order. */
export interface DocumentModel {
	/** Document title (file properties). */
	title: string;
	page: { widthMm: number; heightMm: number; marginMm: number; landscape: true };
	fonts: { body: string; heading: string; sizePt: number; tableSizePt: number };
	identity: {
		/** Cell beside the logo: logo placeholder, agency, unit. */
		owner: ModelParagraph[];
		/** Label and value rows: Nomor SOP … Nama SOP. */
		rows: { label: string; value: ModelParagraph[] }[];
		/** The two-column part: Dasar Hukum | Kualifikasi Pelaksana, and so on. */
		pairs: [{ label: string; items: ModelParagraph[] }, { label: string; items: ModelParagraph[] }][];
		/** Column widths in mm: owner, label, value. */
		columnsMm: [number, number, number];
	};
	flow: {
		actors: string[];
		/** Column widths in mm: No, Kegiatan, one per actor, Kelengkapan, Waktu, Output, Keterangan. */
		columnsMm: number[];
		rows: ModelFlowRow[];
	};
}

/** Page geometry and type sizes. */
export const PAGE = { widthMm: 297, heightMm: 210, marginMm: 15 } as const;
const FONT_PT = 10;
const TABLE_PT = 9;
const COLS = { no: 9, activity: 55, requirements: 34, time: 20, output: 30, notes: 30 } as const;
/** Lane width limits in mm: wide enough for a symbol, narrow enough to leave room for text. */
const LANE_MM = { max: 22, min: 12 } as const;
/** Tallest picture for one row; rows whose text needs more grow beyond it. */
const MAX_CHART_MM = 150;
const CELL_PAD_MM = { x: 1.9, y: 0.6 } as const;

function paragraphs(text: string, fallback = '', bold = false): ModelParagraph[] {
	const value = cleanText(text).trim() || fallback;
	return value.split('\n').map((line) => ({ parts: splitPlaceholders(line), ...(bold ? { bold } : {}) }));
}

function items(list: readonly string[]): ModelParagraph[] {
	const filled = list.map((i) => cleanText(i).trim()).filter(Boolean);
	if (!filled.length) return [{ parts: [{ text: '-', placeholder: false }] }];
	return filled.map((text, i) => ({ parts: splitPlaceholders(text.replace(/\n/g, ' ')), number: i + 1 }));
}

/**
 * Estimated height of text in a table cell, in mm. Deliberately generous (wide average
 * letters, some loss at line ends), so the row picture is rarely shorter than the text.
 */
export function estimateTextMm(paras: readonly ModelParagraph[], columnMm: number, sizePt = TABLE_PT): number {
	const widthPt = ((columnMm - 2 * CELL_PAD_MM.x) / 25.4) * 72;
	const perLine = Math.max(4, Math.floor(widthPt / (sizePt * 0.52)));
	const lines = paras.reduce((sum, p) => {
		const len = p.parts.reduce((n, part) => n + [...part.text].length, 0) + (p.number ? 4 : 0);
		return sum + Math.max(1, Math.ceil((len * 1.1) / perLine));
	}, 0);
	return lines * ((sizePt * 1.2 * 25.4) / 72) + 2 * CELL_PAD_MM.y;
}

/**
 * What the document contains. Expects a flow that `checkFlow` accepts.
 * @throws if the flow is broken (the builder reports such flows before offering a download)
 */
export function buildDocumentModel(doc: SopDocument): DocumentModel {
	const issues = checkFlow(doc.actors, doc.steps);
	if (issues.length) throw new Error(`Diagram alir belum benar: ${issues[0]!.message}`);
	const usable = PAGE.widthMm - 2 * PAGE.marginMm;
	// Kegiatan gets what the lanes leave, but gives up to 10 mm to keep lanes wide enough for their names.
	const fixed = COLS.no + COLS.activity - 10 + COLS.requirements + COLS.time + COLS.output + COLS.notes;
	const n = doc.actors.length;
	const laneMm = Math.max(LANE_MM.min, Math.min(LANE_MM.max, (usable - fixed) / n));
	const activityMm = usable - fixed - laneMm * n + COLS.activity - 10;
	const columnsMm = [COLS.no, activityMm, ...doc.actors.map(() => laneMm), COLS.requirements, COLS.time, COLS.output, COLS.notes];

	const layout = layoutFlow(doc.actors, doc.steps);
	const mmPerPx = laneMm / layout.laneWidth;
	const lanesMm = laneMm * n;
	const rows: ModelFlowRow[] = doc.steps.map((step, i) => {
		const cells = {
			activity: paragraphs(step.activity),
			requirements: paragraphs(step.requirements),
			time: paragraphs(step.time),
			output: paragraphs(step.output),
			notes: paragraphs(step.notes),
		};
		const textMm = Math.max(
			estimateTextMm(cells.activity, activityMm),
			estimateTextMm(cells.requirements, COLS.requirements),
			estimateTextMm(cells.time, COLS.time),
			estimateTextMm(cells.output, COLS.output),
			estimateTextMm(cells.notes, COLS.notes)
		);
		const bandMm = layout.band * mmPerPx;
		const heightMm = Math.min(MAX_CHART_MM, Math.max(bandMm, textMm));
		const heightPx = heightMm / mmPerPx;
		return {
			no: i + 1,
			...cells,
			heightMm,
			chart: { svg: rowSvg(layout, i, heightPx), widthPx: layout.width, heightPx, widthMm: lanesMm, heightMm },
		};
	});

	const a = doc.approver;
	return {
		title: `SOP ${cleanText(doc.title).trim() || '[NAMA SOP]'}`,
		page: { ...PAGE, landscape: true },
		fonts: { body: 'Arial', heading: 'Bookman Old Style', sizePt: FONT_PT, tableSizePt: TABLE_PT },
		identity: {
			owner: [
				{ parts: [{ text: PLACEHOLDERS.logo, placeholder: true }] },
				...paragraphs(doc.agency, PLACEHOLDERS.agency, true),
				...paragraphs(doc.unit, PLACEHOLDERS.unit, true),
			],
			rows: [
				{ label: 'Nomor SOP', value: paragraphs(doc.number, PLACEHOLDERS.number) },
				{ label: 'Tanggal Pembuatan', value: paragraphs(formatDocDate(doc.created)) },
				{ label: 'Tanggal Revisi', value: paragraphs(doc.revised.trim() ? formatDocDate(doc.revised) : '-') },
				{ label: 'Tanggal Efektif', value: paragraphs(formatDocDate(doc.effective)) },
				{
					label: 'Disahkan oleh',
					value: [
						...paragraphs(a.position, PLACEHOLDERS.position),
						{ parts: [{ text: '(tanda tangan dan cap)', placeholder: false }] },
						{ parts: [] },
						...paragraphs(a.name, PLACEHOLDERS.name, true),
						{ parts: [{ text: 'NIP ', placeholder: false }, ...splitPlaceholders(cleanText(a.nip).trim() || PLACEHOLDERS.nip)] },
					],
				},
				{ label: 'Nama SOP', value: paragraphs(doc.title, '[NAMA SOP]', true) },
			],
			pairs: [
				[
					{ label: 'Dasar Hukum', items: items(doc.legalBasis) },
					{ label: 'Kualifikasi Pelaksana', items: items(doc.qualifications) },
				],
				[
					{ label: 'Keterkaitan', items: items(doc.related) },
					{ label: 'Peralatan/Perlengkapan', items: items(doc.equipment) },
				],
				[
					{ label: 'Peringatan', items: items(doc.warnings) },
					{ label: 'Pencatatan dan Pendataan', items: items(doc.records) },
				],
			],
			columnsMm: [80, 50, usable - 130],
		},
		flow: { actors: doc.actors.map((x) => cleanText(x.name).trim()), columnsMm, rows },
	};
}

/** Turns an SVG drawing into PNG bytes of the given pixel size (resvg at build time, a canvas in the browser). */
export type Rasterize = (svg: string, widthPx: number, heightPx: number) => Promise<Uint8Array>;

export interface DocxOptions {
	/** Makes the PNG fallback of each row picture. Without it, rows carry no picture (tests only). */
	rasterize?: Rasterize;
}

/** Scale of the PNG fallback relative to the layout's CSS pixels, for sharp print. */
export const PNG_SCALE = 3;

/**
 * Writes the DOCX file.
 * @returns the bytes of a .docx package
 */
export async function renderDocx(doc: SopDocument, options: DocxOptions = {}): Promise<Uint8Array> {
	const model = buildDocumentModel(doc);
	const d = await import('docx');
	const mm = (v: number) => Math.round(v * 56.6929); // twips
	const px96 = (v: number) => Math.round((v / 25.4) * 96);
	const border = { style: d.BorderStyle.SINGLE, size: 6, color: '000000' };
	const borders = { top: border, bottom: border, left: border, right: border };
	const margins = { top: mm(CELL_PAD_MM.y), bottom: mm(CELL_PAD_MM.y), left: mm(CELL_PAD_MM.x), right: mm(CELL_PAD_MM.x) };
	const size = (pt: number) => pt * 2;

	const runs = (p: ModelParagraph, pt: number) => [
		...(p.number ? [new d.TextRun({ text: `${p.number}.\t`, size: size(pt) })] : []),
		...p.parts.map(
			(part) => new d.TextRun({ text: part.text, bold: p.bold, size: size(pt), ...(part.placeholder ? { highlight: 'yellow' as const } : {}) })
		),
	];
	const para = (p: ModelParagraph, pt: number, align?: 'center') =>
		new d.Paragraph({
			children: runs(p, pt),
			spacing: { before: 0, after: 0 },
			...(p.number ? { indent: { left: mm(5), hanging: mm(5) }, tabStops: [{ type: d.TabStopType.LEFT, position: mm(5) }] } : {}),
			...(align ? { alignment: d.AlignmentType.CENTER } : {}),
		});
	const paras = (list: readonly ModelParagraph[], pt: number, align?: 'center') => (list.length ? list : [{ parts: [] }]).map((p) => para(p, pt, align));
	const label = (text: string, pt: number, align?: 'center') => para({ parts: [{ text, placeholder: false }], bold: true }, pt, align);
	const cell = (children: InstanceType<typeof d.Paragraph>[], extra: Record<string, unknown> = {}) => new d.TableCell({ children, borders, margins, ...extra });

	// Identity part.
	const [c1, c2, c3] = model.identity.columnsMm;
	const idRows = model.identity.rows.map(
		(row, i) =>
			new d.TableRow({
				children: [
					...(i === 0
						? [cell(paras(model.identity.owner, 11, 'center'), { rowSpan: model.identity.rows.length, verticalAlign: d.VerticalAlignTable.CENTER, width: { size: mm(c1), type: d.WidthType.DXA } })]
						: []),
					cell([label(row.label, FONT_PT)], { width: { size: mm(c2), type: d.WidthType.DXA } }),
					cell(paras(row.value, row.label === 'Nama SOP' ? 11 : FONT_PT), { width: { size: mm(c3), type: d.WidthType.DXA } }),
				],
				cantSplit: true,
			})
	);
	const pairRows = model.identity.pairs.map(
		([left, right]) =>
			new d.TableRow({
				children: [
					cell([label(`${left.label}:`, FONT_PT), ...paras(left.items, FONT_PT)], { columnSpan: 2, width: { size: mm(c1 + c2), type: d.WidthType.DXA } }),
					cell([label(`${right.label}:`, FONT_PT), ...paras(right.items, FONT_PT)], { width: { size: mm(c3), type: d.WidthType.DXA } }),
				],
			})
	);
	const identity = new d.Table({
		layout: d.TableLayoutType.FIXED,
		width: { size: mm(c1 + c2 + c3), type: d.WidthType.DXA },
		columnWidths: [mm(c1), mm(c2), mm(c3)],
		rows: [...idRows, ...pairRows],
	});

	// Flowchart part.
	const cols = model.flow.columnsMm;
	const n = model.flow.actors.length;
	const shade = { fill: 'E7E6E6', type: d.ShadingType.CLEAR, color: 'auto' };
	const headCell = (text: string, extra: Record<string, unknown> = {}) =>
		cell([label(text, TABLE_PT, 'center')], { verticalAlign: d.VerticalAlignTable.CENTER, shading: shade, ...extra });
	const head1 = new d.TableRow({
		tableHeader: true,
		cantSplit: true,
		children: [
			headCell('No', { rowSpan: 2 }),
			headCell('Kegiatan', { rowSpan: 2 }),
			headCell('Pelaksana', { columnSpan: n }),
			headCell('Mutu Baku', { columnSpan: 3 }),
			headCell('Keterangan', { rowSpan: 2 }),
		],
	});
	const head2 = new d.TableRow({
		tableHeader: true,
		cantSplit: true,
		children: [
			...model.flow.actors.map((name) =>
				cell([label(name, TABLE_PT - 1, 'center')], { verticalAlign: d.VerticalAlignTable.CENTER, shading: shade, margins: { ...margins, left: mm(0.8), right: mm(0.8) } })
			),
			headCell('Kelengkapan'),
			headCell('Waktu'),
			headCell('Output'),
		],
	});
	const bodyRows: InstanceType<typeof d.TableRow>[] = [];
	for (const row of model.flow.rows) {
		const { chart } = row;
		const picture = options.rasterize
			? new d.ImageRun({
					type: 'svg',
					data: new TextEncoder().encode(chart.svg),
					transformation: { width: px96(chart.widthMm), height: px96(chart.heightMm) },
					fallback: { type: 'png', data: await options.rasterize(chart.svg, Math.round(chart.widthPx * PNG_SCALE), Math.round(chart.heightPx * PNG_SCALE)) },
					altText: { name: `Langkah ${row.no}`, title: `Bagan alir langkah ${row.no}`, description: `Simbol bagan alir langkah ${row.no}` },
				})
			: undefined;
		const chartPara = new d.Paragraph({
			children: picture ? [picture] : [],
			// A 1-pt paragraph mark keeps the line no taller than the picture (no gap under it).
			spacing: { before: 0, after: 0 },
			run: { size: 2 },
		});
		bodyRows.push(
			new d.TableRow({
				cantSplit: row.heightMm < MAX_CHART_MM,
				height: { value: mm(row.heightMm), rule: d.HeightRule.ATLEAST },
				children: [
					cell([para({ parts: [{ text: String(row.no), placeholder: false }] }, TABLE_PT, 'center')]),
					cell(paras(row.activity, TABLE_PT)),
					new d.TableCell({ children: [chartPara], borders, columnSpan: n, margins: { top: 0, bottom: 0, left: 0, right: 0 }, verticalAlign: d.VerticalAlignTable.TOP }),
					cell(paras(row.requirements, TABLE_PT)),
					cell(paras(row.time, TABLE_PT)),
					cell(paras(row.output, TABLE_PT)),
					cell(paras(row.notes, TABLE_PT)),
				],
			})
		);
	}
	const flow = new d.Table({
		layout: d.TableLayoutType.FIXED,
		width: { size: mm(cols.reduce((s, c) => s + c, 0)), type: d.WidthType.DXA },
		columnWidths: cols.map(mm),
		rows: [head1, head2, ...bodyRows],
	});

	const document = new d.Document({
		title: model.title,
		creator: 'Pedoman Media Sosial Instansi Pemerintah',
		description: 'Templat SOP format SOP-AP (Permenpan RB No. 35 Tahun 2012). Ganti teks bertanda kuning.',
		styles: { default: { document: { run: { font: model.fonts.body, size: size(FONT_PT) } } } },
		sections: [
			{
				properties: {
					page: {
						size: { width: mm(PAGE.heightMm), height: mm(PAGE.widthMm), orientation: d.PageOrientation.LANDSCAPE },
						margin: { top: mm(PAGE.marginMm), bottom: mm(PAGE.marginMm), left: mm(PAGE.marginMm), right: mm(PAGE.marginMm) },
					},
				},
				children: [
					identity,
					new d.Paragraph({ children: [], pageBreakBefore: true, spacing: { before: 0, after: 0 } }),
					new d.Paragraph({
						children: [new d.TextRun({ text: model.title, bold: true, font: model.fonts.heading, size: size(12) })],
						spacing: { before: 0, after: mm(2) },
					}),
					flow,
				],
			},
		],
	});
	return new Uint8Array(await d.Packer.toArrayBuffer(document));
}
