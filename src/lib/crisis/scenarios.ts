/**
 * The crisis scenarios, each with its playbook page. One list feeds the crisis start page
 * (scenario list with "recognise it" hints), the first triage question, the link from a
 * triage result to its playbook, and the "Juga dikenal sebagai" line on each playbook.
 * This list is the one home of scenario titles and synonyms: a unit test checks that each
 * playbook page's title is the title here and that the page shows the synonyms from here.
 */
import type { LevelId } from './levels.ts';

/** One crisis scenario. */
export interface Scenario {
	/** Slug of the playbook, also the triage answer value: `/krisis/<slug>/`. */
	slug: string;
	/** Title of the playbook page. */
	title: string;
	/** One line that helps a stressed admin recognise the situation. */
	hint: string;
	/** Words people use for it (informal spellings included); shown on the playbook and indexed for search. */
	aliases: string[];
	/** Lowest level this scenario can have, whatever the other answers. */
	minLevel: LevelId;
	/** Why the scenario alone sets that lowest level; required when `minLevel` is above 1. */
	minLevelReason?: string;
}

/** The scenarios, in the order the start page lists them. */
export const SCENARIOS: readonly Scenario[] = [
	{
		slug: 'akun-diretas',
		title: 'Akun resmi diretas',
		hint: 'Ada unggahan, pesan, atau perubahan profil yang tidak dibuat tim Anda, atau kata sandi tiba-tiba tidak bisa dipakai.',
		aliases: ['akun di-hack', 'kena hack', 'akun dibajak', 'akun diambil alih', 'tidak bisa login', 'hacked account'],
		minLevel: 2,
		minLevelReason: 'Akun resmi diretas: instansi kehilangan kendali atas saluran resminya, jadi paling rendah tingkat Sedang.',
	},
	{
		slug: 'akun-palsu',
		title: 'Akun palsu atas nama instansi atau pimpinan',
		hint: 'Ada akun yang memakai nama, logo, atau foto instansi atau kepala daerah tanpa izin, sering untuk menawarkan bantuan atau meminta uang.',
		aliases: ['akun palsu', 'akun tiruan', 'akun bodong', 'catut nama bupati', 'mengatasnamakan instansi', 'peniruan identitas', 'impersonation', 'fake account'],
		minLevel: 1,
	},
	{
		slug: 'hoaks-viral',
		title: 'Hoaks viral tentang instansi',
		hint: 'Kabar palsu, tangkapan layar editan, atau surat palsu atas nama instansi beredar dan dibagikan ulang.',
		aliases: ['hoax viral', 'berita bohong', 'kabar palsu', 'disinformasi', 'misinformasi', 'surat edaran palsu', 'fake news'],
		minLevel: 1,
	},
	{
		slug: 'salah-unggah',
		title: 'Salah unggah atau salah posting',
		hint: 'Akun resmi mengunggah data, angka, gambar, atau kata yang keliru, atau mengunggah dari akun yang salah.',
		aliases: ['salah posting', 'salah post', 'salah ketik', 'typo', 'unggahan keliru', 'postingan dihapus', 'klarifikasi ralat'],
		minLevel: 1,
	},
	{
		slug: 'pernyataan-pejabat-viral',
		title: 'Pernyataan pejabat viral',
		hint: 'Ucapan, video, atau unggahan pribadi seorang pejabat dipotong, dikritik, dan ramai dibicarakan.',
		aliases: ['pejabat viral', 'ucapan pejabat viral', 'video pejabat viral', 'blunder pejabat', 'potongan video', 'salah ucap'],
		minLevel: 1,
	},
	{
		slug: 'bencana-darurat',
		title: 'Bencana dan keadaan darurat',
		hint: 'Banjir, gempa, kebakaran, wabah, atau gangguan besar yang membuat warga butuh informasi keselamatan sekarang.',
		aliases: ['banjir', 'gempa', 'kebakaran', 'longsor', 'wabah', 'tanggap darurat', 'situasi darurat', 'evakuasi'],
		minLevel: 1,
	},
	{
		slug: 'kebocoran-data',
		title: 'Kebocoran data pribadi',
		hint: 'Data pribadi warga (NIK, alamat, nomor telepon) terlihat di unggahan, tautan, atau dokumen yang beredar.',
		aliases: ['data bocor', 'bocor data', 'data warga tersebar', 'NIK tersebar', 'doxing', 'data leak'],
		minLevel: 2,
		minLevelReason: 'Data pribadi warga terlibat: ada kewajiban pelindungan data dan risiko hukum, jadi paling rendah tingkat Sedang.',
	},
	{
		slug: 'serangan-komentar',
		title: 'Serangan komentar dan buzzer',
		hint: 'Ratusan komentar bernada sama datang serentak, sering dari akun baru, berisi hujatan, spam, atau tagar yang sama.',
		aliases: ['serangan buzzer', 'diserbu komentar', 'spam komentar', 'komentar kasar', 'perundungan', 'brigading', 'war komentar'],
		minLevel: 1,
	},
];

/**
 * The scenario with the given slug, or undefined.
 * @param slug playbook slug, e.g. `hoaks-viral`
 */
export function scenarioBySlug(slug: string): Scenario | undefined {
	return SCENARIOS.find((s) => s.slug === slug);
}

/**
 * The URL of a scenario's playbook.
 * @param scenario the scenario
 */
export function playbookHref(scenario: Scenario): string {
	return `/krisis/${scenario.slug}/`;
}
