/**
 * National days that are not days off (hari nasional yang bukan hari libur), each with the
 * basis that set it: moments government accounts commonly mark. Kept small on purpose; add a
 * day only with its decree, or, where the decree could not be checked, with who sets the day
 * and a plain note that the number is unchecked (never a guessed number). Days off are in
 * src/data/hari-libur.
 */

/** A national day on a fixed date every year. */
export interface NationalDay {
	/** Month, 1–12. */
	month: number;
	/** Day of month. */
	day: number;
	/** Name as commonly written. */
	name: string;
	/** The decree that set it (or who sets it, when the decree's number is unchecked). */
	basis: string;
}

export const NATIONAL_DAYS: readonly NationalDay[] = [
	{ month: 2, day: 9, name: 'Hari Pers Nasional', basis: 'Keputusan Presiden Nomor 5 Tahun 1985' },
	{ month: 5, day: 2, name: 'Hari Pendidikan Nasional', basis: 'Keputusan Presiden Nomor 316 Tahun 1959 jo. Nomor 67 Tahun 1961' },
	{ month: 5, day: 20, name: 'Hari Kebangkitan Nasional', basis: 'Keputusan Presiden Nomor 316 Tahun 1959' },
	{ month: 7, day: 23, name: 'Hari Anak Nasional', basis: 'Keputusan Presiden Nomor 44 Tahun 1984' },
	{ month: 10, day: 1, name: 'Hari Kesaktian Pancasila', basis: 'Keputusan Presiden Nomor 153 Tahun 1967' },
	{ month: 10, day: 2, name: 'Hari Batik Nasional', basis: 'Keputusan Presiden Nomor 33 Tahun 2009' },
	{ month: 10, day: 22, name: 'Hari Santri', basis: 'Keputusan Presiden Nomor 22 Tahun 2015' },
	{ month: 10, day: 28, name: 'Hari Sumpah Pemuda', basis: 'Keputusan Presiden Nomor 316 Tahun 1959' },
	{ month: 11, day: 10, name: 'Hari Pahlawan', basis: 'Keputusan Presiden Nomor 316 Tahun 1959' },
	{ month: 11, day: 12, name: 'Hari Kesehatan Nasional', basis: 'Diperingati Kementerian Kesehatan sejak 1964; nomor keputusan penetapannya belum diperiksa' },
	{ month: 11, day: 25, name: 'Hari Guru Nasional', basis: 'Keputusan Presiden Nomor 78 Tahun 1994' },
	{ month: 12, day: 19, name: 'Hari Bela Negara', basis: 'Keputusan Presiden Nomor 28 Tahun 2006' },
	{ month: 12, day: 22, name: 'Hari Ibu', basis: 'Keputusan Presiden Nomor 316 Tahun 1959' },
];
