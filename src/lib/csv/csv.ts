/**
 * CSV in both directions (RFC 4180 with the variations spreadsheets produce): a writer for the
 * files this site offers (UTF-8 with BOM so Excel reads accents, semicolon by default because
 * Excel set to Indonesian uses the comma as the decimal mark), and a reader for files readers
 * bring (Meta exports, the site's own template). The reader names the row and column of any
 * fault, in Indonesian, so the reader can fix the file.
 */

/** Byte order mark: tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** Options of {@link toCsv}. */
export interface CsvWriteOptions {
	/** Field separator. Default ";" (Excel in Indonesian locale). */
	separator?: ',' | ';' | '\t';
	/** Whether to start with a UTF-8 byte order mark. Default true. */
	bom?: boolean;
}

/**
 * Neutralises a text cell a spreadsheet would run as a formula (CSV injection): a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, as
 * OWASP's "CSV Injection" guidance recommends, so `=HYPERLINK(…)` typed as a topic stays text.
 * Numbers are not text cells and are never changed.
 */
export function neutraliseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Writes rows as CSV text with CRLF line ends. Text cells that a spreadsheet would run as a
 * formula are neutralised ({@link neutraliseFormula}). Fields holding the separator, a quote,
 * CR or LF, or leading/trailing spaces are quoted; quotes inside are doubled.
 * @param rows header row first, then data rows; numbers are written as plain digits
 * @param options separator and BOM
 */
export function toCsv(rows: readonly (readonly (string | number)[])[], options: CsvWriteOptions = {}): string {
	const { separator = ';', bom = true } = options;
	const quote = (value: string | number) => {
		const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
		return text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return (bom ? BOM : '') + rows.map((row) => row.map(quote).join(separator)).join('\r\n') + '\r\n';
}

/** A parsed CSV table. */
export interface CsvTable {
	/** Separator detected from the header line. */
	separator: string;
	/** Header cells, trimmed. */
	header: string[];
	/** Data rows; each has `line`, the 1-based line number in the file where the row starts. */
	rows: { line: number; cells: string[] }[];
}

/** A fault in a CSV file, placed at a line and column (both 1-based). */
export interface CsvError {
	line: number;
	column: number;
	message: string;
}

/** Result of {@link parseCsv}. */
export type CsvResult = { ok: true; table: CsvTable } | { ok: false; error: CsvError };

/**
 * Picks the separator from the first line: the most frequent of comma, semicolon and tab outside quotes.
 * @param text the whole file
 */
export function detectSeparator(text: string): string {
	const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && ch in counts) counts[ch]!++;
	}
	const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
	return count === 0 ? ',' : best;
}

/** Messages of {@link parseCsv}, pinned by the tests. */
export const CSV_MESSAGES = {
	empty: 'Berkas kosong: tidak ada baris judul kolom.',
	unclosed: 'tanda kutip (") dibuka tetapi tidak pernah ditutup.',
	afterQuote: 'ada teks setelah tanda kutip penutup. Jika isian memuat tanda kutip, tulis dua kali ("").',
	quoteInside: 'tanda kutip (") di tengah isian yang tidak diapit tanda kutip.',
	columns: (got: number, want: number) => `baris ini berisi ${got} kolom, padahal baris judul berisi ${want} kolom.`,
	noRows: 'Berkas hanya berisi baris judul, belum ada data unggahan.',
} as const;

/**
 * Reads CSV text. Accepts a BOM, CRLF/LF/CR line ends, quoted fields with separators, quotes and
 * line breaks inside, and blank lines (skipped). Every data row must have as many cells as the
 * header; extra cells are tolerated only when empty (trailing separators left by spreadsheets).
 * @param text file content
 * @param separator force a separator; detected from the header when absent
 */
export function parseCsv(text: string, separator?: string): CsvResult {
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	if (src.trim() === '') return { ok: false, error: { line: 1, column: 1, message: CSV_MESSAGES.empty } };
	const sep = separator ?? detectSeparator(src);
	const records: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let field = '';
	let line = 1;
	let recordLine = 1;
	let column = 1;
	let i = 0;
	let fieldQuoted = false;
	const fail = (message: string, at = column): CsvResult => ({ ok: false, error: { line, column: at, message } });
	const endRecord = () => {
		cells.push(field);
		if (!(cells.length === 1 && cells[0] === '' && !fieldQuoted)) records.push({ line: recordLine, cells });
		cells = [];
		field = '';
		fieldQuoted = false;
		column = 1;
	};
	while (i < src.length) {
		const ch = src[i]!;
		if (field === '' && ch === '"' && !fieldQuoted) {
			// Quoted field: read up to the closing quote.
			const startLine = line;
			const startColumn = column;
			fieldQuoted = true;
			i++;
			for (;;) {
				if (i >= src.length) {
					line = startLine;
					return fail(CSV_MESSAGES.unclosed, startColumn);
				}
				const c = src[i]!;
				if (c === '"') {
					if (src[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (c === '\r' || c === '\n') {
					if (c === '\r' && src[i + 1] === '\n') i++;
					line++;
					field += '\n';
				} else field += c;
				i++;
			}
			const next = src[i];
			if (next !== undefined && next !== sep && next !== '\r' && next !== '\n') return fail(CSV_MESSAGES.afterQuote);
			continue;
		}
		if (ch === sep) {
			cells.push(field);
			field = '';
			fieldQuoted = false;
			column++;
			i++;
		} else if (ch === '\r' || ch === '\n') {
			endRecord();
			i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
			line++;
			recordLine = line;
		} else {
			if (ch === '"') return fail(CSV_MESSAGES.quoteInside);
			field += ch;
			i++;
		}
	}
	if (field !== '' || cells.length || fieldQuoted) endRecord();
	const [head, ...rows] = records;
	if (!head) return { ok: false, error: { line: 1, column: 1, message: CSV_MESSAGES.empty } };
	const header = head.cells.map((c) => c.trim());
	for (const row of rows) {
		if (row.cells.length > header.length) {
			// Extra cells that are all empty are tolerated (trailing separators from spreadsheets).
			if (row.cells.slice(header.length).some((c) => c.trim() !== ''))
				return { ok: false, error: { line: row.line, column: header.length + 1, message: CSV_MESSAGES.columns(row.cells.length, header.length) } };
			row.cells.length = header.length;
		}
		if (row.cells.length < header.length)
			return { ok: false, error: { line: row.line, column: row.cells.length + 1, message: CSV_MESSAGES.columns(row.cells.length, header.length) } };
	}
	return { ok: true, table: { separator: sep, header, rows } };
}

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM) and UTF-16 with BOM as such; anything
 * that is not valid UTF-8 as Windows-1252, the code page older Excel on Windows saves CSV in,
 * and says so, so "Café" never becomes "Caf\ufffd" silently.
 * @param bytes the file
 */
export function decodeFile(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}
