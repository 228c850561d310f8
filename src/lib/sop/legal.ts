/**
 * The legal bases an SOP may cite, keyed by a short id. SOP files name these ids instead
 * of writing titles by hand, so no SOP can cite a regulation, number or article that the
 * guide's editors have not checked against its source. `checked: false` marks a title whose
 * exact wording the editors could not confirm: pages and documents show it with a
 * reminder to check the official title before signing.
 */
export interface LegalBasis {
	/** Title as written in the "Dasar Hukum" list of an SOP. */
	title: string;
	/** Whether the exact title was confirmed against the regulation or an official summary. */
	checked: boolean;
}

export const LEGAL_BASES = {
	// Declared in the order a Dasar Hukum list prints them: by level (undang-undang, peraturan
	// presiden, instruksi presiden, peraturan menteri, surat edaran, internal), and within a level
	// by year, oldest first. `orderedLegalBases` sorts an SOP's ids by this order.
	'uu-ite': {
		title:
			'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 1 Tahun 2024 tentang Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik',
		checked: true,
	},
	'uu-14-2008': { title: 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik', checked: true },
	'uu-25-2009': { title: 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', checked: true },
	'uu-27-2022': { title: 'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi', checked: true },
	'perpres-76-2013': { title: 'Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik', checked: true },
	'inpres-9-2015': { title: 'Instruksi Presiden Nomor 9 Tahun 2015 tentang Pengelolaan Komunikasi Publik', checked: true },
	'permenpan-29-2011': {
		title:
			'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 29 Tahun 2011 tentang Pedoman Umum Pengelolaan Komunikasi Krisis di Lingkungan Instansi Pemerintah',
		checked: true,
	},
	'permenpan-30-2011': {
		title:
			'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 30 Tahun 2011 tentang Pedoman Umum Tata Kelola Kehumasan di Lingkungan Instansi Pemerintah',
		checked: true,
	},
	'permenpan-35-2012': {
		title:
			'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
		checked: true,
	},
	'permenpan-83-2012': {
		title:
			'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 83 Tahun 2012 tentang Pedoman Pemanfaatan Media Sosial Instansi Pemerintah',
		checked: true,
	},
	// The exact title of 62/2018 could not be confirmed: it stays a description with the reminder.
	'permenpan-62-2018': {
		title:
			'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 62 Tahun 2018 (pengelolaan pengaduan pelayanan publik nasional/SP4N-LAPOR!)',
		checked: false,
	},
	'perbssn-10-2020': {
		title: 'Peraturan Badan Siber dan Sandi Negara Nomor 10 Tahun 2020 tentang Tim Tanggap Insiden Siber',
		checked: true,
	},
	'se-menpan-137-2018': {
		title:
			'Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 137 Tahun 2018 tentang Penyebarluasan Informasi melalui Media Sosial bagi Aparatur Sipil Negara',
		checked: true,
	},
	'aturan-internal': { title: '[PERATURAN PIMPINAN INSTANSI TENTANG PENGELOLAAN MEDIA SOSIAL, JIKA ADA]', checked: true },
} as const satisfies Record<string, LegalBasis>;

export type LegalBasisId = keyof typeof LEGAL_BASES;

/** Ids in declaration order, for the schema's enum. */
export const LEGAL_BASIS_IDS = Object.keys(LEGAL_BASES) as [LegalBasisId, ...LegalBasisId[]];

/** Reminder appended to a title whose wording is not confirmed. */
export const UNCHECKED_NOTE = '[periksa judul resmi sebelum disahkan]';

/**
 * The line written in an SOP's "Dasar Hukum" list for one legal basis.
 * @param id key in {@link LEGAL_BASES}
 * @returns the title, followed by {@link UNCHECKED_NOTE} when the title is not confirmed
 */
export function legalBasisLine(id: LegalBasisId): string {
	const basis: LegalBasis = LEGAL_BASES[id];
	return basis.checked ? basis.title : `${basis.title} ${UNCHECKED_NOTE}`;
}

/**
 * The given ids in the order a Dasar Hukum list prints them (level, then year, oldest first),
 * which is the declaration order of {@link LEGAL_BASES}. Unknown ids are dropped.
 * @param ids legal-basis ids in any order
 */
export function orderedLegalBases(ids: readonly LegalBasisId[]): LegalBasisId[] {
	return LEGAL_BASIS_IDS.filter((id) => ids.includes(id));
}
