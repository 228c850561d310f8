/**
 * Offering and reading files in the browser, without any request leaving the page.
 */

/**
 * Offers data as a file download ("Unduh").
 * @param name file name, e.g. "kalender-konten.ics"
 * @param data file content
 * @param type MIME type (with charset for text)
 */
export function download(name: string, data: string | Blob | Uint8Array, type = 'application/octet-stream'): void {
	const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once cancels the download in some browsers; a minute is plenty.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
