/**
 * Posts read from a CSV export: the Meta Business Suite / Instagram post export (English or
 * Indonesian headers) or the site's own template. Each column is matched by name through a
 * list of known headers; every value that cannot be read is reported with its line, column
 * and header, in Indonesian.
 */
import { parseCsv, type CsvTable } from '../csv/csv.ts';
import { dayFromParts, type DayNumber } from '../calendar/dates.ts';

/** The fields the report uses. */
export type PostField =
	| 'date'
	| 'platform'
	| 'pillar'
	| 'type'
	| 'description'
	| 'link'
	| 'reach'
	| 'impressions'
	| 'likes'
	| 'comments'
	| 'shares'
	| 'saves'
	| 'follows';

/**
 * Header names recognised per field, compared after folding case, accents, "_" and "-".
 * Earlier names win when a file has several (e.g. "Impressions" before "Views").
 */
export const COLUMN_ALIASES: Record<PostField, readonly string[]> = {
	date: ['tanggal', 'publish time', 'waktu publikasi', 'waktu penerbitan', 'waktu dipublikasikan', 'tanggal publikasi', 'date', 'created time'],
	platform: ['platform'],
	pillar: ['pilar', 'pilar konten', 'content pillar', 'pillar'],
	type: ['post type', 'jenis postingan', 'jenis kiriman', 'jenis konten', 'jenis', 'type', 'tipe'],
	description: ['judul', 'description', 'deskripsi', 'caption', 'keterangan', 'title'],
	link: ['permalink', 'tautan permanen', 'tautan', 'link', 'url'],
	reach: ['jangkauan', 'reach', 'post reach', 'jangkauan postingan'],
	impressions: ['impresi', 'impressions', 'tayangan', 'views', 'dilihat'],
	likes: ['suka', 'likes', 'reactions', 'reaksi', 'tanda suka', 'menyukai'],
	comments: ['komentar', 'comments'],
	shares: ['bagikan', 'shares', 'dibagikan', 'berbagi', 'pembagian'],
	saves: ['simpan', 'saves', 'disimpan', 'penyimpanan'],
	follows: ['pengikut baru', 'follows', 'mengikuti', 'ikuti'],
};

/** Interaction columns, summed into "interaksi". */
export const INTERACTION_FIELDS = ['likes', 'comments', 'shares', 'saves'] as const;

/** Indonesian names of the fields, for messages and tables. */
export const FIELD_LABEL: Record<PostField, string> = {
	date: 'tanggal',
	platform: 'platform',
	pillar: 'pilar',
	type: 'jenis unggahan',
	description: 'judul/keterangan',
	link: 'tautan',
	reach: 'jangkauan',
	impressions: 'impresi/tayangan',
	likes: 'suka',
	comments: 'komentar',
	shares: 'bagikan',
	saves: 'simpan',
	follows: 'pengikut baru',
};

/** One post. Metrics absent from the file are `undefined`; empty cells count as 0. */
export interface Post {
	/** Line in the file where the row starts. */
	line: number;
	day: DayNumber;
	platform: string;
	pillar: string;
	type: string;
	description: string;
	link: string;
	reach: number;
	impressions?: number;
	likes?: number;
	comments?: number;
	shares?: number;
	saves?: number;
	follows?: number;
}

/** Result of {@link readPosts}. */
export type PostsResult =
	| { ok: true; posts: Post[]; columns: Partial<Record<PostField, string>>; dateOrder: 'iso' | 'dmy' | 'mdy' }
	| { ok: false; message: string; line?: number; column?: number };

/** Folds a header for comparison: lowercase, no accents, "_"/"-" as spaces, single spaces. */
export function foldHeader(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[_-]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Finds the column of each field in a header row.
 * @param header header cells
 * @returns field → column index (0-based)
 */
export function mapColumns(header: readonly string[]): Partial<Record<PostField, number>> {
	const folded = header.map(foldHeader);
	const map: Partial<Record<PostField, number>> = {};
	for (const [field, aliases] of Object.entries(COLUMN_ALIASES) as [PostField, readonly string[]][]) {
		for (const alias of aliases) {
			const i = folded.indexOf(alias);
			if (i >= 0 && !Object.values(map).includes(i)) {
				map[field] = i;
				break;
			}
		}
	}
	return map;
}

/**
 * Reads a count: "1234", "1.234", "1,234" (thousands), "1 234"; an empty cell is 0.
 * @param text the cell
 * @returns the number, or `undefined` when it is not a whole non-negative number
 */
export function parseCount(text: string): number | undefined {
	const t = text.replace(/[\s\u00a0]/g, '');
	if (t === '' || t === '-') return 0;
	if (/^\d+$/.test(t)) return Number(t);
	if (/^\d{1,3}(\.\d{3})+$/.test(t) || /^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/[.,]/g, ''));
	// Spreadsheets sometimes write counts as "12.0" or "12,0".
	if (/^\d+[.,]0+$/.test(t)) return Number(t.split(/[.,]/)[0]);
	return undefined;
}

const DATE_PATTERNS = {
	iso: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/,
	slashed: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,].*)?$/,
};

/**
 * Decides how slashed dates in a file are ordered: day first when some first part exceeds 12,
 * month first when some second part does; otherwise month first for English headers (Meta's
 * English export writes 11/16/2026) and day first for Indonesian ones.
 * @param cells the date cells
 * @param englishHeader whether the date column header is English ("Publish time", "Date")
 */
export function dateOrder(cells: readonly string[], englishHeader: boolean): 'dmy' | 'mdy' | 'conflict' {
	let dayFirst = false;
	let monthFirst = false;
	for (const c of cells) {
		const m = DATE_PATTERNS.slashed.exec(c.trim());
		if (!m) continue;
		if (Number(m[1]) > 12) dayFirst = true;
		if (Number(m[2]) > 12) monthFirst = true;
	}
	if (dayFirst && monthFirst) return 'conflict';
	if (dayFirst) return 'dmy';
	if (monthFirst) return 'mdy';
	return englishHeader ? 'mdy' : 'dmy';
}

/**
 * Reads a date cell ("2026-11-16", "2026-11-16 09:30", "16/11/2026 09.30", "11/16/2026 9:30 AM").
 * @param text the cell
 * @param order order of slashed dates in this file
 */
export function parsePostDate(text: string, order: 'dmy' | 'mdy'): DayNumber | undefined {
	const t = text.trim();
	const iso = DATE_PATTERNS.iso.exec(t);
	if (iso) return dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const s = DATE_PATTERNS.slashed.exec(t);
	if (!s) return undefined;
	const [a, b, year] = [Number(s[1]), Number(s[2]), Number(s[3])];
	return order === 'dmy' ? dayFromParts(year, b, a) : dayFromParts(year, a, b);
}

/** Largest file accepted (characters), so a wrong file cannot freeze the page. */
export const MAX_CSV_CHARS = 2_000_000;
/** Most posts accepted. */
export const MAX_POSTS = 5000;

/**
 * Parses CSV text into posts.
 * @param text the CSV file content
 */
export function readPosts(text: string): PostsResult {
	if (text.length > MAX_CSV_CHARS) return { ok: false, message: 'Berkas terlalu besar (lebih dari 2 juta karakter). Ekspor data satu atau dua minggu saja.' };
	const parsed = parseCsv(text);
	if (!parsed.ok) {
		const { line, column, message } = parsed.error;
		return { ok: false, line, column, message: `Baris ${line}, kolom ${column}: ${message}` };
	}
	return readTable(parsed.table);
}

/**
 * Reads posts from a parsed table (see {@link readPosts}).
 * @param table parsed CSV
 */
export function readTable(table: CsvTable): PostsResult {
	const map = mapColumns(table.header);
	const names = (field: PostField) => COLUMN_ALIASES[field].map((a) => `"${a}"`).join(', ');
	if (map.date === undefined) return { ok: false, line: 1, message: `Baris 1 (judul kolom): kolom tanggal tidak ditemukan. Nama yang dikenali: ${names('date')}.` };
	if (map.reach === undefined) return { ok: false, line: 1, message: `Baris 1 (judul kolom): kolom jangkauan tidak ditemukan. Nama yang dikenali: ${names('reach')}.` };
	if (!INTERACTION_FIELDS.some((f) => map[f] !== undefined))
		return { ok: false, line: 1, message: `Baris 1 (judul kolom): tidak ada kolom interaksi (suka, komentar, bagikan atau simpan). Nama yang dikenali antara lain: ${names('likes')}.` };
	if (table.rows.length === 0) return { ok: false, line: 2, message: 'Berkas hanya berisi baris judul, belum ada data unggahan.' };
	if (table.rows.length > MAX_POSTS) return { ok: false, message: `Berkas berisi ${table.rows.length} unggahan; paling banyak ${MAX_POSTS}. Ekspor data satu atau dua minggu saja.` };

	const where = (line: number, field: PostField) => `Baris ${line}, kolom ${map[field]! + 1} (${table.header[map[field]!]})`;
	const dateCells = table.rows.map((r) => r.cells[map.date!]!);
	const order = dateOrder(dateCells, /^(publish time|date|created time)$/.test(foldHeader(table.header[map.date]!)));
	if (order === 'conflict') return { ok: false, line: 1, column: map.date + 1, message: `Kolom ${map.date + 1} (${table.header[map.date]}): tanggal ditulis dengan urutan campuran (hari/bulan dan bulan/hari). Samakan formatnya, sebaiknya 2026-11-16.` };

	const posts: Post[] = [];
	for (const row of table.rows) {
		const cell = (f: PostField) => (map[f] === undefined ? '' : row.cells[map[f]!]!.trim());
		const day = parsePostDate(cell('date'), order);
		if (day === undefined)
			return { ok: false, line: row.line, column: map.date + 1, message: `${where(row.line, 'date')}: tanggal "${cell('date')}" tidak dikenali. Tulis seperti 2026-11-16 atau 16/11/2026.` };
		const post: Post = {
			line: row.line,
			day,
			platform: cell('platform'),
			pillar: cell('pillar'),
			type: cell('type'),
			description: cell('description'),
			link: cell('link'),
			reach: 0,
		};
		for (const f of ['reach', 'impressions', 'likes', 'comments', 'shares', 'saves', 'follows'] as const) {
			if (map[f] === undefined) continue;
			const value = parseCount(cell(f));
			if (value === undefined)
				return { ok: false, line: row.line, column: map[f]! + 1, message: `${where(row.line, f)}: "${cell(f)}" bukan bilangan bulat. Isi ${FIELD_LABEL[f]} dengan angka, misalnya 1250.` };
			post[f] = value;
		}
		posts.push(post);
	}
	const columns: Partial<Record<PostField, string>> = {};
	for (const [f, i] of Object.entries(map) as [PostField, number][]) columns[f] = table.header[i]!;
	return { ok: true, posts, columns, dateOrder: order };
}
