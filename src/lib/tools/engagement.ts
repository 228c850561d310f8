/**
 * Engagement rate: interactions divided by reach, by impressions or by followers, for one
 * post or for all posts of a period. The reader chooses which interactions count; the
 * result names them, so two reports are never compared on different definitions.
 */
import { FieldReader, formatCount, formatFigure, formatRate, joinId, type FormValues, type ToolEvaluation } from './form.ts';

/**
 * Interaction kinds a reader can count, keyed by their form value: `noun` names the kind in
 * sentences and on its checkbox, `field` labels the count field (and its messages).
 */
export const INTERACTIONS = {
	reaksi: { noun: 'reaksi (suka)', field: 'Reaksi atau suka' },
	komentar: { noun: 'komentar', field: 'Komentar' },
	bagikan: { noun: 'bagikan', field: 'Dibagikan' },
	simpan: { noun: 'simpan', field: 'Disimpan' },
} as const;
export type Interaction = keyof typeof INTERACTIONS;

/** Upper bound for every count: larger figures are typing mistakes, not social media. */
const MAX = 1e11;

/**
 * Engagement rate in percent: `interactions ÷ base × 100`.
 * @param interactions counted interactions
 * @param base reach, impressions or followers; must be > 0
 * @throws RangeError when the base is not positive (callers validate first)
 */
export function engagementRate(interactions: number, base: number): number {
	if (!(base > 0)) throw new RangeError('engagementRate: penyebut harus lebih dari 0');
	return (interactions * 100) / base;
}

/**
 * Engagement rate by followers averaged per post over a period:
 * `interactions ÷ posts ÷ followers × 100`.
 */
export function engagementRatePerPost(interactions: number, posts: number, followers: number): number {
	if (!(posts > 0)) throw new RangeError('engagementRatePerPost: jumlah unggahan harus lebih dari 0');
	if (!(followers > 0)) throw new RangeError('engagementRatePerPost: penyebut harus lebih dari 0');
	return (interactions * 100) / (posts * followers);
}

/**
 * Reads the engagement form and describes the result.
 * Fields: `cakupan` ('pos' | 'periode'), `hitung` (checked interaction kinds), one count per
 * kind (`reaksi`, `komentar`, `bagikan`, `simpan`), `unggahan` (posts, period only), and the
 * optional bases `jangkauan`, `tayangan`, `pengikut` (at least one).
 */
export function evaluateEngagement(values: FormValues): ToolEvaluation {
	const r = new FieldReader(values);
	const period = r.text('cakupan') === 'periode';
	const counted = r.list('hitung').filter((k): k is Interaction => k in INTERACTIONS);
	if (counted.length === 0) r.error('hitung', 'Pilih minimal satu jenis interaksi yang dihitung.');

	const parts: { kind: Interaction; value: number }[] = [];
	for (const kind of counted) {
		const label = INTERACTIONS[kind].field;
		if (r.isEmpty(kind)) r.error(kind, `${label} wajib diisi karena dicentang untuk dihitung (isi 0 bila tidak ada).`);
		else parts.push({ kind, value: r.number(kind, { label, integer: true, max: MAX }) });
	}
	const posts = period ? r.divisor('unggahan', { label: 'Jumlah unggahan', integer: true, max: 1e6 }) : 1;
	const reach = r.divisor('jangkauan', { label: 'Jangkauan', integer: true, max: MAX, optional: true });
	const impressions = r.divisor('tayangan', { label: 'Tayangan', integer: true, max: MAX, optional: true });
	const followers = r.divisor('pengikut', { label: 'Jumlah pengikut', integer: true, max: MAX, optional: true });
	if (['jangkauan', 'tayangan', 'pengikut'].every((name) => r.isEmpty(name)))
		r.error('penyebut', 'Isi minimal satu penyebut: jangkauan, tayangan, atau jumlah pengikut.');
	if (r.failed) return r.fail();

	const total = parts.reduce((sum, p) => sum + p.value, 0);
	const totalText = `${formatCount(total)} interaksi`;
	const warnings: Record<string, string> = {};
	if (reach !== undefined && total > reach)
		warnings.jangkauan = `interaksi (${formatCount(total)}) lebih banyak daripada jangkauan (${formatCount(reach)}). Ini mungkin bila satu akun memberi beberapa interaksi, tetapi periksa apakah angkanya tertukar atau berasal dari periode yang berbeda.`;
	if (reach !== undefined && impressions !== undefined && reach > impressions)
		warnings.tayangan = `jangkauan (${formatCount(reach)}) lebih besar daripada tayangan (${formatCount(impressions)}), padahal setiap akun yang dijangkau minimal sekali melihat. Periksa kembali kedua angka.`;
	else if (impressions !== undefined && total > impressions)
		warnings.tayangan = `interaksi (${formatCount(total)}) lebih banyak daripada tayangan (${formatCount(impressions)}). Periksa kembali angkanya.`;

	const text: Record<string, string> = {
		total: totalText,
		counted: `Dihitung: ${joinId(parts.map((p) => `${INTERACTIONS[p.kind].noun} ${formatCount(p.value)}`))}${period ? `, dari ${formatCount(posts)} unggahan` : ''}.`,
	};
	const excluded = (Object.keys(INTERACTIONS) as Interaction[]).filter((k) => !counted.includes(k));
	text.excluded = excluded.length ? `Tidak dihitung: ${joinId(excluded.map((k) => INTERACTIONS[k].noun))}.` : '';

	if (reach !== undefined) {
		const rate = engagementRate(total, reach);
		text.reachRate = formatRate(rate);
		text.reachFormula = `${totalText} ÷ ${formatCount(reach)} jangkauan × 100 = ${formatRate(rate)}`;
		text.reachMeaning = `Dari setiap 100 akun yang ${period ? 'dijangkau unggahan-unggahan ini' : 'dijangkau unggahan ini'}, tercatat sekitar ${formatFigure(rate)} interaksi.`;
	}
	if (impressions !== undefined) {
		const rate = engagementRate(total, impressions);
		text.impressionRate = formatRate(rate);
		text.impressionFormula = `${totalText} ÷ ${formatCount(impressions)} tayangan × 100 = ${formatRate(rate)}`;
		text.impressionMeaning = `Setiap 100 kali ${period ? 'unggahan' : 'unggahan ini'} tampil di layar, tercatat sekitar ${formatFigure(rate)} interaksi.`;
	}
	if (followers !== undefined) {
		const rate = engagementRatePerPost(total, posts, followers);
		text.followerRate = formatRate(rate);
		text.followerFormula = period
			? `${totalText} ÷ ${formatCount(posts)} unggahan ÷ ${formatCount(followers)} pengikut × 100 = ${formatRate(rate)} per unggahan`
			: `${totalText} ÷ ${formatCount(followers)} pengikut × 100 = ${formatRate(rate)}`;
		text.followerMeaning = `Rata-rata ${period ? 'setiap unggahan' : 'unggahan ini'} menghasilkan sekitar ${formatFigure(rate)} interaksi untuk setiap 100 pengikut.`;
	}
	return {
		ok: true,
		warnings,
		notes: r.notes,
		view: {
			text,
			show: {
				reach: reach !== undefined,
				impressions: impressions !== undefined,
				followers: followers !== undefined,
				excluded: excluded.length > 0,
			},
		},
	};
}
