/**
 * Reads the PDFs Chromium prints with a real PDF library (pdf.js), so tests see what a PDF
 * reader shows: the page count, the outline (bookmarks) and the text of each page.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One bookmark of the outline, with its children. */
export interface OutlineEntry {
	title: string;
	items: OutlineEntry[];
}

/** What a reader of the PDF sees. */
export interface PdfSummary {
	pages: number;
	/** The outline as a tree. */
	outline: OutlineEntry[];
	/** Every bookmark title, depth first. */
	outlineTitles: string[];
	/** Text of each page (items joined with spaces); empty when not asked for. */
	pageTexts: string[];
}

/**
 * Opens a PDF and reads its page count, outline and (unless `text` is false) page texts.
 */
export async function readPdf(pdf: Buffer | Uint8Array, { text = true } = {}): Promise<PdfSummary> {
	const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
	const doc = await task.promise;
	try {
		const tree = (items: { title: string; items: unknown[] }[] | null): OutlineEntry[] =>
			(items ?? []).map((it) => ({ title: it.title, items: tree(it.items as never) }));
		const outline = tree((await doc.getOutline()) as never);
		const outlineTitles: string[] = [];
		const walk = (items: OutlineEntry[]) => items.forEach((it) => (outlineTitles.push(it.title), walk(it.items)));
		walk(outline);
		const pageTexts: string[] = [];
		for (let i = 1; text && i <= doc.numPages; i++) {
			const content = await (await doc.getPage(i)).getTextContent();
			pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
		}
		return { pages: doc.numPages, outline, outlineTitles, pageTexts };
	} finally {
		await task.destroy();
	}
}
