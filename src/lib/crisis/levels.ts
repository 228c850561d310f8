/**
 * The three crisis levels of this guide: what marks each one, who leads, who is told and
 * how fast to act. The time targets are this guide's own recommendation (not a regulation).
 * The levels table on /krisis/tingkat-krisis/ and the triage result both read this list.
 */

/** Level number: 1 (lowest) to 3 (highest). */
export type LevelId = 1 | 2 | 3;

/** A next step, optionally pointing at the page that explains it. */
export interface Step {
	text: string;
	href?: string;
}

/** One crisis level. */
export interface Level {
	id: LevelId;
	/** Short name, e.g. "Tinggi". */
	name: string;
	/** Name with its number, e.g. "Tingkat 3 · Tinggi". */
	label: string;
	/** One sentence: what this level means for the team. */
	summary: string;
	/** Observable signs that put a situation at this level. */
	criteria: string[];
	/** Who leads the response. */
	lead: string;
	/** Who must be informed, and when. */
	informed: string[];
	/** Time targets, counted from the moment the team learns of the issue. */
	targets: {
		/** Optional: how soon the team must be assembled. */
		activation?: string;
		/** First public response (answer, clarification or holding statement). */
		firstResponse: string;
		/** First update after the first response. */
		firstUpdate: string;
		/** When and how the case is closed and reviewed. */
		closing: string;
	};
	/** What to do next, in order. */
	steps: Step[];
}

/** Where the crisis pages live; the steps link to them. */
export const CRISIS_PATHS = {
	start: '/krisis/',
	triage: '/krisis/tingkat-krisis/',
	firstSteps: '/krisis/langkah-pertama/',
	holdingStatements: '/krisis/pernyataan-awal/',
	afterAction: '/krisis/pascakrisis/',
} as const;

/** The levels, lowest first. */
export const LEVELS: readonly Level[] = [
	{
		id: 1,
		name: 'Rendah',
		label: 'Tingkat 1 · Rendah',
		summary: 'Isu kecil yang cukup ditangani tim media sosial dengan prosedur harian.',
		criteria: [
			'Hanya beberapa akun yang membicarakan dan jumlahnya tidak bertambah cepat.',
			'Nada percakapan netral atau berupa pertanyaan dan keluhan biasa.',
			'Tidak ada dampak pada layanan atau keselamatan, tidak ada liputan media, tidak ada pejabat yang disebut, tidak ada risiko hukum.',
		],
		lead: 'Admin media sosial yang sedang bertugas.',
		informed: ['Koordinator atau kepala subbagian kehumasan (laporan singkat pada hari yang sama).', 'Unit teknis yang membidangi pokok masalah, untuk bahan jawaban.'],
		targets: {
			firstResponse: 'Pada hari yang sama, paling lambat 1 × 24 jam.',
			firstUpdate: 'Begitu unit teknis memberi informasi baru.',
			closing: 'Setelah pertanyaan warga terjawab; kasus dicatat dalam evaluasi mingguan.',
		},
		steps: [
			{ text: 'Balas atau luruskan dengan jawaban faktual dari unit teknis.' },
			{ text: 'Pantau percakapan pagi dan sore. Ulangi penilaian ini bila isu mulai menyebar.' },
			{ text: 'Catat kasusnya untuk evaluasi mingguan.' },
		],
	},
	{
		id: 2,
		name: 'Sedang',
		label: 'Tingkat 2 · Sedang',
		summary: 'Isu sudah menyebar atau menyentuh layanan; perlu keputusan pejabat kehumasan dan data dari unit teknis.',
		criteria: [
			'Isu dibagikan ulang di beberapa akun atau grup percakapan dan terus bertambah.',
			'Banyak keluhan, kritik, atau kemarahan.',
			'Layanan terganggu, warga bisa salah bertindak, atau wartawan mulai bertanya.',
			'Pegawai atau pejabat disebut namanya, atau ada dugaan data pribadi terbuka.',
		],
		lead: 'Pejabat yang membawahi kehumasan, misalnya Kepala Bagian Humas atau kepala bidang yang membina media sosial di Diskominfo.',
		informed: [
			'Pimpinan unit kerja yang terkait dengan pokok masalah.',
			'Pimpinan instansi, dengan laporan singkat dalam 1 jam.',
			'Unit hukum, bila ada risiko hukum atau data pribadi.',
		],
		targets: {
			firstResponse: 'Paling lambat 3 jam: jawaban pertama atau pernyataan awal.',
			firstUpdate: 'Paling lambat 24 jam setelah respons pertama.',
			closing: 'Pemimpin penanganan menyatakan kasus selesai; kajian pascakrisis singkat dalam 1 minggu.',
		},
		steps: [
			{ text: 'Beri tahu atasan dan unit teknis sekarang, lalu tetapkan satu orang yang memimpin penanganan.' },
			{ text: 'Terbitkan pernyataan awal yang jujur tentang apa yang sudah dan belum diketahui.', href: CRISIS_PATHS.holdingStatements },
			{ text: 'Kumpulkan fakta dari unit teknis dan siapkan pembaruan.' },
			{ text: 'Pantau percakapan setiap 1–2 jam. Ulangi penilaian ini bila keadaan berubah.' },
			{ text: 'Tutup dengan pembaruan akhir dan kajian pascakrisis singkat.', href: CRISIS_PATHS.afterAction },
		],
	},
	{
		id: 3,
		name: 'Tinggi',
		label: 'Tingkat 3 · Tinggi',
		summary: 'Krisis: tangani di tingkat pimpinan dengan tim krisis dan satu juru bicara.',
		criteria: [
			'Isu viral: trending, dibagikan sangat banyak, atau menyebar lintas platform.',
			'Ada risiko bagi keselamatan, kesehatan, atau nyawa warga.',
			'Pimpinan instansi atau kepala daerah terlibat langsung, atau media nasional memberitakan.',
			'Data pribadi warga terbuka, ada ajakan aksi atau ancaman, atau sudah ada laporan hukum.',
			'Tiga faktor atau lebih berada di tingkat Sedang sekaligus.',
		],
		lead: 'Pimpinan instansi atau juru bicara yang ditunjuk, dibantu tim krisis (kehumasan, unit teknis, hukum, TI).',
		informed: [
			'Pimpinan tertinggi: menteri, kepala lembaga, atau kepala daerah.',
			'Instansi terkait sesuai kasus, misalnya Diskominfo, BPBD, atau kepolisian.',
			'Semua admin akun resmi dan juru bicara, agar hanya ada satu narasi.',
		],
		targets: {
			activation: 'Paling lambat 15 menit: tim krisis dihubungi dan unggahan terjadwal ditahan.',
			firstResponse: 'Paling lambat 1 jam: pernyataan awal.',
			firstUpdate: 'Paling lambat 4 jam, lalu berkala sesuai jadwal yang Anda umumkan.',
			closing: 'Pernyataan penutup saat keadaan pulih; kajian pascakrisis lengkap dalam 2 minggu.',
		},
		steps: [
			{ text: 'Jalankan daftar 15 menit pertama sekarang.', href: CRISIS_PATHS.firstSteps },
			{ text: 'Tahan semua unggahan terjadwal di semua akun resmi.' },
			{ text: 'Hubungi pimpinan, bentuk tim krisis, dan tunjuk satu juru bicara.' },
			{ text: 'Terbitkan pernyataan awal dalam 1 jam.', href: CRISIS_PATHS.holdingStatements },
			{ text: 'Umumkan kapan pembaruan berikutnya, lalu tepati.' },
			{ text: 'Setelah pulih, lakukan kajian pascakrisis lengkap.', href: CRISIS_PATHS.afterAction },
		],
	},
];

/**
 * The level with the given number.
 * @param id 1, 2 or 3
 * @throws if the number is not a level (a programming error, never user input)
 */
export function levelById(id: LevelId): Level {
	const level = LEVELS.find((l) => l.id === id);
	if (!level) throw new Error(`Tingkat krisis tidak dikenal: ${id}`);
	return level;
}
