/**
 * Audience growth: the growth rate over a period (net new followers ÷ followers at the
 * start × 100), the same rate scaled to 30 days, and a projection of the date a target is
 * reached. The projection assumes the rate per period stays constant and compounds; a
 * linear variant (the same number of new followers every period) is shown beside it,
 * because real accounts usually grow slower than a compound curve promises.
 */
import { formatDateId, readDate } from '../format/date.ts';
import { FieldReader, formatCount, formatFigure, formatRate, type FormValues, type ToolEvaluation } from './form.ts';

const DAY_MS = 86_400_000;
/** Projections further out than this are reported as "not within a century", not as a date. */
export const HORIZON_YEARS = 100;

/**
 * Growth rate in percent: `(end − start) ÷ start × 100`.
 * @throws RangeError when start is not positive
 */
export function growthRate(start: number, end: number): number {
	if (!(start > 0)) throw new RangeError('growthRate: pengikut awal harus lebih dari 0');
	return ((end - start) * 100) / start;
}

/**
 * The growth rate of `days` days rescaled to another length, compounding:
 * `((end ÷ start)^(targetDays ÷ days) − 1) × 100`. Undefined above a million percent, where
 * the figure says nothing but "check the input".
 */
export function scaledRate(start: number, end: number, days: number, targetDays: number): number | undefined {
	if (!(start > 0) || !(days > 0)) throw new RangeError('scaledRate: pengikut awal dan lama periode harus lebih dari 0');
	const value = ((end / start) ** (targetDays / days) - 1) * 100;
	return Number.isFinite(value) && value <= 1e6 ? value : undefined;
}

/** How a target is (or is not) reached. */
export type Projection =
	| { kind: 'reached' }
	| { kind: 'never' }
	| { kind: 'beyond'; periods: number }
	| { kind: 'date'; periods: number; days: number; date: Date };

/**
 * Projects the date a follower target is reached when each period of `days` days
 * multiplies the audience by `end ÷ start` (compound growth).
 * @param from the last day of the measured period (UTC midnight)
 */
export function projectCompound(start: number, end: number, target: number, days: number, from: Date): Projection {
	if (target <= end) return { kind: 'reached' };
	if (!(end > start) || end <= 0) return { kind: 'never' };
	const periods = Math.log(target / end) / Math.log(end / start);
	return toProjection(periods, days, from);
}

/**
 * Projects the date a target is reached when every period adds the same number of
 * followers as the measured one (linear growth).
 */
export function projectLinear(start: number, end: number, target: number, days: number, from: Date): Projection {
	if (target <= end) return { kind: 'reached' };
	if (!(end > start)) return { kind: 'never' };
	return toProjection((target - end) / (end - start), days, from);
}

function toProjection(periods: number, days: number, from: Date): Projection {
	const total = Math.ceil(periods * days);
	if (!Number.isFinite(total) || total > HORIZON_YEARS * 365.25) return { kind: 'beyond', periods };
	return { kind: 'date', periods, days: total, date: new Date(from.getTime() + total * DAY_MS) };
}

/** Years a growth period may fall in: older or later dates are typing mistakes ("0026"). */
export const GROWTH_YEARS = { min: 2000, max: 2100 } as const;

/**
 * Reads a date typed as YYYY-MM-DD (what a date input gives) or DD/MM/YYYY, as UTC midnight.
 * @returns the date, or undefined when the text is not a real calendar date within {@link GROWTH_YEARS}
 */
export function parseIsoDate(text: string): Date | undefined {
	const read = readDate(text, 'Tanggal', GROWTH_YEARS);
	return read.ok ? new Date(read.value * DAY_MS) : undefined;
}

function describeWait(periods: number, days: number): string {
	return `${formatCount(days)} hari lagi, atau sekitar ${formatFigure(periods)} periode`;
}

/**
 * Reads the form (`awal`, `akhir` follower counts; `mulai`, `selesai` dates; optional
 * `target`) and describes the growth and the projection.
 */
export function evaluateGrowth(values: FormValues): ToolEvaluation {
	const r = new FieldReader(values);
	const start = r.divisor('awal', { label: 'Pengikut di awal periode', integer: true, max: 1e10 });
	const end = r.number('akhir', { label: 'Pengikut di akhir periode', integer: true, max: 1e10 });
	const dates = (['mulai', 'selesai'] as const).map((name) => {
		const label = name === 'mulai' ? 'Tanggal awal' : 'Tanggal akhir';
		const read = readDate(r.text(name), label, GROWTH_YEARS);
		if (!read.ok) {
			r.error(name, read.error);
			return undefined;
		}
		return new Date(read.value * DAY_MS);
	});
	const target = r.number('target', { label: 'Target pengikut', integer: true, max: 1e10, optional: true });
	const [from, to] = dates;
	// Both the first and the last day belong to the period: 1–31 October is 31 days.
	const days = from && to ? Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1 : 0;
	if (from && to && days <= 1) r.error('selesai', 'Tanggal akhir harus sesudah tanggal awal.');
	if (r.failed || !from || !to) return r.fail();

	const net = end - start;
	const rate = growthRate(start, end);
	const per30 = scaledRate(start, end, days, 30);
	const text: Record<string, string> = {
		rate: formatRate(rate),
		period: `${formatDateId(from)} – ${formatDateId(to)} (${formatCount(days)} hari, tanggal awal dan akhir ikut dihitung)`,
		formula: `(${formatCount(end)} − ${formatCount(start)}) ÷ ${formatCount(start)} pengikut × 100 = ${formatRate(rate)}`,
		net:
			net > 0
				? `Bertambah ${formatCount(net)} pengikut bersih (pengikut baru dikurangi yang berhenti mengikuti).`
				: net < 0
					? `Berkurang ${formatCount(-net)} pengikut bersih: lebih banyak yang berhenti mengikuti daripada yang baru.`
					: 'Jumlah pengikut tidak berubah.',
		per30:
			days === 30
				? ''
				: per30 === undefined
					? 'Laju per 30 hari terlalu besar untuk ditampilkan; periksa angka dan tanggalnya.'
					: `Setara dengan ${formatRate(per30)} per 30 hari, bila laju yang sama berlanjut (majemuk). Pakai angka ini untuk membandingkan periode yang panjangnya berbeda.`,
	};
	const show: Record<string, boolean> = { projection: target !== undefined, per30: days !== 30 };
	const warnings: Record<string, string> = {};

	if (target !== undefined) {
		const compound = projectCompound(start, end, target, days, to);
		const linear = projectLinear(start, end, target, days, to);
		const goal = `${formatCount(target)} pengikut`;
		show.linear = compound.kind !== 'reached' && compound.kind !== 'never';
		if (compound.kind === 'reached') {
			text.projection = `Target ${goal} sudah tercapai: pengikut di akhir periode ${formatCount(end)}.`;
		} else if (compound.kind === 'never') {
			text.projection =
				net === 0
					? `Dengan laju 0%, jumlah pengikut tidak bertambah, sehingga target ${goal} tidak akan tercapai tanpa perubahan. Tidak ada tanggal yang dapat diproyeksikan.`
					: `Dengan laju negatif (${formatRate(rate)}), jumlah pengikut justru berkurang, sehingga target ${goal} tidak akan tercapai pada laju ini. Tidak ada tanggal yang dapat diproyeksikan; cari dahulu penyebab penurunan.`;
		} else if (compound.kind === 'beyond') {
			text.projection = `Pada laju ${formatRate(rate)} per ${formatCount(days)} hari, target ${goal} baru tercapai lebih dari ${HORIZON_YEARS} tahun lagi: praktis tidak tercapai tanpa perubahan strategi.`;
		} else {
			text.projection = `Bila laju ${formatRate(rate)} per ${formatCount(days)} hari bertahan dan tumbuh majemuk, target ${goal} tercapai sekitar ${formatDateId(compound.date)} (${describeWait(compound.periods, compound.days)} setelah ${formatDateId(to)}).`;
		}
		if (show.linear) {
			text.linear =
				linear.kind === 'date'
					? `Bila pertambahannya tetap ${formatCount(net)} pengikut per ${formatCount(days)} hari (linear), target tercapai sekitar ${formatDateId(linear.date)}.`
					: `Bila pertambahannya tetap ${formatCount(net)} pengikut per ${formatCount(days)} hari (linear), target baru tercapai lebih dari ${HORIZON_YEARS} tahun lagi.`;
		}
		if (compound.kind === 'date' && compound.periods > 24)
			warnings.target = `proyeksi ini melampaui ${formatCount(Math.floor(compound.periods))} periode ke depan. Makin jauh proyeksinya, makin kecil kemungkinan laju tetap sama.`;
	}
	return { ok: true, warnings, notes: r.notes, view: { text, show } };
}
