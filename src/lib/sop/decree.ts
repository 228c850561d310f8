/**
 * The documents that come with a kit of SOPs: a draft decree of the head of the agency
 * (Keputusan Kepala) adopting the SOPs, in the usual shape of a Keputusan Kepala Perangkat
 * Daerah (judul, menimbang, mengingat, memutuskan, menetapkan, diktum, penandatanganan,
 * lampiran), and a one-page index of the SOPs. Everything the agency must still decide is a
 * highlighted placeholder in square brackets; no regulation is cited that the SOPs do not
 * already cite.
 *
 * As with the SOPs: `decreeModel` / `indexModel` (pure, tested) and `renderTextDocx` (DOCX
 * bytes, loads the `docx` library on demand).
 */
import { formatDocDate, splitPlaceholders, type TextPart } from './model.ts';
import type { KitItem, KitSettings } from './kit.ts';
import { orPlaceholder } from './kit.ts';

/** One block of a text document. */
export type TextBlock =
	| { kind: 'heading'; parts: TextPart[] }
	| { kind: 'para'; parts: TextPart[]; bold?: boolean; align?: 'center' | 'justify' }
	/** A labelled block such as "Menimbang" with lettered or numbered items. */
	| { kind: 'clause'; label: string; items: TextPart[][]; marker: 'letter' | 'number' | 'none' }
	| { kind: 'signature'; lines: TextPart[][]; spaceMm: number }
	| { kind: 'table'; head: string[]; rows: TextPart[][][]; widths: number[] }
	| { kind: 'pageBreak' };

/** A text document: title for the file's properties, blocks in order. */
export interface TextDocument {
	title: string;
	/** Portrait A4 (decree) or landscape (never used yet). */
	blocks: TextBlock[];
}

const t = (text: string): TextPart[] => splitPlaceholders(text);
const upper = (text: string) => text.toUpperCase();

/** Title of the decree's subject, e.g. "STANDAR OPERASIONAL PROSEDUR PENGELOLAAN MEDIA SOSIAL". */
export const DECREE_SUBJECT = 'Standar Operasional Prosedur Pengelolaan Media Sosial';

/**
 * The draft decree adopting the kit's SOPs.
 * @param kit the agency's identity
 * @param items the filled SOPs, in kit order (their legal bases become "Mengingat")
 */
export function decreeModel(kit: KitSettings, items: readonly KitItem[]): TextDocument {
	const position = orPlaceholder(kit.approver.position, '[JABATAN KEPALA PERANGKAT DAERAH]');
	const unit = orPlaceholder(kit.unit, '[NAMA PERANGKAT DAERAH]');
	const region = orPlaceholder(kit.region, '[NAMA DAERAH]');
	const year = /^\d{4}/.exec(kit.effective)?.[0] ?? '[TAHUN]';
	const title = `Keputusan ${position} Nomor [NOMOR] Tahun ${year} tentang ${DECREE_SUBJECT} di Lingkungan ${unit}`;
	// Mengingat: the SOPs' own legal bases, each once, without the agency's "own rules" placeholder.
	// A circular (surat edaran) is not a regulation a decree rests on; the rest in order of rank.
	const legal = [...new Set(items.flatMap((i) => i.doc.legalBasis.map((l) => l.trim())).filter((l) => l && !l.startsWith('[') && !/^Surat Edaran/.test(l)))].sort(
		compareLegal
	);
	const list = items.map((i) => `SOP ${i.doc.title} (Nomor ${i.doc.number})`);
	return {
		title,
		blocks: [
			{ kind: 'heading', parts: t(upper(`Keputusan ${position}`)) },
			{ kind: 'heading', parts: t(upper(region)) },
			{ kind: 'para', parts: t(`NOMOR [NOMOR] TAHUN ${year}`), align: 'center' },
			{ kind: 'para', parts: t('TENTANG'), align: 'center' },
			{ kind: 'heading', parts: t(upper(`${DECREE_SUBJECT} di Lingkungan ${unit}`)) },
			{ kind: 'para', parts: t(`${upper(position)},`), align: 'center', bold: true },
			{
				kind: 'clause',
				label: 'Menimbang',
				marker: 'letter',
				items: [
					t(`bahwa untuk menjamin pengelolaan media sosial ${unit} yang tertib, cepat, akurat dan dapat dipertanggungjawabkan, diperlukan standar operasional prosedur sebagai pedoman bagi pelaksana;`),
					t(`bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan ${position} tentang ${DECREE_SUBJECT} di Lingkungan ${unit};`),
				],
			},
			{ kind: 'clause', label: 'Mengingat', marker: 'number', items: [...legal.map((l) => t(`${l};`)), t('[PERATURAN DAERAH TENTANG PEMBENTUKAN DAN SUSUNAN PERANGKAT DAERAH];')] },
			{ kind: 'para', parts: t('MEMUTUSKAN:'), align: 'center', bold: true },
			{ kind: 'clause', label: 'Menetapkan', marker: 'none', items: [t(upper(`Keputusan ${position} tentang ${DECREE_SUBJECT} di Lingkungan ${unit}.`))] },
			{
				kind: 'clause',
				label: 'KESATU',
				marker: 'none',
				items: [t(`Menetapkan ${items.length} (${spellCount(items.length)}) ${DECREE_SUBJECT} di Lingkungan ${unit} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`)],
			},
			{
				kind: 'clause',
				label: 'KEDUA',
				marker: 'none',
				items: [t(`Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum KESATU menjadi pedoman bagi pelaksana pengelolaan media sosial di lingkungan ${unit}.`)],
			},
			{ kind: 'clause', label: 'KETIGA', marker: 'none', items: [t('Standar Operasional Prosedur dievaluasi paling sedikit [SATU KALI SETAHUN] dan diubah bila proses kerjanya berubah.')] },
			{ kind: 'clause', label: 'KEEMPAT', marker: 'none', items: [t('Keputusan ini mulai berlaku pada tanggal ditetapkan.')] },
			{
				kind: 'signature',
				spaceMm: 24,
				lines: [
					t(`Ditetapkan di [TEMPAT]`),
					t(`pada tanggal ${/^\d{4}-\d{2}-\d{2}$/.test(kit.effective) ? formatDocDate(kit.effective) : '[TANGGAL]'}`),
					t(`${upper(position)},`),
					t(orPlaceholder(kit.approver.name, '[NAMA PEJABAT]')),
					t(`NIP ${orPlaceholder(kit.approver.nip, '[NIP]')}`),
				],
			},
			{ kind: 'pageBreak' },
			{ kind: 'para', parts: t(`LAMPIRAN KEPUTUSAN ${upper(position)} NOMOR [NOMOR] TAHUN ${year} TENTANG ${upper(DECREE_SUBJECT)} DI LINGKUNGAN ${upper(unit)}`), bold: true },
			{ kind: 'heading', parts: t('DAFTAR STANDAR OPERASIONAL PROSEDUR') },
			{
				kind: 'table',
				head: ['No', 'Nomor SOP', 'Nama SOP'],
				widths: [12, 55, 103],
				rows: items.map((item, i) => [t(String(i + 1)), t(item.doc.number), t(item.doc.title)]),
			},
			{ kind: 'para', parts: t(`Lampiran ini memuat ${list.length} SOP; naskah lengkap setiap SOP dilampirkan sesuai urutan nomor.`) },
		],
	};
}

/**
 * Order of "Mengingat": by rank (laws first), then by year and number, oldest first, as
 * Indonesian decrees list them (the same order `legal.ts` keeps for Dasar Hukum).
 */
export function compareLegal(a: string, b: string): number {
	const key = (line: string) => {
		const m = /Nomor\s+(\d+)\s+Tahun\s+(\d{4})/.exec(line);
		return [legalRank(line), m ? Number(m[2]) : 9999, m ? Number(m[1]) : 9999] as const;
	};
	const [ka, kb] = [key(a), key(b)];
	return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
}

/** Rank of a regulation in the hierarchy, for the order of "Mengingat" (laws first). */
export function legalRank(line: string): number {
	const order = ['Undang-Undang', 'Peraturan Pemerintah', 'Peraturan Presiden', 'Instruksi Presiden', 'Peraturan Menteri'];
	const i = order.findIndex((prefix) => line.startsWith(prefix));
	return i < 0 ? order.length : i;
}

/** A number up to 40 in Indonesian words, as decrees write counts ("12 (dua belas)"). */
export function spellCount(n: number): string {
	const ones = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
	if (n < 12) return ones[n]!;
	if (n < 20) return `${ones[n - 10]} belas`;
	if (n < 100) return `${ones[Math.floor(n / 10)]} puluh${n % 10 ? ` ${ones[n % 10]}` : ''}`;
	return String(n);
}

/** The one-page index of the kit: agency, then every SOP with its number and file. */
export function indexModel(kit: KitSettings, items: readonly KitItem[], fileNames: readonly string[]): TextDocument {
	return {
		title: `Daftar SOP ${orPlaceholder(kit.unit, '[NAMA UNIT KERJA]')}`,
		blocks: [
			{ kind: 'heading', parts: t('DAFTAR STANDAR OPERASIONAL PROSEDUR PENGELOLAAN MEDIA SOSIAL') },
			{ kind: 'para', parts: t(orPlaceholder(kit.agency, '[NAMA INSTANSI]')), align: 'center', bold: true },
			{ kind: 'para', parts: t(orPlaceholder(kit.unit, '[NAMA UNIT KERJA]')), align: 'center' },
			...(kit.address.trim() ? [{ kind: 'para' as const, parts: t(kit.address.trim()), align: 'center' as const }] : []),
			{ kind: 'para', parts: t(`Tanggal efektif: ${/^\d{4}-\d{2}-\d{2}$/.test(kit.effective) ? formatDocDate(kit.effective) : '[TANGGAL]'}`) },
			{
				kind: 'table',
				head: ['No', 'Nomor SOP', 'Nama SOP', 'Berkas'],
				widths: [10, 45, 70, 55],
				rows: items.map((item, i) => [t(String(i + 1)), t(item.doc.number), t(item.doc.title), [{ text: fileNames[i] ?? '', placeholder: false }]]),
			},
			{ kind: 'para', parts: t('Berkas keputusan pengesahan: 00-Keputusan-Kepala-pengesahan-SOP.docx (rancangan; lengkapi isian bertanda kuning).') },
		],
	};
}

/**
 * Writes a text document as DOCX: A4 portrait, Arial 11 pt (Bookman Old Style for headings),
 * placeholders highlighted yellow. Same input, same bytes.
 */
export async function renderTextDocx(model: TextDocument): Promise<Uint8Array> {
	const d = await import('docx');
	const { normalizePackage } = await import('./docx.ts');
	const mm = (v: number) => Math.round(v * 56.6929);
	const runs = (parts: TextPart[], bold = false) => parts.map((p) => new d.TextRun({ text: p.text, bold, ...(p.placeholder ? { highlight: 'yellow' as const } : {}) }));
	const border = { style: d.BorderStyle.SINGLE, size: 6, color: '000000' };
	const borders = { top: border, bottom: border, left: border, right: border };
	const children: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [];
	const letter = (i: number) => `${String.fromCharCode(97 + i)}.`;
	for (const block of model.blocks) {
		if (block.kind === 'heading') children.push(new d.Paragraph({ children: runs(block.parts, true), alignment: d.AlignmentType.CENTER, spacing: { after: mm(2) } }));
		else if (block.kind === 'para')
			children.push(
				new d.Paragraph({
					children: runs(block.parts, block.bold),
					alignment: block.align === 'center' ? d.AlignmentType.CENTER : d.AlignmentType.JUSTIFIED,
					spacing: { before: mm(2), after: mm(2) },
				})
			);
		else if (block.kind === 'clause') {
			// Label column, colon, then the items with their markers: the usual layout of a decree.
			block.items.forEach((item, i) => {
				const marker = block.marker === 'letter' ? `${letter(i)}\t` : block.marker === 'number' ? `${i + 1}.\t` : '';
				children.push(
					new d.Paragraph({
						children: [new d.TextRun({ text: i === 0 ? `${block.label}\t:\t` : '\t\t' }), new d.TextRun({ text: marker }), ...runs(item)],
						tabStops: [
							{ type: d.TabStopType.LEFT, position: mm(30) },
							{ type: d.TabStopType.LEFT, position: mm(34) },
							{ type: d.TabStopType.LEFT, position: mm(41) },
						],
						indent: { left: mm(block.marker === 'none' ? 34 : 41), hanging: mm(block.marker === 'none' ? 34 : 41) },
						alignment: d.AlignmentType.JUSTIFIED,
						spacing: { after: mm(1.5) },
					})
				);
			});
		} else if (block.kind === 'signature') {
			block.lines.forEach((line, i) =>
				children.push(
					new d.Paragraph({
						children: runs(line, i >= 2 && i <= 3),
						indent: { left: mm(95) },
						spacing: { before: i === 0 ? mm(6) : 0, after: i === 2 ? mm(block.spaceMm) : 0 },
					})
				)
			);
		} else if (block.kind === 'pageBreak') children.push(new d.Paragraph({ children: [], pageBreakBefore: true }));
		else {
			const cell = (parts: TextPart[], width: number, head = false) =>
				new d.TableCell({
					children: [new d.Paragraph({ children: runs(parts, head) })],
					borders,
					width: { size: mm(width), type: d.WidthType.DXA },
					margins: { top: mm(0.8), bottom: mm(0.8), left: mm(1.5), right: mm(1.5) },
					...(head ? { shading: { fill: 'E7E6E6', type: d.ShadingType.CLEAR, color: 'auto' } } : {}),
				});
			children.push(
				new d.Table({
					layout: d.TableLayoutType.FIXED,
					width: { size: mm(block.widths.reduce((s, w) => s + w, 0)), type: d.WidthType.DXA },
					columnWidths: block.widths.map(mm),
					rows: [
						new d.TableRow({ tableHeader: true, children: block.head.map((h, i) => cell([{ text: h, placeholder: false }], block.widths[i]!, true)) }),
						...block.rows.map((row) => new d.TableRow({ cantSplit: true, children: row.map((parts, i) => cell(parts, block.widths[i]!)) })),
					],
				})
			);
		}
	}
	const document = new d.Document({
		title: model.title,
		creator: 'Pedoman Media Sosial Instansi Pemerintah',
		description: 'Rancangan. Ganti teks bertanda kuning sebelum diajukan.',
		styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
		sections: [
			{
				properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(25), right: mm(15) } } },
				footers: {
					default: new d.Footer({
						children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ size: 18, children: ['Halaman ', d.PageNumber.CURRENT, ' dari ', d.PageNumber.TOTAL_PAGES] })] })],
					}),
				},
				children,
			},
		],
	});
	return normalizePackage(new Uint8Array(await d.Packer.toArrayBuffer(document)));
}
