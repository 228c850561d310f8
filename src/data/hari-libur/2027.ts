import { certainHolidays, type HolidayYear } from '../../lib/calendar/holidays.ts';

/**
 * 2027: INCOMPLETE. The SKB on hari libur nasional dan cuti bersama 2027 was not found in the
 * sources checked on 1 December 2026, so this year holds only the holidays that are certain
 * without it: the fixed-date ones and those computed from Easter (Easter 2027 is 28 March).
 * Islamic, Chinese, Saka and Buddhist holidays and every cuti bersama are missing until the SKB
 * is added here with its numbers; then drop `incomplete`.
 */
const year2027: HolidayYear = {
	year: 2027,
	decrees: [],
	incomplete:
		'Belum lengkap: SKB hari libur nasional dan cuti bersama 2027 belum kami periksa. Yang tercantum hanya hari libur bertanggal tetap dan yang dihitung dari tanggal Paskah; hari raya Islam, Imlek, Nyepi, Waisak dan semua cuti bersama belum ada.',
	days: certainHolidays(2027),
};

export default year2027;
