/**
 * The site's own CSV template for the weekly report: the column names the reader fills in
 * when their platform's export does not fit, with fictional example rows. Served as a static
 * file (src/pages/unduhan/templat-laporan-mingguan.csv.ts) and tested against the reader.
 */
import { toCsv } from '../csv/csv.ts';

/** Template columns (recognised by `mapColumns`). */
export const TEMPLATE_HEADER = ['tanggal', 'platform', 'pilar', 'jenis', 'judul', 'jangkauan', 'impresi', 'suka', 'komentar', 'bagikan', 'simpan', 'pengikut_baru'] as const;

/** Example rows: two weeks of a fictional regency account (@pemkabcontoh). */
export const TEMPLATE_ROWS: readonly (readonly (string | number)[])[] = [
	['2026-11-09', 'Instagram', 'Layanan', 'Foto', 'Jadwal perekaman KTP-el di kecamatan', 4200, 6100, 310, 42, 25, 18, 12],
	['2026-11-11', 'Instagram', 'Edukasi', 'Reels', 'Cara cek status bansos', 6800, 9900, 520, 88, 64, 70, 30],
	['2026-11-13', 'Instagram', 'Kegiatan', 'Foto', 'Bupati meninjau posyandu', 3100, 4000, 150, 12, 4, 3, 2],
	['2026-11-16', 'Instagram', 'Layanan', 'Foto', 'Perpanjangan jam layanan Disdukcapil', 5200, 7400, 402, 61, 38, 22, 15],
	['2026-11-18', 'Instagram', 'Edukasi', 'Reels', 'Kenali hoaks lowongan kerja CPNS', 9100, 13800, 760, 120, 210, 95, 41],
	['2026-11-19', 'Instagram', 'Kegiatan', 'Foto', 'Rapat koordinasi kesiapsiagaan banjir', 2800, 3500, 96, 7, 3, 1, 0],
	['2026-11-20', 'Instagram', 'Edukasi', 'Karosel', 'Syarat, jadwal; dan lokasi layanan "jemput bola"', 4700, 6600, 298, 35, 41, 60, 9],
];

/** The template as a file: UTF-8 with BOM, semicolons (Excel in Indonesian locale). */
export function templateCsv(): string {
	return toCsv([[...TEMPLATE_HEADER], ...TEMPLATE_ROWS]);
}
