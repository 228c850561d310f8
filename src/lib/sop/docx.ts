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
import { cleanText, formatDocDate, PLACEHOLDERS, splitPlaceholders, type SopDocument, type SopLogo, type TextPart } from './model.ts';
import { CELL_PAD_MM, connectorText, PAGE, PAGE_BODY_MM, planFlow, textHeightMm, TYPE, USABLE_MM, type OffPageConnector } from './sheet.ts';
import { connectorSvg, rowSvg } from './svg.ts';

/** One paragraph: text parts (placeholders marked) and emphasis. */
export interface ModelParagraph {
	parts: TextPart[];
	bold?: boolean;
	underline?: boolean;
	/** Number shown before a list item ("1."). */
	number?: number;
	/** Empty space kept after the paragraph, in mm (the room for signature and stamp). */
	spaceAfterMm?: number;
}

/** One row of the flowchart table: a step, or an off-page connector at a page edge. */
export interface ModelFlowRow {
	kind: 'step' | 'connector';
	/** Step number; `null` for a connector row. */
	no: number | null;
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
	page: { widthMm: number; heightMm: number; marginMm: number; topMm: number; bottomMm: number; landscape: true };
	fonts: { body: string; heading: string; sizePt: number; tableSizePt: number };
	/** Running header on every page: the SOP's name and number. */
	header: { title: ModelParagraph; number: ModelParagraph };
	/** Running footer: "Halaman" x "dari" y (the numbers are fields the word processor fills). */
	footer: { before: string; between: string; note: string };
	identity: {
		/** Cell beside the logo: logo (or its placeholder), agency, unit. */
		owner: ModelParagraph[];
		/** The agency's logo, when one was given. */
		logo?: SopLogo;
		/** Label and value rows: Nomor SOP … Nama SOP. */
		rows: { label: string; value: ModelParagraph[] }[];
		/** The two-column part: Dasar Hukum | Kualifikasi Pelaksana, and so on. */
		pairs: [{ label: string; items: ModelParagraph[] }, { label: string; items: ModelParagraph[] }][];
		/** Column widths in mm: owner, label, value. */
		columnsMm: [number, number, number];
		/** Type size of the six lists, chosen so the identity part fits its first page. */
		listPt: number;
	};
	flow: {
		actors: string[];
		/** Column widths in mm: No, Kegiatan, one per actor, Kelengkapan, Waktu, Output, Keterangan. */
		columnsMm: number[];
		/** The step rows, in order. */
		rows: ModelFlowRow[];
		/** The rows of each printed page, connector rows included. */
		pages: ModelFlowRow[][];
	};
}

export { PAGE };
const FONT_PT = TYPE.body;
const TABLE_PT = TYPE.table;
/** Tallest picture for one row; rows whose text needs more grow beyond it. */
const MAX_CHART_MM = 150;
/** How the flowchart is changed, printed in every page's footer (the picture is not editable in a word processor). */
export const EDIT_NOTE = 'Diagram alir dibuat dengan Penyusun SOP: ubah langkah atau pelaksana di sana, lalu unduh ulang.';
/** Room left for the signature and the stamp in the approval block. */
export const SIGNATURE_MM = 20;

/**
 * The largest type size (10, 9 or 8 pt) at which the six lists of the identity part fit on the
 * first page together with the label rows, so the identity table stays on its own page.
 */
export function identityListPt(pairs: DocumentModel['identity']['pairs'], columnsMm: [number, number, number], rowsMm: number): number {
	const [c1, c2, c3] = columnsMm;
	const text = (items: ModelParagraph[]) => items.map((p) => p.parts.map((x) => x.text).join(''));
	for (const pt of [10, 9, 8]) {
		const lists = pairs.reduce((sum, [left, right]) => sum + Math.max(textHeightMm(['x', ...text(left.items)], c1 + c2, pt, 5), textHeightMm(['x', ...text(right.items)], c3, pt, 5)), 0);
		if (rowsMm + lists <= PAGE_BODY_MM * 0.92) return pt;
	}
	return 8;
}

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
 * Estimated height of text in a table cell, in mm (word-by-word wrapping, see sheet.ts).
 */
export function estimateTextMm(paras: readonly ModelParagraph[], columnMm: number, sizePt: number = TABLE_PT): number {
	return textHeightMm(
		paras.map((p) => p.parts.map((x) => x.text).join('')),
		columnMm,
		sizePt,
		paras.some((p) => p.number) ? 5 : 0
	);
}

/**
 * What the document contains. Expects a flow that `checkFlow` accepts.
 * @throws if the flow is broken (the builder reports such flows before offering a download)
 */
export function buildDocumentModel(doc: SopDocument): DocumentModel {
	const issues = checkFlow(doc.actors, doc.steps);
	if (issues.length) throw new Error(`Diagram alir belum benar: ${issues[0]!.message}`);
	const layout = layoutFlow(doc.actors, doc.steps);
	const plan = planFlow(doc, layout);
	const { mmPerPx } = plan;
	const lanesMm = plan.columns.lane * doc.actors.length;
	const chart = (svg: string, heightPx: number, heightMm: number) => ({ svg, widthPx: layout.width, heightPx, widthMm: lanesMm, heightMm });
	const rows: ModelFlowRow[] = doc.steps.map((step, i) => {
		const heightMm = Math.min(MAX_CHART_MM, plan.rowHeightsMm[i]!);
		const heightPx = heightMm / mmPerPx;
		return {
			kind: 'step',
			no: i + 1,
			activity: paragraphs(step.activity),
			requirements: paragraphs(step.requirements),
			time: paragraphs(step.time),
			output: paragraphs(step.output),
			notes: paragraphs(step.notes),
			heightMm,
			chart: chart(rowSvg(layout, i, heightPx), heightPx, heightMm),
		};
	});
	const connectorRow = (connectors: OffPageConnector[], side: 'incoming' | 'outgoing'): ModelFlowRow => {
		const heightMm = plan.connectorMm;
		const heightPx = heightMm / mmPerPx;
		return {
			kind: 'connector',
			no: null,
			activity: [{ parts: [{ text: connectorText(side, connectors.map((c) => c.label)), placeholder: false }] }],
			requirements: [],
			time: [],
			output: [],
			notes: [],
			heightMm,
			chart: chart(connectorSvg(layout, connectors, side, heightPx), heightPx, heightMm),
		};
	};
	const pages = plan.pages.map((page) => [
		...(page.incoming.length ? [connectorRow(page.incoming, 'incoming')] : []),
		...page.steps.map((i) => rows[i]!),
		...(page.outgoing.length ? [connectorRow(page.outgoing, 'outgoing')] : []),
	]);

	const a = doc.approver;
	const title = cleanText(doc.title).trim() || '[NAMA SOP]';
	const pairs: DocumentModel['identity']['pairs'] = [
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
	];
	const identityColumns: [number, number, number] = [80, 50, USABLE_MM - 130];
	// Label rows: five one-line rows, the approval block (position, signature room, name, NIP) and the logo.
	const rowsMm = 5 * textHeightMm(['x'], 50, FONT_PT) + SIGNATURE_MM + 3 * textHeightMm(['x'], 50, FONT_PT) + (doc.logo ? 27 : 0);
	const number = cleanText(doc.number).trim() || PLACEHOLDERS.number;
	return {
		title: `SOP ${title}`,
		page: { ...PAGE, landscape: true },
		fonts: { body: 'Arial', heading: 'Bookman Old Style', sizePt: FONT_PT, tableSizePt: TABLE_PT },
		header: {
			title: { parts: [{ text: 'SOP ', placeholder: false }, ...splitPlaceholders(title)], bold: true },
			number: { parts: [{ text: 'Nomor: ', placeholder: false }, ...splitPlaceholders(number)] },
		},
		footer: { before: 'Halaman ', between: ' dari ', note: EDIT_NOTE },
		identity: {
			owner: [
				...(doc.logo ? [] : [{ parts: [{ text: PLACEHOLDERS.logo, placeholder: true }] }]),
				...paragraphs(doc.agency, PLACEHOLDERS.agency, true),
				...paragraphs(doc.unit, PLACEHOLDERS.unit, true),
			],
			...(doc.logo ? { logo: doc.logo } : {}),
			rows: [
				{ label: 'Nomor SOP', value: paragraphs(doc.number, PLACEHOLDERS.number) },
				{ label: 'Tanggal Pembuatan', value: paragraphs(formatDocDate(doc.created)) },
				{ label: 'Tanggal Revisi', value: paragraphs(doc.revised.trim() ? formatDocDate(doc.revised) : '-') },
				{ label: 'Tanggal Efektif', value: paragraphs(formatDocDate(doc.effective)) },
				{
					label: 'Disahkan oleh',
					value: [
						...paragraphs(a.position, PLACEHOLDERS.position).map((p, i, all) => (i === all.length - 1 ? { ...p, spaceAfterMm: SIGNATURE_MM } : p)),
						...paragraphs(a.name, PLACEHOLDERS.name, true).map((p) => ({ ...p, underline: true })),
						{ parts: [{ text: 'NIP ', placeholder: false }, ...splitPlaceholders(cleanText(a.nip).trim() || PLACEHOLDERS.nip)] },
					],
				},
				{ label: 'Nama SOP', value: paragraphs(doc.title, '[NAMA SOP]', true) },
			],
			pairs,
			columnsMm: identityColumns,
			listPt: identityListPt(pairs, identityColumns, rowsMm),
		},
		flow: { actors: doc.actors.map((x) => cleanText(x.name).trim()), columnsMm: plan.columns.all, rows, pages },
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

/** Fixed time written into the package (file dates, document properties): same input, same bytes. */
export const FIXED_TIME = '2000-01-01T00:00:00Z';

/**
 * Makes a DOCX package reproducible: the `docx` library stamps the current time into the
 * document properties and the ZIP entries. This sets both to {@link FIXED_TIME} and zips the
 * parts again in their original order (pictures are already numbered image1, image2 …).
 */
export async function normalizePackage(bytes: Uint8Array): Promise<Uint8Array> {
	const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
	const files = unzipSync(bytes);
	const mtime = new Date(FIXED_TIME);
	const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
	// Drawing ids come from a counter that runs across documents: number them per package.
	let drawing = 0;
	for (const [name, data] of Object.entries(files)) {
		let fixed = data;
		if (name === 'docProps/core.xml') fixed = strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${FIXED_TIME}$2`));
		else if (/^word\/[^/]+\.xml$/.test(name)) fixed = strToU8(strFromU8(data).replace(/(<wp:docPr id=")\d+(")/g, (_, a: string, b: string) => `${a}${++drawing}${b}`));
		out[name] = [fixed, { mtime }];
	}
	return zipSync(out, { level: 6 });
}

/**
 * Writes the DOCX file. The same document always gives the same bytes.
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
			(part) =>
				new d.TextRun({
					text: part.text,
					bold: p.bold,
					size: size(pt),
					...(p.underline ? { underline: { type: d.UnderlineType.SINGLE } } : {}),
					...(part.placeholder ? { highlight: 'yellow' as const } : {}),
				})
		),
	];
	const para = (p: ModelParagraph, pt: number, align?: 'center' | 'right') =>
		new d.Paragraph({
			children: runs(p, pt),
			spacing: { before: 0, after: p.spaceAfterMm ? mm(p.spaceAfterMm) : 0 },
			...(p.number ? { indent: { left: mm(5), hanging: mm(5) }, tabStops: [{ type: d.TabStopType.LEFT, position: mm(5) }] } : {}),
			...(align ? { alignment: align === 'center' ? d.AlignmentType.CENTER : d.AlignmentType.RIGHT } : {}),
		});
	const paras = (list: readonly ModelParagraph[], pt: number, align?: 'center') => (list.length ? list : [{ parts: [] }]).map((p) => para(p, pt, align));
	const label = (text: string, pt: number, align?: 'center') => para({ parts: [{ text, placeholder: false }], bold: true }, pt, align);
	const cell = (children: InstanceType<typeof d.Paragraph>[], extra: Record<string, unknown> = {}) => new d.TableCell({ children, borders, margins, ...extra });

	// Identity part.
	const [c1, c2, c3] = model.identity.columnsMm;
	const { listPt } = model.identity;
	const logo = model.identity.logo;
	const logoParagraphs: InstanceType<typeof d.Paragraph>[] = [];
	if (logo) {
		const bytes = Uint8Array.from(atob(logo.data), (c) => c.charCodeAt(0));
		// At most 25 mm tall and 60 mm wide, keeping the aspect ratio.
		const scale = Math.min(25 / ((logo.heightPx / 96) * 25.4), 60 / ((logo.widthPx / 96) * 25.4), 1e9);
		const [w, h] = [Math.max(1, Math.round(logo.widthPx * scale)), Math.max(1, Math.round(logo.heightPx * scale))];
		const alt = { name: 'Logo instansi', title: 'Logo instansi', description: 'Logo instansi' };
		const image =
			logo.type === 'svg'
				? options.rasterize
					? new d.ImageRun({ type: 'svg', data: bytes, transformation: { width: w, height: h }, fallback: { type: 'png', data: await options.rasterize(new TextDecoder().decode(bytes), w * 3, h * 3) }, altText: alt })
					: undefined
				: new d.ImageRun({ type: logo.type, data: bytes, transformation: { width: w, height: h }, altText: alt });
		if (image) logoParagraphs.push(new d.Paragraph({ children: [image], alignment: d.AlignmentType.CENTER, spacing: { before: 0, after: mm(2) } }));
	}
	const idRows = model.identity.rows.map(
		(row, i) =>
			new d.TableRow({
				children: [
					...(i === 0
						? [
								cell([...logoParagraphs, ...paras(model.identity.owner, 11, 'center')], {
									rowSpan: model.identity.rows.length,
									verticalAlign: d.VerticalAlignTable.CENTER,
									width: { size: mm(c1), type: d.WidthType.DXA },
								}),
							]
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
				cantSplit: true,
				children: [
					cell([label(`${left.label}:`, listPt), ...paras(left.items, listPt)], { columnSpan: 2, width: { size: mm(c1 + c2), type: d.WidthType.DXA } }),
					cell([label(`${right.label}:`, listPt), ...paras(right.items, listPt)], { width: { size: mm(c3), type: d.WidthType.DXA } }),
				],
			})
	);
	const identity = new d.Table({
		layout: d.TableLayoutType.FIXED,
		width: { size: mm(c1 + c2 + c3), type: d.WidthType.DXA },
		columnWidths: [mm(c1), mm(c2), mm(c3)],
		rows: [...idRows, ...pairRows],
	});

	// Flowchart part: one table per planned page, so every break has its connectors.
	const cols = model.flow.columnsMm;
	const n = model.flow.actors.length;
	const shade = { fill: 'E7E6E6', type: d.ShadingType.CLEAR, color: 'auto' };
	const headCell = (text: string, extra: Record<string, unknown> = {}) =>
		cell([label(text, TABLE_PT, 'center')], { verticalAlign: d.VerticalAlignTable.CENTER, shading: shade, ...extra });
	const headRows = () => [
		new d.TableRow({
			tableHeader: true,
			cantSplit: true,
			children: [
				headCell('No', { rowSpan: 2 }),
				headCell('Kegiatan', { rowSpan: 2 }),
				headCell('Pelaksana', { columnSpan: n }),
				headCell('Mutu Baku', { columnSpan: 3 }),
				headCell('Keterangan', { rowSpan: 2 }),
			],
		}),
		new d.TableRow({
			tableHeader: true,
			cantSplit: true,
			children: [
				...model.flow.actors.map((name) =>
					cell([label(name, TYPE.actor, 'center')], { verticalAlign: d.VerticalAlignTable.CENTER, shading: shade, margins: { ...margins, left: mm(0.8), right: mm(0.8) } })
				),
				headCell('Kelengkapan'),
				headCell('Waktu'),
				headCell('Output'),
			],
		}),
	];
	const bodyRow = async (row: ModelFlowRow) => {
		const { chart } = row;
		const name = row.no === null ? 'Penghubung antarhalaman' : `Langkah ${row.no}`;
		const picture = options.rasterize
			? new d.ImageRun({
					type: 'svg',
					data: new TextEncoder().encode(chart.svg),
					transformation: { width: px96(chart.widthMm), height: px96(chart.heightMm) },
					fallback: { type: 'png', data: await options.rasterize(chart.svg, Math.round(chart.widthPx * PNG_SCALE), Math.round(chart.heightPx * PNG_SCALE)) },
					altText: { name, title: `Bagan alir: ${name.toLowerCase()}`, description: `Simbol bagan alir: ${name.toLowerCase()}` },
				})
			: undefined;
		const chartPara = new d.Paragraph({
			children: picture ? [picture] : [],
			// A 1-pt paragraph mark keeps the line no taller than the picture (no gap under it).
			spacing: { before: 0, after: 0 },
			run: { size: 2 },
		});
		return new d.TableRow({
			cantSplit: row.heightMm < MAX_CHART_MM,
			height: { value: mm(row.heightMm), rule: d.HeightRule.ATLEAST },
			children: [
				cell([para({ parts: [{ text: row.no === null ? '' : String(row.no), placeholder: false }] }, TABLE_PT, 'center')]),
				cell(paras(row.activity, TABLE_PT)),
				new d.TableCell({ children: [chartPara], borders, columnSpan: n, margins: { top: 0, bottom: 0, left: 0, right: 0 }, verticalAlign: d.VerticalAlignTable.TOP }),
				cell(paras(row.requirements, TABLE_PT)),
				cell(paras(row.time, TABLE_PT)),
				cell(paras(row.output, TABLE_PT)),
				cell(paras(row.notes, TABLE_PT)),
			],
		});
	};
	const flowTables: (InstanceType<typeof d.Table> | InstanceType<typeof d.Paragraph>)[] = [];
	for (const page of model.flow.pages) {
		const body: InstanceType<typeof d.TableRow>[] = [];
		for (const row of page) body.push(await bodyRow(row));
		flowTables.push(
			new d.Paragraph({ children: [], pageBreakBefore: true, spacing: { before: 0, after: 0 }, run: { size: 2 } }),
			new d.Table({
				layout: d.TableLayoutType.FIXED,
				width: { size: mm(cols.reduce((s, c) => s + c, 0)), type: d.WidthType.DXA },
				columnWidths: cols.map(mm),
				rows: [...headRows(), ...body],
			})
		);
	}

	const headerText = (p: ModelParagraph, align?: 'right') => para(p, 9, align);
	const document = new d.Document({
		title: model.title,
		creator: 'Pedoman Media Sosial Instansi Pemerintah',
		description: 'Templat SOP format SOP-AP (Permenpan RB No. 35 Tahun 2012). Ganti teks bertanda kuning. Diagram alir disusun ulang di Penyusun SOP, bukan di pengolah kata.',
		styles: { default: { document: { run: { font: model.fonts.body, size: size(FONT_PT) } } } },
		sections: [
			{
				properties: {
					page: {
						size: { width: mm(PAGE.heightMm), height: mm(PAGE.widthMm), orientation: d.PageOrientation.LANDSCAPE },
						margin: { top: mm(PAGE.topMm), bottom: mm(PAGE.bottomMm), left: mm(PAGE.marginMm), right: mm(PAGE.marginMm), header: mm(8), footer: mm(8) },
					},
				},
				headers: {
					default: new d.Header({
						children: [
							new d.Table({
								layout: d.TableLayoutType.FIXED,
								width: { size: mm(USABLE_MM), type: d.WidthType.DXA },
								columnWidths: [mm(USABLE_MM * 0.65), mm(USABLE_MM * 0.35)],
								borders: d.TableBorders.NONE,
								rows: [
									new d.TableRow({
										children: [
											new d.TableCell({ children: [headerText(model.header.title)], borders: d.TableBorders.NONE as never }),
											new d.TableCell({ children: [headerText(model.header.number, 'right')], borders: d.TableBorders.NONE as never }),
										],
									}),
								],
							}),
						],
					}),
				},
				footers: {
					default: new d.Footer({
						children: [
							new d.Paragraph({
								tabStops: [{ type: d.TabStopType.RIGHT, position: mm(USABLE_MM) }],
								children: [
									new d.TextRun({ text: model.footer.note, italics: true, size: size(7) }),
									new d.TextRun({ size: size(9), children: ['\t', model.footer.before, d.PageNumber.CURRENT, model.footer.between, d.PageNumber.TOTAL_PAGES] }),
								],
							}),
						],
					}),
				},
				children: [
					identity,
					...flowTables,
				],
			},
		],
	});
	return normalizePackage(new Uint8Array(await d.Packer.toArrayBuffer(document)));
}
