/**
 * Checks on the text of a printed SOP (a PDF made from the DOCX by a word processor), used by
 * `npm run check:docx`: page numbers on every page, the approval block and the identity on
 * the first page, matching off-page connectors at every flowchart page break, and no word
 * broken inside a word. Works on plain text lines, so it needs no PDF library itself.
 */

/** Splits text into the words a reader sees (punctuation around words dropped, lowercase). */
export function words(text: string): string[] {
	return text
		.split(/[\s/\-–—]+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}\[]+|[^\p{L}\p{N}\]]+$/gu, '').toLowerCase())
		.filter((w) => /\p{L}/u.test(w));
}

/**
 * Words on the printed pages that are not words of the source: a word broken inside ("pemantaua"
 * + "n") shows up as two such fragments.
 * @param pages text lines of each page
 * @param source every text that went into the document
 */
export function brokenWords(pages: readonly string[][], source: readonly string[]): string[] {
	const known = new Set(source.flatMap(words));
	const odd = new Set<string>();
	for (const line of pages.flat()) for (const w of words(line)) if (!known.has(w)) odd.add(w);
	return [...odd];
}

/** Labels of a connector line ("… (penghubung A, B)" → ["A", "B"]), or null. */
function connectorLabels(text: string, kind: 'Bersambung' | 'Sambungan'): string[] | null {
	const m = new RegExp(`${kind}[^()]*\\(penghubung ([A-Z, ]+)\\)`).exec(text);
	return m ? m[1]!.split(/,\s*/) : null;
}

/**
 * Problems in a printed SOP, in Indonesian.
 * @param pages text lines of each page, first page first
 * @param expect what this SOP's printout must show
 */
export function checkPrintedSop(pages: readonly string[][], expect: { nip: string; title: string }): string[] {
	const problems: string[] = [];
	// Lines joined into one run of text per page: a cell's text may wrap anywhere.
	const text = pages.map((lines) => lines.join(' ').replace(/\s+/g, ' '));
	const total = pages.length;
	if (total < 2) problems.push(`hanya ${total} halaman`);
	text.forEach((page, i) => {
		if (!page.includes(`Halaman ${i + 1} dari ${total}`)) problems.push(`halaman ${i + 1}: nomor "Halaman ${i + 1} dari ${total}" tidak ada`);
		if (!page.replace(/\s+/g, ' ').includes(expect.title.replace(/\s+/g, ' ').slice(0, 40))) problems.push(`halaman ${i + 1}: nama SOP tidak ada di kepala halaman`);
		if (!/Nomor:/.test(page)) problems.push(`halaman ${i + 1}: nomor SOP tidak ada di kepala halaman`);
	});
	const first = text[0] ?? '';
	for (const label of ['Disahkan oleh', `NIP ${expect.nip}`, 'Tanggal Efektif', 'Pencatatan dan Pendataan']) if (!first.includes(label)) problems.push(`halaman 1: "${label}" tidak ada (identitas dan blok pengesahan harus di halaman pertama)`);
	if (/tanda tangan dan cap/.test(first)) problems.push('halaman 1: sisa teks "(tanda tangan dan cap)"');
	// Flowchart pages: 2 … total. Every page but the last ends with "Bersambung", the next starts with "Sambungan" and the same labels.
	for (let p = 1; p < total; p++) {
		const out = connectorLabels(text[p]!, 'Bersambung');
		if (p < total - 1) {
			if (!out) problems.push(`halaman ${p + 1}: diagram berlanjut tanpa penghubung antarhalaman`);
			const incoming = connectorLabels(text[p + 1]!, 'Sambungan');
			if (out && (!incoming || incoming.join() !== out.join())) problems.push(`halaman ${p + 2}: penghubung ${out.join(', ')} dari halaman ${p + 1} tidak ada`);
		} else if (out) problems.push(`halaman ${p + 1}: penghubung ke halaman berikutnya, padahal ini halaman terakhir`);
	}
	return problems;
}
