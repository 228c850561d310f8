/**
 * Text length limits of the platforms a reply is written for, and the character count shown
 * next to the filler. The count is the number of Unicode code points after NFC normalisation.
 * X itself weighs characters (an emoji or a link counts differently; docs.x.com "Counting
 * characters"), so the count is a close guide, not X's own figure: keep a small margin.
 */

/** One place a text can be posted, with its length limit. */
export interface PlatformLimit {
	/** Stable key, used in the form and in storage. */
	id: string;
	/** Name shown to the reader. */
	label: string;
	/** Maximum length in characters, or null when the target has no practical limit. */
	limit: number | null;
	/** True when the figure is a widely quoted approximation rather than a documented limit. */
	approximate: boolean;
	/** Whether the short (X) variant of a template is the one meant for this target. */
	short: boolean;
	/** Where the figure comes from, in Indonesian. */
	source: string;
	/** Address of the source, when there is one worth following. */
	url?: string;
}

/** Targets offered in the filler, in menu order. The first is the default. */
export const PLATFORM_LIMITS: readonly PlatformLimit[] = [
	{ id: 'umum', label: 'Umum (tanpa batas)', limit: null, approximate: false, short: false, source: 'Tidak ada batas; untuk surat, email atau dokumen.' },
	{
		id: 'x',
		label: 'X (Twitter): unggahan/balasan',
		limit: 280,
		approximate: false,
		short: true,
		source: 'Dokumentasi X "Counting characters": 280 karakter berbobot; emoji dihitung 2, tautan 23.',
		url: 'https://docs.x.com/fundamentals/counting-characters',
	},
	{
		id: 'instagram-caption',
		label: 'Instagram: caption',
		limit: 2200,
		approximate: false,
		short: false,
		source: 'Batas caption 2.200 karakter, tercantum konsisten dalam dokumentasi alat penjadwalan yang memakai API Instagram.',
	},
	{
		id: 'instagram-komentar',
		label: 'Instagram: komentar',
		limit: 2200,
		approximate: true,
		short: false,
		source: 'Perkiraan: sekitar batas caption. Untuk balasan komentar, tetap tulis sesingkat mungkin.',
	},
	{
		id: 'facebook-unggahan',
		label: 'Facebook: unggahan',
		limit: 63206,
		approximate: true,
		short: false,
		source: 'Perkiraan: angka 63.206 banyak dikutip dokumentasi alat penjadwalan; Meta tidak menerbitkannya sebagai aturan resmi.',
	},
	{
		id: 'facebook-komentar',
		label: 'Facebook: komentar',
		limit: 8000,
		approximate: true,
		short: false,
		source: 'Perkiraan: sekitar 8.000 karakter menurut pengujian pengguna; bukan angka resmi Meta.',
	},
	{
		id: 'whatsapp',
		label: 'WhatsApp: pesan atau Saluran',
		limit: 65536,
		approximate: true,
		short: false,
		source: 'Perkiraan: sekitar 65.000 karakter per pesan menurut pengujian pengguna; bukan angka resmi WhatsApp.',
	},
];

/**
 * Looks up a platform by id.
 * @param id platform id, e.g. "x"
 * @returns the platform, or the first (general) one when the id is unknown
 */
export function platformById(id: string | null | undefined): PlatformLimit {
	return PLATFORM_LIMITS.find((p) => p.id === id) ?? PLATFORM_LIMITS[0]!;
}

/**
 * Counts characters the way this site states it: Unicode code points after NFC normalisation
 * ("é" typed as e + accent counts once; an emoji made of several code points counts several).
 * @param text any text
 */
export function countCharacters(text: string): number {
	let n = 0;
	for (const _ of text.normalize('NFC')) n++;
	return n;
}

const number = new Intl.NumberFormat('id-ID');

/** The result of checking a text against a platform's limit. */
export interface LengthCheck {
	/** Characters in the text (code points). */
	count: number;
	/** The platform's limit, or null. */
	limit: number | null;
	/** Whether the text is longer than the limit. */
	over: boolean;
	/** One Indonesian sentence for the reader, e.g. "123 dari 280 karakter, sisa 157." */
	message: string;
}

/**
 * Checks a text against a platform's limit and phrases the result for the reader.
 * @param text the filled text
 * @param platform the chosen platform
 */
export function checkLength(text: string, platform: PlatformLimit): LengthCheck {
	const count = countCharacters(text);
	const { limit } = platform;
	if (limit === null) return { count, limit, over: false, message: `${number.format(count)} karakter.` };
	const about = platform.approximate ? 'sekitar ' : '';
	const over = count > limit;
	const message = over
		? `${number.format(count)} dari ${about}${number.format(limit)} karakter: lebih ${number.format(count - limit)} karakter. Persingkat teks sebelum mengunggah.`
		: `${number.format(count)} dari ${about}${number.format(limit)} karakter, sisa ${number.format(limit - count)}.`;
	return { count, limit, over, message };
}
