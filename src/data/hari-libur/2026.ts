import type { HolidayYear } from '../../lib/calendar/holidays.ts';

/**
 * Hari libur nasional dan cuti bersama 2026: 17 hari libur nasional and 8 hari cuti bersama.
 * Checked against the published lists (Kemenko PMK announcement of 19 September 2025 and press
 * reports of the signed decree) in 2026. If the government amends the list (e.g. after the
 * Minister of Religious Affairs fixes Idulfitri or Iduladha), add the amendment here.
 */
const year2026: HolidayYear = {
	year: 2026,
	decrees: [
		{
			title:
				'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026',
			signed: '2025-09-19',
		},
	],
	days: [
		{ date: '2026-01-01', kind: 'libur', name: 'Tahun Baru 2026 Masehi' },
		{ date: '2026-01-16', kind: 'libur', name: 'Isra Mikraj Nabi Muhammad SAW' },
		{ date: '2026-02-16', kind: 'cuti', name: 'Tahun Baru Imlek 2577 Kongzili' },
		{ date: '2026-02-17', kind: 'libur', name: 'Tahun Baru Imlek 2577 Kongzili' },
		{ date: '2026-03-18', kind: 'cuti', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
		{ date: '2026-03-19', kind: 'libur', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
		{ date: '2026-03-20', kind: 'cuti', name: 'Idulfitri 1447 Hijriah' },
		{ date: '2026-03-21', kind: 'libur', name: 'Idulfitri 1447 Hijriah' },
		{ date: '2026-03-22', kind: 'libur', name: 'Idulfitri 1447 Hijriah' },
		{ date: '2026-03-23', kind: 'cuti', name: 'Idulfitri 1447 Hijriah' },
		{ date: '2026-03-24', kind: 'cuti', name: 'Idulfitri 1447 Hijriah' },
		{ date: '2026-04-03', kind: 'libur', name: 'Wafat Yesus Kristus' },
		{ date: '2026-04-05', kind: 'libur', name: 'Kebangkitan Yesus Kristus (Paskah)' },
		{ date: '2026-05-01', kind: 'libur', name: 'Hari Buruh Internasional' },
		{ date: '2026-05-14', kind: 'libur', name: 'Kenaikan Yesus Kristus' },
		{ date: '2026-05-15', kind: 'cuti', name: 'Kenaikan Yesus Kristus' },
		{ date: '2026-05-27', kind: 'libur', name: 'Iduladha 1447 Hijriah' },
		{ date: '2026-05-28', kind: 'cuti', name: 'Iduladha 1447 Hijriah' },
		{ date: '2026-05-31', kind: 'libur', name: 'Hari Raya Waisak 2570 BE' },
		{ date: '2026-06-01', kind: 'libur', name: 'Hari Lahir Pancasila' },
		{ date: '2026-06-16', kind: 'libur', name: '1 Muharam Tahun Baru Islam 1448 Hijriah' },
		{ date: '2026-08-17', kind: 'libur', name: 'Proklamasi Kemerdekaan' },
		{ date: '2026-08-25', kind: 'libur', name: 'Maulid Nabi Muhammad SAW' },
		{ date: '2026-12-24', kind: 'cuti', name: 'Kelahiran Yesus Kristus' },
		{ date: '2026-12-25', kind: 'libur', name: 'Kelahiran Yesus Kristus' },
	],
};

export default year2026;
