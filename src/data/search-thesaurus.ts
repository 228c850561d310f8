/**
 * The search thesaurus: the one place where the words readers type are mapped to the words our
 * pages use. Read by the search pipeline in src/lib/search/ (README, "Pencarian").
 *
 * Rules for editors (a reviewer checks each change):
 * - A concept is general vocabulary: one idea that admins write in several ways (chat spelling,
 *   English loanword, common typo, regional or office word). It is never a whole query, and never
 *   added only to make one test query pass.
 * - `site` lists words that really occur on our pages (check with a text search of
 *   src/content); the first is the main term, shown in "Maksud Anda: …".
 * - `typed` lists what people type. Multi-word phrases are allowed ("siaran langsung").
 *   Write them in lower case, without punctuation.
 * - A name that belongs to a single page (a product, a regulation nickname) goes in that page's
 *   `searchAliases` instead.
 */

/** One idea, in the words readers type and the words our pages use. */
export interface Concept {
	/** Words and phrases our pages use; each is searched, and a page matching any counts. The first is the main term. */
	site: string[];
	/** Words and phrases readers type for the same idea (spellings, loanwords, typos, synonyms). */
	typed: string[];
	/**
	 * URL prefix of the part of the site this word asks for ("sop" asks for an SOP page): pages
	 * there count as being about the word, like a page with the word in its title. Optional.
	 */
	section?: string;
}

/**
 * Chat spellings and abbreviations, written out. Applied word by word before anything else, so
 * "yg" becomes "yang" (then dropped as a function word) and "gmn" becomes "bagaimana".
 */
export const SPELLINGS: Record<string, string> = {
	yg: 'yang', yng: 'yang', dgn: 'dengan', dg: 'dengan', utk: 'untuk', untk: 'untuk', buat: 'untuk',
	gmn: 'bagaimana', gmna: 'bagaimana', gimana: 'bagaimana', gmana: 'bagaimana', bgmn: 'bagaimana',
	ga: 'tidak', gak: 'tidak', gk: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', engga: 'tidak', tdk: 'tidak', tak: 'tidak',
	sdh: 'sudah', udh: 'sudah', udah: 'sudah', blm: 'belum', blom: 'belum', krn: 'karena', karna: 'karena',
	dr: 'dari', kl: 'kalau', klo: 'kalau', kalo: 'kalau', tp: 'tapi', jd: 'jadi', aja: 'saja', sm: 'sama',
	bgt: 'banget', bs: 'bisa', hrs: 'harus', gt: 'gitu', gitu: 'begitu', kyk: 'seperti', kayak: 'seperti', kaya: 'seperti',
	sy: 'saya', gw: 'saya', gue: 'saya', aku: 'saya', tsb: 'tersebut', dll: 'lainnya', dsb: 'lainnya', org: 'orang',
	pake: 'pakai', dipake: 'dipakai', makasih: 'terima kasih', makasi: 'terima kasih', trims: 'terima kasih', thx: 'terima kasih',
	nanya: 'tanya', nulis: 'tulis', bikin: 'buat', ngomong: 'bicara', darimana: 'dari mana', dmn: 'di mana', knp: 'kenapa',
	pd: 'pada', nyebar: 'menyebar', sblm: 'sebelum', stlh: 'setelah', bbrp: 'beberapa', lg: 'lagi', msh: 'masih', tlg: 'tolong',
};

/**
 * Function words and question words that carry no topic. They are dropped from the query
 * (unless nothing else is left). Words that only look generic but name a topic on this site
 * ("krisis", "akun") are not here.
 */
export const STOPWORDS: string[] = (
	'yang dan di ke dari untuk dengan atau ini itu apa apakah bagaimana cara caranya kalau jika bila saat ketika ' +
	'sudah belum akan harus bisa boleh tidak ada adalah ialah kami kita saya anda kamu mereka dia ia nya lagi sedang jadi ' +
	'sangat banget saja juga pada oleh karena agar supaya seperti sebagai dalam tentang soal sama dong sih nih deh kok ya yah ' +
	'mau ingin perlu kenapa mengapa siapa mana kapan berapa tapi tetapi lalu kemudian terus masih mohon tolong begitu ' +
	'sebaiknya bagusnya baiknya benar betul hal tersebut lainnya orang the a of to is how what ' +
	'sekarang nanti segera aja saja pak bu kak mas mbak min admin-nya sendiri semua saja sebuah suatu para ' +
	// Numbers and amounts say how much, not what about.
	'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh belasan puluhan ratusan ribuan jutaan banyak beberapa'
).split(' ');

/**
 * Words that mark a definition question ("apa itu X", "arti X"). They are dropped from the
 * query and tell the ranking that the glossary is a good answer.
 */
export const DEFINITION_CUES: string[] = ['apa itu', 'arti', 'artinya', 'pengertian', 'definisi', 'maksud', 'maksudnya', 'yang dimaksud', 'istilah', 'bedanya', 'perbedaan', 'beda'];

/** The concepts. Keep related ones together; order does not matter for the search. */
export const CONCEPTS: Concept[] = [
	// Platforms
	{ site: ['instagram'], typed: ['ig', 'insta', 'instgram', 'instagran', 'reels', 'reel', 'story', 'stories', 'igstory'] },
	{ site: ['facebook'], typed: ['fb', 'fesbuk', 'facebok', 'fanpage', 'fp'] },
	{ site: ['whatsapp'], typed: ['wa', 'watsap', 'whatsap', 'wasap', 'wa channel', 'saluran wa', 'wa business', 'grup wa'] },
	{ site: ['twitter'], typed: ['twiter', 'tweet', 'twit', 'cuitan', 'x twitter'] },
	{ site: ['tiktok'], typed: ['tik tok', 'tiktod', 'tt'] },
	{ site: ['youtube'], typed: ['yt', 'yutub', 'youtub'] },
	{ site: ['situs web', 'website'], typed: ['web', 'situs', 'laman', 'web dinas', 'site'] },
	{ site: ['google'], typed: ['seo', 'mesin pencari', 'google bisnis', 'google maps'] },

	// Who and where
	{ site: ['warga', 'warganet'], typed: ['netizen', 'netijen', 'warga net', 'masyarakat', 'publik', 'followers nya', 'pengguna'] },
	{ site: ['pemerintah daerah', 'pemda'], typed: ['pemkab', 'pemkot', 'pemprov', 'pemerintah kabupaten', 'pemerintah kota', 'kabupaten', 'kota'] },
	{ site: ['pimpinan', 'pejabat'], typed: ['bupati', 'walikota', 'wali kota', 'gubernur', 'camat', 'kadis', 'kepala dinas', 'kepala daerah', 'atasan', 'bos', 'boss', 'menteri', 'kepala'] },
	{ site: ['instansi'], typed: ['dinas', 'opd', 'kantor', 'lembaga', 'kementerian', 'badan', 'skpd'] },
	{ site: ['pegawai', 'asn'], typed: ['pns', 'pppk', 'karyawan', 'staf', 'staff', 'aparatur'] },
	{ site: ['admin'], typed: ['admin medsos', 'pengelola akun', 'mimin', 'operator'] },
	{ site: ['media sosial'], typed: ['medsos', 'sosmed', 'socmed', 'social media', 'sosial media'] },

	// Actions on content
	{ site: ['unggah', 'posting'], typed: ['post', 'postingan', 'upload', 'ngepost', 'ngeposting', 'diposting', 'diunggah', 'unggahan', 'publish', 'publikasi', 'tayang'] },
	{ site: ['komentar'], typed: ['komen', 'koment', 'comment', 'comments', 'kolom komentar', 'kolom komen', 'komenan'] },
	{ site: ['balas', 'menanggapi'], typed: ['bales', 'balesin', 'membalas', 'reply', 'jawab', 'menjawab', 'respon', 'merespons', 'tanggapi', 'tanggapan'] },
	{ site: ['dm', 'pesan langsung'], typed: ['direct message', 'inbox', 'japri', 'pesan pribadi', 'chat pribadi'] },
	{ site: ['hapus'], typed: ['delete', 'didelete', 'take down', 'takedown', 'menghapus', 'dihapus', 'sembunyikan', 'hide', 'apus'] },
	{ site: ['bagikan', 'amplifikasi'], typed: ['share', 'repost', 'regram', 'sebarkan', 'menyebarkan', 'retweet', 'reshare'] },
	{ site: ['siaran langsung'], typed: ['live', 'live streaming', 'livestream', 'streaming', 'ig live', 'siaran live'] },
	{ site: ['unduh'], typed: ['download', 'donlot', 'download file'] },
	{ site: ['docx', 'word'], typed: ['ms word', 'microsoft word', 'doc'] },
	{ site: ['persetujuan'], typed: ['approval', 'approve', 'acc', 'di acc', 'disetujui', 'setuju', 'izin atasan'] },
	{ site: ['arsip'], typed: ['archive', 'pengarsipan', 'mengarsipkan', 'simpan postingan lama'] },
	{ site: ['liputan', 'kegiatan'], typed: ['peliputan', 'meliput', 'liput', 'dokumentasi acara', 'acara', 'event'] },

	// Interaction
	{ site: ['pengaduan', 'keluhan'], typed: ['komplain', 'complain', 'complaint', 'aduan', 'mengadu', 'ngadu', 'keluh'] },
	{ site: ['kritik'], typed: ['kritikan', 'nyinyir', 'protes', 'hujatan', 'hujat', 'dihujat', 'dimaki', 'pedas', 'komentar negatif', 'komen negatif'] },
	{ site: ['marah'], typed: ['emosi', 'ngamuk', 'kesal', 'kesel', 'murka'] },
	{ site: ['kasar'], typed: ['toxic', 'toksik', 'sara', 'makian', 'kata kotor', 'ujaran kebencian', 'hate speech', 'jorok'] },
	{ site: ['aturan komunitas', 'moderasi'], typed: ['house rules', 'community guidelines', 'rules', 'moderasi komentar'] },
	{ site: ['terima kasih', 'apresiasi'], typed: ['thanks', 'thank you', 'pujian', 'memuji', 'dipuji', 'apresiasi warga'] },
	{ site: ['maaf', 'permintaan maaf'], typed: ['minta maaf', 'sorry', 'mohon maaf', 'meminta maaf'] },
	{ site: ['pertanyaan', 'tanya'], typed: ['nanya', 'bertanya', 'ditanya', 'question'] },
	{ site: ['layanan', 'pelayanan'], typed: ['service', 'jam buka', 'jam layanan', 'syarat layanan', 'loket'] },
	{ site: ['politik', 'netralitas'], typed: ['pilkada', 'pemilu', 'pilpres', 'kampanye', 'paslon', 'calon', 'partai', 'netral', 'caleg'] },

	// Crisis vocabulary
	{ site: ['krisis'], typed: ['crisis', 'gawat', 'genting'] },
	{ site: ['diretas'], typed: ['retas', 'hack', 'hacked', 'hacker', 'hek', 'dihack', 'di hack', 'kena hack', 'bobol', 'dibobol', 'jebol', 'bajak', 'dibajak', 'diambil alih', 'ambil alih', 'peretas', 'peretasan', 'diretas orang'] },
	{ site: ['hoaks'], typed: ['hoax', 'hoak', 'hoaxs', 'hox', 'berita bohong', 'kabar bohong', 'berita palsu', 'kabar palsu', 'fake news', 'info palsu', 'informasi palsu', 'info hoax', 'bohong'] },
	{ site: ['viral'], typed: ['fyp', 'trending', 'rame', 'ramai', 'heboh', 'meledak', 'tersebar luas'] },
	{ site: ['salah unggah', 'salah posting'], typed: ['salah post', 'salah upload', 'kepencet', 'kepost', 'ke post', 'tidak sengaja', 'typo', 'keliru posting', 'terlanjur', 'telanjur', 'salah ketik'] },
	{ site: ['keliru', 'salah'], typed: ['kesalahan', 'ngaco', 'eror data'] },
	{ site: ['pernyataan pejabat'], typed: ['blunder', 'salah ucap', 'keseleo lidah', 'dipelintir', 'dipotong', 'pernyataan kontroversial', 'ucapan pejabat'] },
	{ site: ['bencana', 'darurat'], typed: ['banjir', 'gempa', 'gempa bumi', 'longsor', 'tanah longsor', 'kebakaran', 'tsunami', 'erupsi', 'gunung meletus', 'puting beliung', 'cuaca ekstrem', 'kecelakaan', 'wabah', 'pengungsian', 'posko'] },
	{ site: ['kebocoran', 'bocor'], typed: ['leak', 'leaked', 'data leak', 'bocornya', 'terekspos', 'tersebar data'] },
	{ site: ['data pribadi'], typed: ['ktp', 'kk', 'kartu keluarga', 'nik', 'data warga', 'data ktp', 'identitas warga', 'nomor hp', 'alamat rumah', 'pdp', 'perlindungan data pribadi', 'pelindungan data pribadi'] },
	{ site: ['serangan', 'buzzer'], typed: ['diserang', 'diserbu', 'serbu', 'serbuan', 'digeruduk', 'geruduk', 'dirujak', 'bertubi', 'akun bodong', 'akun anonim', 'bot', 'troll', 'pendengung', 'akun bayaran', 'spam komentar', 'bully', 'bullying', 'cyberbullying'] },
	{ site: ['akun palsu', 'peniruan'], typed: ['fake account', 'akun fake', 'akun tiruan', 'meniru', 'mengatasnamakan', 'catut', 'mencatut', 'impersonate', 'impersonasi', 'akun kloningan', 'kloning'] },
	{ site: ['tingkat krisis', 'triase'], typed: ['level krisis', 'level', 'tingkatan', 'skala krisis', 'seberapa parah', 'ringan sedang berat', 'triage', 'eskalasi', 'status krisis', 'tingkat keparahan'] },
	{ site: ['langkah pertama'], typed: ['15 menit pertama', 'jam pertama', 'menit pertama', 'mulai dari mana', 'pertolongan pertama', 'first response'] },
	{ site: ['pernyataan awal', 'holding statement'], typed: ['pernyataan sementara', 'statement awal', 'rilis awal', 'pernyataan pertama', 'statement sementara'] },
	{ site: ['pascakrisis'], typed: ['pasca krisis', 'setelah krisis', 'sesudah krisis', 'krisis selesai', 'after action review', 'evaluasi krisis'] },
	{ site: ['persiapan', 'rencana krisis'], typed: ['siap siaga', 'kesiapsiagaan', 'kontak darurat', 'tim krisis', 'sebelum krisis', 'antisipasi'] },
	{ site: ['klarifikasi'], typed: ['meluruskan', 'luruskan', 'bantah', 'bantahan', 'membantah', 'counter', 'debunk', 'cek fakta', 'fact check', 'ralat'] },
	// The guide writes "daring" (language pass, see the glossary); readers still type the loanword.
	{ site: ['daring'], typed: ['online', 'on line'] },
	{ site: ['gangguan'], typed: ['error', 'eror', 'down', 'lemot', 'trouble', 'maintenance', 'pemeliharaan sistem', 'tidak bisa diakses', 'offline'] },
	{ site: ['duka'], typed: ['belasungkawa', 'berduka', 'duka cita', 'dukacita', 'turut berduka', 'meninggal', 'wafat', 'innalillahi'] },

	// Accounts and security
	{ site: ['kata sandi'], typed: ['login', 'password', 'pasword', 'passwrd', 'sandi', 'pw', 'pin'] },
	{ site: ['phishing'], typed: ['phising', 'pishing', 'link palsu', 'tautan palsu', 'link mencurigakan', 'tautan mencurigakan'] },
	{ site: ['verifikasi dua langkah'], typed: ['2fa', 'otp', 'two factor', 'autentikasi dua faktor', 'dua faktor', '2 step verification'] },
	{ site: ['penutupan', 'akun dorman'], typed: ['tutup akun', 'menutup akun', 'hapus akun', 'akun tidak dipakai', 'akun lama', 'akun mati', 'nonaktif', 'dorman', 'tidak aktif', 'tidak dipakai'] },
	{ site: ['peran', 'tanggung jawab'], typed: ['tugas', 'jobdesk', 'job desk', 'pembagian tugas', 'tupoksi', 'wewenang', 'struktur tim', 'penanggung jawab'] },
	{ site: ['akun berlapis'], typed: ['white label', 'akun lapis', 'akun opd', 'akun turunan'] },
	{ site: ['lencana verifikasi', 'centang biru'], typed: ['verified', 'centang', 'verified badge', 'tanda verifikasi', 'blue tick', 'akun terverifikasi', 'verifikasi akun'] },

	// Content
	{ site: ['templat'], section: '/templat/', typed: ['contoh', 'template', 'templete', 'tamplate', 'tempelate', 'templat balasan', 'contoh balasan', 'contoh kalimat', 'contoh jawaban', 'draft balasan', 'format balasan', 'kalimat', 'siap pakai'] },
	{ site: ['caption', 'takarir'], typed: ['keterangan', 'caption ig', 'kapsyen', 'capt', 'copywriting', 'tulisan postingan'] },
	{ site: ['hak cipta'], typed: ['copyright', 'lisensi', 'royalti', 'pelanggaran hak cipta'] },
	{ site: ['musik', 'lagu'], typed: ['backsound', 'sound', 'audio', 'lagu viral'] },
	{ site: ['aksesibilitas'], typed: ['accessibility', 'disabilitas', 'difabel', 'tunanetra', 'tunarungu', 'tuli', 'buta', 'aksesibel', 'ramah disabilitas'] },
	{ site: ['teks alternatif', 'alt text'], typed: ['alt teks', 'alt', 'deskripsi gambar', 'keterangan gambar'] },
	{ site: ['subtitle'], typed: ['subtitel', 'closed caption', 'cc', 'terjemahan'] },
	{ site: ['visual', 'desain'], typed: ['design', 'canva', 'infografis', 'poster', 'flyer', 'pamflet', 'grafis', 'font', 'warna'] },
	{ site: ['ukuran'], typed: ['size', 'resolusi', 'dimensi', 'rasio', 'aspect ratio', 'pixel', 'piksel'] },
	{ site: ['foto'], typed: ['photo', 'gambar', 'pic', 'image', 'picture'] },
	{ site: ['video'], typed: ['vidio', 'klip', 'konten video', 'video pendek', 'short'] },
	{ site: ['pilar konten', 'porsi'], typed: ['content pillar', 'jenis konten', 'komposisi konten', 'proporsi konten', 'persentase konten', 'hiburan'] },
	{ site: ['kalender konten', 'jadwal'], typed: ['content calendar', 'jadwal posting', 'jadwal unggah', 'schedule', 'jadwal konten', 'rencana posting', 'google calendar', 'ics'] },
	{ site: ['waktu unggah', 'jam unggah'], typed: ['jam posting', 'waktu posting', 'jam terbaik', 'waktu terbaik', 'best time', 'jam tayang', 'jam ramai', 'prime time', 'kapan posting'] },
	{ site: ['frekuensi'], typed: ['berapa kali', 'seberapa sering', 'sehari berapa', 'seminggu berapa', 'tiap hari'] },
	{ site: ['hari besar', 'hari nasional'], typed: ['hari raya', 'lebaran', 'idul fitri', 'idul adha', 'natal', 'imlek', 'nyepi', 'waisak', 'tahun baru', 'hut ri', '17 agustus', 'hari libur', 'momen', 'peringatan'] },
	{ site: ['bahasa'], typed: ['gaya bahasa', 'tone', 'tone of voice', 'nada', 'diksi', 'kata kata', 'bahasa gaul'] },
	{ site: ['strategi komunikasi'], typed: ['strategi', 'renstra', 'rencana komunikasi', 'perencanaan komunikasi', 'rencana tahunan', 'strategy'] },
	{ site: ['audiens', 'pemangku kepentingan'], typed: ['audience', 'target audiens', 'sasaran', 'segmentasi', 'persona', 'stakeholder', 'khalayak'] },
	{ site: ['profil', 'digital branding'], typed: ['bio', 'foto profil', 'branding', 'citra', 'username', 'nama akun', 'highlight', 'sorotan'] },
	{ site: ['narasi tunggal'], typed: ['satu narasi', 'narasi pemerintah', 'orkestrasi', 'key message', 'pesan kunci'] },
	{ site: ['etika', 'prinsip'], typed: ['ethic', 'etis', 'kode etik', 'sopan santun', 'norma'] },

	// Amplification and people
	{ site: ['kol', 'influencer'], typed: ['key opinion leader', 'selebgram', 'tokoh berpengaruh', 'influencer lokal', 'endorse', 'endorsement', 'tiktoker', 'youtuber', 'konten kreator', 'kreator konten', 'content creator'] },
	{ site: ['employee advocacy'], typed: ['advokasi pegawai', 'pegawai ikut share', 'akun pribadi pegawai', 'akun pribadi'] },
	{ site: ['kolaborasi'], typed: ['collab', 'colab', 'kolab', 'kerja sama', 'kerjasama', 'collab post'] },
	{ site: ['kesejahteraan', 'kelelahan'], typed: ['burnout', 'burn out', 'capek', 'cape', 'lelah', 'stres', 'stress', 'depresi', 'mental', 'kesehatan mental', 'lembur', 'beban kerja', 'jenuh', 'dirundung', 'perundungan'] },

	// Measurement
	{ site: ['engagement'], typed: ['engagment', 'engagemen', 'engangement', 'engagement rate', 'er', 'interaksi', 'keterlibatan'] },
	{ site: ['pengikut'], typed: ['follower', 'followers', 'folower', 'folowers', 'follow', 'fans', 'subscriber', 'subscribers', 'audiens bertambah'] },
	{ site: ['pertumbuhan'], typed: ['growth', 'naik turun', 'kenaikan', 'bertambah', 'tumbuh'] },
	{ site: ['jangkauan'], typed: ['reach', 'jangkau'] },
	{ site: ['impresi', 'tayangan'], typed: ['impression', 'impressions', 'views', 'view', 'ditonton'] },
	{ site: ['kinerja respons', 'waktu respons'], typed: ['response time', 'response rate', 'kecepatan balas', 'kecepatan respon', 'lama balas', 'slow respon', 'fast respon', 'respon time'] },
	{ site: ['share of voice'], typed: ['sov', 'pangsa percakapan'] },
	{ site: ['sentimen'], typed: ['sentiment', 'net sentiment', 'positif negatif', 'nada percakapan'] },
	{ site: ['metrik'], typed: ['metric', 'metrics', 'kpi', 'indikator', 'statistik', 'insight', 'insights', 'analitik', 'analytics'] },
	{ site: ['kalkulator', 'hitung'], section: '/alat/', typed: ['calculator', 'menghitung', 'itung', 'ngitung', 'rumus', 'formula', 'perhitungan', 'dihitung'] },
	{ site: ['laporan'], typed: ['report', 'reporting', 'rekap', 'rekapan', 'lapor ke atasan'] },
	{ site: ['bulanan'], typed: ['per bulan', 'tiap bulan', 'sebulan', 'monthly'] },
	{ site: ['mingguan'], typed: ['per minggu', 'tiap minggu', 'seminggu', 'weekly', 'pekanan'] },
	{ site: ['evaluasi'], typed: ['review', 'evaluation', 'penilaian'] },
	{ site: ['pemantauan', 'social listening'], typed: ['monitoring', 'monitor', 'memantau', 'pantau', 'listening', 'mantau', 'pantauan isu', 'percakapan warga'] },
	{ site: ['tenggat', 'batas waktu'], typed: ['deadline', 'jatuh tempo', 'due date', 'tenggang waktu', 'paling lambat'] },
	{ site: ['hari kerja'], typed: ['working day', 'hari kantor', 'tidak termasuk libur'] },
	{ site: ['cuti bersama'], typed: ['cuber', 'libur bersama'] },
	{ site: ['csv'], typed: ['excel', 'spreadsheet', 'meta business suite', 'business suite', 'export data'] },

	// Law and regulation
	{ site: ['dasar hukum', 'peraturan'], section: '/referensi/dasar-hukum/', typed: ['regulasi', 'landasan hukum', 'payung hukum', 'aturan hukum', 'uu', 'undang undang', 'permen', 'perpres', 'hukum', 'pasal', 'aturan'] },
	{ site: ['permenpan'], typed: ['menpan', 'kemenpan', 'kemenpanrb', 'menpanrb', 'panrb', 'permenpanrb', 'menpan rb', 'kemenpan rb'] },
	{ site: ['inpres'], typed: ['instruksi presiden'] },
	{ site: ['ite'], typed: ['uu ite', 'informasi dan transaksi elektronik'] },
	{ site: ['informasi publik', 'ppid'], typed: ['kip', 'uu kip', 'keterbukaan informasi', 'permohonan informasi', 'permintaan informasi', 'minta informasi', 'informasi publik'] },
	{ site: ['sp4n lapor', 'lapor'], typed: ['sp4n', 'lapor go id', 'lapor!'] },
	{ site: ['sumber'], section: '/referensi/sumber/', typed: ['rujukan', 'referensi', 'daftar pustaka', 'bibliografi'] },
	{ site: ['glosarium'], section: '/referensi/glosarium/', typed: ['kamus', 'glossary', 'daftar istilah'] },
	{ site: ['sop'], section: '/sop/', typed: ['standar operasional prosedur', 'prosedur', 'sop ap', 'juknis', 'protap'] },
	{ site: ['penyusun'], section: '/sop/penyusun/', typed: ['bikin sop', 'buat sop', 'generator', 'builder', 'susun sop', 'edit sop', 'sop sendiri'] },
];
