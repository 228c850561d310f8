/**
 * The guide's figures: what each diagram says, its accessible name and its caption. Pages
 * place a figure with `<Gambar nama="…" />`; the text here must agree with the page it sits
 * on (each entry names its page). The crisis tree is derived from the triage rules, and the
 * size sheet from ukuran-platform.ts, so neither restates a fact kept elsewhere.
 */
import { LEVELS } from '../lib/crisis/levels.ts';
import { crisisTree } from '../lib/diagram/crisis-tree.ts';
import type { FigureDef } from '../lib/diagram/render.ts';
import type { TimelineEvent } from '../lib/diagram/layouts.ts';
import { PLATFORM_SIZES } from './ukuran-platform.ts';

const high = LEVELS[2]!;

/** A time target of a crisis level ("Paling lambat 1 jam: pernyataan awal.") as a timeline event. */
function target(text: string, tone?: 'danger'): TimelineEvent {
	const [mark, rest] = text.split(/[:,] (.*)/s);
	const body = (rest ?? '').replace(/\.$/, '');
	return { mark: mark!, title: body.charAt(0).toUpperCase() + body.slice(1), ...(tone ? { tone } : {}) };
}

/** Figures by name. */
export const GAMBAR = {
	/** /pedoman/tata-kelola/struktur-akun-berlapis/ */
	'struktur-akun': {
		kind: 'stack',
		title: 'Empat lapisan akun instansi dan batas etikanya',
		caption: 'Setiap lapisan punya fungsi sendiri, tetapi semuanya terikat batas yang sama: jujur tentang siapa pengelolanya.',
		spec: {
			items: [
				{ title: 'Akun resmi utama', tone: 'accent', body: [{ lead: 'Fungsi:', text: 'sumber informasi resmi.' }, { lead: 'Batas:', text: 'terverifikasi, tercatat di inventaris, dikelola tim resmi.' }] },
				{ title: 'Lapisan 1 · KOL internal dan eksternal', body: [{ lead: 'Fungsi:', text: 'menjelaskan kebijakan dengan konten baru.' }, { lead: 'Batas:', text: 'kerja sama berbayar diungkapkan kepada pengikut.' }] },
				{ title: 'Lapisan 2 · Akun interaktif lembaga ("white label")', body: [{ lead: 'Fungsi:', text: 'menyampaikan ulang pesan dengan bahasa lain, menambah informasi benar.' }, { lead: 'Batas:', text: 'afiliasi dengan instansi tertulis jelas di profil.' }] },
				{ title: 'Lapisan 3 · Employee advocacy', body: [{ lead: 'Fungsi:', text: 'menyukai, mengomentari, membagikan, membuat konten.' }, { lead: 'Batas:', text: 'sukarela; pegawai tidak menyembunyikan bahwa ia pegawai.' }] },
			],
			footer: [{ lead: 'Untuk semua lapisan:', text: 'tidak ada akun palsu atau anonim, tidak menyamar sebagai warga, tidak menyerang warga, tidak membeli interaksi, netral secara politik.' }],
		},
	},
	/** /pedoman/interaksi/menanggapi-komentar/ */
	'triase-komentar': {
		kind: 'tree',
		title: 'Memilah komentar: balas di publik, DM, rujuk, moderasi, atau krisis',
		caption: 'Tanyakan berurutan dari atas; jawaban "ya" pertama menentukan tempat dan cara membalas.',
		spec: {
			questions: [
				{
					text: 'Isunya menyebar cepat, atau ada ancaman atau ajakan aksi?',
					yes: { title: 'Krisis', text: 'Jangan membalas sendiri. Tentukan tingkat krisis dan beri tahu atasan.', tone: 'danger' },
				},
				{
					text: 'Berisi makian, ujaran kebencian, atau data pribadi orang lain?',
					yes: { title: 'Moderasi', text: 'Tangani menurut aturan komunitas. Keluhan di dalamnya tetap ditanggapi.', tone: 'warn' },
				},
				{
					text: 'Perlu data pribadi (NIK, nomor registrasi, alamat) untuk menolong?',
					yes: { title: 'Pindah ke DM', text: 'Tinggalkan balasan singkat di publik, lalu minta rinciannya lewat DM.', tone: 'accent' },
				},
				{
					text: 'Keluhan layanan yang harus ditangani unit lain?',
					yes: { title: 'Rujuk', text: 'Akui di publik, teruskan ke unit terkait, dan catat sebagai pengaduan bila perlu.', tone: 'accent' },
				},
			],
			otherwise: { title: 'Balas di publik', text: 'Pertanyaan, kritik, pujian, dan hoaks dijawab di kolom komentar dengan fakta dan tautan sumber.', tone: 'ok' },
		},
	},
	/** /krisis/tingkat-krisis/ */
	'pohon-tingkat-krisis': {
		kind: 'tree',
		title: 'Pohon keputusan tingkat krisis',
		caption: 'Pohon ini dibuat dari aturan yang sama dengan penentu tingkat di atas: tanda tingkat Tinggi diperiksa lebih dulu, lalu gabungan faktor Sedang.',
		spec: crisisTree(),
	},
	/** /pedoman/konten/persetujuan-konten/ */
	'alur-persetujuan': {
		kind: 'process',
		title: 'Alur persetujuan konten dan peran RACI',
		caption: 'Setiap tahap dipegang peran yang berbeda, dan hanya ada satu yang menyetujui. Temuan pemeriksa kembali ke penulis, bukan diperbaiki diam-diam.',
		spec: {
			lanes: [
				{ id: 'penyusun', name: 'Penyusun konten dan desainer' },
				{ id: 'editor', name: 'Editor atau admin lain' },
				{ id: 'penyetuju', name: 'Koordinator Humas atau pejabat yang ditunjuk' },
				{ id: 'admin', name: 'Admin penerbit' },
			],
			steps: [
				{ lane: 'penyusun', title: 'Draf', text: 'Caption, visual, alt text, tautan, dan sumber data dalam satu paket.', raci: { C: 'unit teknis pemilik materi' } },
				{ lane: 'editor', title: 'Periksa', text: 'Pakai daftar periksa; temuan dikembalikan kepada penulis.' },
				{ lane: 'penyetuju', title: 'Setujui', text: 'Melihat versi final yang sama persis; persetujuan dicatat.', raci: { A: 'satu pejabat sesuai tingkat risiko' } },
				{ lane: 'admin', title: 'Jadwalkan', text: 'Akun dan zona waktu benar; pratinjau dicocokkan.' },
				{ lane: 'admin', title: 'Terbitkan dan pantau', text: 'Buka unggahan, uji tautan, pantau komentar 30–60 menit.', raci: { I: 'penjawab komentar' } },
			],
			back: [{ from: 1, to: 0 }],
		},
	},
	/** /pedoman/hoaks/klarifikasi-hoaks/ */
	'alur-klarifikasi-hoaks': {
		kind: 'process',
		title: 'Alur klarifikasi hoaks',
		caption: 'Klarifikasi baru ditulis setelah fakta diverifikasi dan dampaknya dinilai; yang menyebar luas pindah ke playbook krisis.',
		spec: {
			lanes: [
				{ id: 'admin', name: 'Admin' },
				{ id: 'unit', name: 'Unit pemilik data' },
				{ id: 'koor', name: 'Koordinator' },
				{ id: 'pj', name: 'Penanggung jawab' },
			],
			steps: [
				{ lane: 'admin', title: 'Deteksi dan amankan bukti', text: 'Tangkapan layar, tautan, akun penyebar, waktu, jangkauan.' },
				{ lane: 'unit', title: 'Verifikasi fakta', text: 'Fakta sebenarnya dari pemilik data; cek sumber asli dan kanal cek fakta.' },
				{ lane: 'koor', title: 'Nilai dampak dan koordinasikan', text: 'Pakai tingkat krisis; libatkan Diskominfo atau Komdigi, dan kepolisian bila ada penipuan atau ancaman.' },
				{ lane: 'pj', title: 'Setujui klarifikasi', text: 'Ditulis dengan pola truth sandwich.', raci: { A: 'penanggung jawab' } },
				{ lane: 'admin', title: 'Terbitkan dan pantau', text: 'Di semua kanal yang terdampak; perbarui bila hoaks berubah bentuk.' },
			],
		},
	},
	/** /pedoman/hoaks/klarifikasi-hoaks/ */
	'matriks-tanggapan-hoaks': {
		kind: 'matrix',
		title: 'Perlu menanggapi hoaks atau tidak',
		caption: 'Bahaya menentukan kecepatan, sebaran menentukan bentuknya: hoaks kecil yang tidak berbahaya cukup dipantau.',
		spec: {
			colAxis: 'Sebaran',
			rowAxis: 'Bahaya',
			cols: ['Jangkauan kecil', 'Banyak warga bertanya'],
			rows: ['Tidak berbahaya', 'Keselamatan, uang, atau data pribadi'],
			cells: [
				[
					{ title: 'Catat dan pantau', text: 'Jawab satu per satu bila ada yang bertanya.', tone: 'ok' },
					{ title: 'Klarifikasi singkat', text: 'Terbitkan dan sematkan.', tone: 'accent' },
				],
				[
					{ title: 'Klarifikasi segera', text: 'Laporkan ke platform; kepolisian bila perlu.', tone: 'warn' },
					{ title: 'Segera, dan nilai tingkat krisis', text: 'Bila sudah menyebar luas, buka playbook hoaks viral.', tone: 'danger' },
				],
			],
		},
	},
	/** /pedoman/perencanaan/narasi-tunggal/ */
	'kaskade-narasi-tunggal': {
		kind: 'stack',
		title: 'Narasi tunggal dari pusat sampai akun daerah',
		caption: 'Pesan inti, angka, dan istilah resmi turun utuh; setiap lapisan hanya menambah informasi praktis untuk audiensnya.',
		spec: {
			items: [
				{ title: 'Komdigi dan kementerian teknis', tone: 'accent', body: [{ text: 'Menyusun narasi tunggal dan data pendukung.' }] },
				{ title: 'Akun utama instansi pemilik kebijakan', body: [{ lead: 'Peran:', text: 'sumber pertama, dengan tautan ke naskah resmi.' }, { lead: 'Terbit:', text: 'pertama.' }] },
				{ title: 'Akun pemerintah daerah dan Diskominfo', body: [{ lead: 'Peran:', text: 'membagikan ulang dan menambah informasi daerah.' }, { lead: 'Terbit:', text: 'setelah akun utama terbit.' }] },
				{ title: 'Akun unit dan program (afiliasi terbuka)', body: [{ lead: 'Peran:', text: 'menjelaskan rincian layanan untuk audiensnya.' }, { lead: 'Terbit:', text: 'hari yang sama.' }] },
				{ title: 'Pegawai yang bersedia', body: [{ lead: 'Peran:', text: 'membagikan dari akun pribadi, jujur sebagai pegawai.' }, { lead: 'Terbit:', text: 'setelah materi resmi tersedia.' }] },
			],
			arrows: { labels: ['materi lewat jalur resmi', 'dilokalkan tanpa mengubah isi', 'rincian layanan', 'sukarela'] },
			footer: [{ lead: 'Arus balik:', text: 'pertanyaan baru, sentimen, dan salah paham dilaporkan ke pemilik program.' }],
		},
	},
	/** /pedoman/evaluasi/evaluasi-mingguan/ */
	'siklus-evaluasi-mingguan': {
		kind: 'cycle',
		title: 'Siklus evaluasi mingguan',
		caption: 'Evaluasi mingguan adalah putaran pendek: setiap minggu dimulai dengan memeriksa tindakan minggu lalu.',
		spec: {
			steps: [
				{ title: 'Kumpulkan angka', text: 'Statistik tiap platform untuk periode Senin–Minggu yang sama.' },
				{ title: 'Hitung di alat laporan mingguan', text: 'Perubahan dibanding minggu sebelumnya.' },
				{ title: 'Baca komentar dan DM', text: 'Kelompokkan menurut tema dan hitung.' },
				{ title: 'Cari penjelasan', text: 'Mengapa unggahan terbaik dan terlemah begitu.' },
				{ title: 'Tulis 2–3 tindakan', text: 'Masing-masing dengan penanggung jawab dan tenggat.' },
				{ title: 'Bagikan ringkasan', text: 'Satu halaman untuk tim dan atasan.' },
				{ title: 'Periksa tindakan minggu lalu', text: 'Dikerjakan atau belum, dan apa hasilnya.' },
			],
			loopLabel: 'minggu berikutnya',
		},
	},
	/** /pedoman/konten/pilar-konten/ */
	'porsi-konten': {
		kind: 'mix',
		title: 'Tiga aturan praktis porsi konten untuk instansi',
		caption: 'Ketiganya heuristik industri, bukan aturan pemerintah; 70/20/10 paling mudah diterapkan dinas daerah.',
		spec: {
			rows: [
				{ title: '80/20', segments: [{ share: 80, label: 'layanan, kebijakan, dan edukasi' }, { share: 20, label: 'paling banyak: kegiatan dan capaian instansi' }] },
				{
					title: 'Rule of thirds',
					segments: [
						{ share: 33.3, label: 'informasi instansi' },
						{ share: 33.3, label: 'membagikan ulang konten resmi instansi lain' },
						{ share: 33.4, label: 'menjawab dan menyapa warga' },
					],
				},
				{
					title: '70/20/10',
					note: 'paling mudah untuk dinas daerah',
					segments: [
						{ share: 70, label: 'pilar inti' },
						{ share: 20, label: 'kolaborasi dan konten instansi mitra' },
						{ share: 10, label: 'percobaan format baru' },
					],
				},
			],
		},
	},
	/** /sop/ */
	'anatomi-sop': {
		kind: 'sop-anatomy',
		title: 'Bagian-bagian dokumen SOP-AP',
		caption: 'Setiap SOP terdiri atas bagian identitas dan diagram alir; pelaksana menjadi kolom, dan kegiatan ditulis sebagai kata kerja tanpa subjek.',
	},
	/** /pedoman/tata-kelola/siklus-hidup-akun/ */
	'siklus-hidup-akun': {
		kind: 'stack',
		title: 'Siklus hidup akun media sosial instansi',
		caption: 'Akun punya awal dan akhir yang tercatat: tidak ada akun yang dibuat tanpa persetujuan atau ditinggalkan tanpa ditutup.',
		spec: {
			items: [
				{ title: 'Usulan', body: [{ lead: 'Catat:', text: 'nama pengusul dan alasan.' }] },
				{ title: 'Persetujuan', tone: 'accent', body: [{ lead: 'Catat:', text: 'nomor dan tanggal persetujuan.' }] },
				{ title: 'Pembuatan', body: [{ lead: 'Catat:', text: 'tanggal dibuat, email dan nomor pemulihan milik instansi.' }] },
				{ title: 'Verifikasi', body: [{ lead: 'Catat:', text: 'status lencana.' }] },
				{ title: 'Operasi dan tinjauan berkala', tone: 'ok', body: [{ lead: 'Catat:', text: 'penanggung jawab, cadangan, tanggal tinjauan terakhir.' }] },
				{ title: 'Penggabungan atau pengarsipan', body: [{ lead: 'Catat:', text: 'akun tujuan dan lokasi arsip.' }] },
				{ title: 'Penutupan', tone: 'muted', body: [{ lead: 'Catat:', text: 'tanggal tutup; handle diamankan, pengikut diberi tahu.' }] },
			],
			arrows: { labels: [undefined, undefined, undefined, undefined, 'tidak lagi sesuai tujuan', undefined] },
		},
	},
	/** /pedoman/konten/visual-template/ */
	'ukuran-platform': {
		kind: 'ratios',
		title: 'Ukuran gambar dan video per platform, digambar sesuai rasio',
		caption: 'Bandingkan bentuknya sebelum mendesain: satu desain 4:5 tidak bisa dipakai apa adanya untuk 9:16 atau 16:9.',
		spec: PLATFORM_SIZES.map((s) => ({ platform: s.platform, format: s.format, width: s.width, height: s.height })),
	},
	/** /krisis/langkah-pertama/ */
	'lini-masa-15-menit': {
		kind: 'timeline',
		title: 'Lini masa 15 menit pertama dan jam pertama krisis',
		caption: `Dalam 15 menit pertama tujuannya menghentikan kerusakan dan memberi tahu orang yang tepat; pernyataan awal menyusul paling lambat 1 jam (tingkat ${high.name}).`,
		spec: {
			events: [
				{ mark: 'Menit 0', title: 'Anda tahu ada masalah', points: ['Catat jam dan sumbernya; mulai kronologi'], tone: 'accent' },
				{
					mark: 'Menit 0–15',
					title: 'Hentikan kerusakan, beri tahu orang yang tepat',
					points: ['Tahan semua unggahan terjadwal', 'Simpan bukti dengan tautan dan jam', 'Jangan menghapus, membalas, atau mengunggah dulu', 'Telepon atasan atau pejabat kehumasan', 'Tentukan tingkat krisis', 'Bagikan panduan skenario ke tim'],
					tone: 'warn',
				},
				target(high.targets.activation ?? '', 'danger'),
				target(high.targets.firstResponse),
				target(high.targets.firstUpdate),
			],
		},
	},
} satisfies Record<string, FigureDef>;

/** Name of a figure. */
export type NamaGambar = keyof typeof GAMBAR;
