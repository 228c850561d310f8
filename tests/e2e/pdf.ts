/**
 * Small readers for the PDFs Chromium prints (uncompressed object headers): page count and
 * the document outline (bookmarks), which Chromium builds from the headings it laid out.
 */

/** Number of pages in a PDF. */
export function pdfPageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Titles in the PDF outline, decoded from literal `(…)` or UTF-16 hex `<FEFF…>` strings. */
export function pdfOutlineTitles(pdf: Buffer): string[] {
	const text = pdf.toString('latin1');
	const titles: string[] = [];
	for (const m of text.matchAll(/\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) {
		const raw = m[1]!;
		if (raw.startsWith('<')) {
			const hex = raw.slice(1, -1).replace(/\s/g, '');
			const bytes = Buffer.from(hex, 'hex');
			titles.push(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1'));
		} else {
			const body = raw.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
				/^[0-7]+$/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c
			);
			const bytes = Buffer.from(body, 'latin1');
			titles.push(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : body);
		}
	}
	return titles;
}
