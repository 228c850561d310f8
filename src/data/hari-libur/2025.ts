import type { HolidayYear } from '../../lib/calendar/holidays.ts';

/**
 * Hari libur nasional dan cuti bersama 2025: 17 hari libur nasional, 10 hari cuti bersama, plus
 * one cuti bersama (18 August) added by the amending decree of 7 August 2025.
 * Checked against the published lists (Sekretariat Kabinet, Kemenko PMK, KemenPAN-RB press) in 2026.
 */
const year2025: HolidayYear = {
	year: 2025,
	decrees: [
		{
			title:
				'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025',
			signed: '2024-10-14',
		},
		{
			title:
				'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (perubahan)',
			signed: '2025-08-07',
			note: 'menambah cuti bersama Senin, 18 Agustus 2025 (HUT ke-80 RI)',
		},
	],
	days: [
		{ date: '2025-01-01', kind: 'libur', name: 'Tahun Baru 2025 Masehi' },
		{ date: '2025-01-27', kind: 'libur', name: 'Isra Mikraj Nabi Muhammad SAW' },
		{ date: '2025-01-28', kind: 'cuti', name: 'Tahun Baru Imlek 2576 Kongzili' },
		{ date: '2025-01-29', kind: 'libur', name: 'Tahun Baru Imlek 2576 Kongzili' },
		{ date: '2025-03-28', kind: 'cuti', name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)' },
		{ date: '2025-03-29', kind: 'libur', name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)' },
		{ date: '2025-03-31', kind: 'libur', name: 'Idulfitri 1446 Hijriah' },
		{ date: '2025-04-01', kind: 'libur', name: 'Idulfitri 1446 Hijriah' },
		{ date: '2025-04-02', kind: 'cuti', name: 'Idulfitri 1446 Hijriah' },
		{ date: '2025-04-03', kind: 'cuti', name: 'Idulfitri 1446 Hijriah' },
		{ date: '2025-04-04', kind: 'cuti', name: 'Idulfitri 1446 Hijriah' },
		{ date: '2025-04-07', kind: 'cuti', name: 'Idulfitri 1446 Hijriah' },
		{ date: '2025-04-18', kind: 'libur', name: 'Wafat Yesus Kristus' },
		{ date: '2025-04-20', kind: 'libur', name: 'Kebangkitan Yesus Kristus (Paskah)' },
		{ date: '2025-05-01', kind: 'libur', name: 'Hari Buruh Internasional' },
		{ date: '2025-05-12', kind: 'libur', name: 'Hari Raya Waisak 2569 BE' },
		{ date: '2025-05-13', kind: 'cuti', name: 'Hari Raya Waisak 2569 BE' },
		{ date: '2025-05-29', kind: 'libur', name: 'Kenaikan Yesus Kristus' },
		{ date: '2025-05-30', kind: 'cuti', name: 'Kenaikan Yesus Kristus' },
		{ date: '2025-06-01', kind: 'libur', name: 'Hari Lahir Pancasila' },
		{ date: '2025-06-06', kind: 'libur', name: 'Iduladha 1446 Hijriah' },
		{ date: '2025-06-09', kind: 'cuti', name: 'Iduladha 1446 Hijriah' },
		{ date: '2025-06-27', kind: 'libur', name: '1 Muharam Tahun Baru Islam 1447 Hijriah' },
		{ date: '2025-08-17', kind: 'libur', name: 'Proklamasi Kemerdekaan' },
		{ date: '2025-08-18', kind: 'cuti', name: 'HUT ke-80 Republik Indonesia' },
		{ date: '2025-09-05', kind: 'libur', name: 'Maulid Nabi Muhammad SAW' },
		{ date: '2025-12-25', kind: 'libur', name: 'Kelahiran Yesus Kristus' },
		{ date: '2025-12-26', kind: 'cuti', name: 'Kelahiran Yesus Kristus' },
	],
};

export default year2025;
