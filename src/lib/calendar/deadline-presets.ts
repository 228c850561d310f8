/**
 * Limits in working days that admins meet when they handle complaints and information
 * requests. One list: the tool's options, its explanations and the tests all read it.
 */

/** A named deadline. */
export interface DeadlinePreset {
	/** Value in the form and the URL. */
	id: string;
	/** Option label. */
	label: string;
	/** Working days. */
	days: number;
	/** The rule in words, shown with the result. */
	rule: string;
	/** Where the number comes from and how sure it is. */
	basis: string;
}

export const DEADLINE_PRESETS: readonly DeadlinePreset[] = [
	{
		id: 'kip',
		label: 'Permohonan informasi publik: jawaban tertulis (10 hari kerja)',
		days: 10,
		rule: 'Badan publik wajib menyampaikan pemberitahuan tertulis atas permohonan informasi paling lambat 10 hari kerja sejak permohonan diterima.',
		basis: 'UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik, Pasal 22 ayat (7)',
	},
	{
		id: 'kip-perpanjangan',
		label: 'Permohonan informasi publik dengan perpanjangan (10 + 7 = 17 hari kerja)',
		days: 17,
		rule: 'Waktu 10 hari kerja dapat diperpanjang satu kali paling lambat 7 hari kerja berikutnya, dengan alasan tertulis kepada pemohon.',
		basis: 'UU No. 14 Tahun 2008, Pasal 22 ayat (7) dan (8)',
	},
	{
		id: 'lapor-verifikasi',
		label: 'Pengaduan SP4N-LAPOR!: verifikasi dan penerusan (3 hari kerja)',
		days: 3,
		rule: 'Pengaduan yang masuk diverifikasi dan diberi respons awal paling lambat 3 hari kerja.',
		basis: 'Batas waktu SP4N-LAPOR! sebagaimana dilaporkan (sumber sekunder); periksa SOP pengaduan instansi Anda',
	},
	{
		id: 'lapor-tindak-lanjut',
		label: 'Pengaduan SP4N-LAPOR!: rencana tindak lanjut (5 hari kerja)',
		days: 5,
		rule: 'Instansi menyampaikan rencana tindak lanjut atas pengaduan paling lambat 5 hari kerja.',
		basis: 'Batas waktu SP4N-LAPOR! sebagaimana dilaporkan (sumber sekunder); periksa SOP pengaduan instansi Anda',
	},
];

/** Value of the "own number" option. */
export const CUSTOM_PRESET = 'lainnya';
