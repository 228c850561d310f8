import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Makes a Word file's bytes depend only on its content. The `docx` library stamps the time of
 * writing into docProps/core.xml (dcterms:created / dcterms:modified) and into every ZIP entry,
 * and numbers drawings (`wp:docPr id`) with a counter that runs on across documents in one
 * process. This sets the times to the given date and numbers drawings from 1 in each file, so a
 * rebuild of unchanged SOPs gives identical files, and a deployment does not make every
 * returning reader download all of them again.
 *
 * @param bytes a DOCX (ZIP) package
 * @param date the date to record, `YYYY-MM-DD` (e.g. the SOP's own date); otherwise 1980-01-01,
 *   the earliest date a ZIP entry can hold
 */
export function reproducibleDocx(bytes: Uint8Array, date: string): Uint8Array {
	const day = /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) && !Number.isNaN(Date.parse(date.trim())) ? date.trim() : '1980-01-01';
	const stamp = `${day}T00:00:00Z`;
	const mtime = new Date(`${day}T00:00:00`);
	const files = unzipSync(bytes);
	const core = files['docProps/core.xml'];
	if (core) {
		files['docProps/core.xml'] = strToU8(
			strFromU8(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`),
		);
	}
	const body = files['word/document.xml'];
	if (body) {
		let id = 0;
		files['word/document.xml'] = strToU8(strFromU8(body).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++id}"`));
	}
	// Entry order as written by the library; a fixed time on every entry.
	return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), { level: 6 });
}
