/**
 * Avinash Kaushik's social metrics: conversation rate (comments per post), amplification
 * rate (shares per post) and applause rate (likes per post), their "relative" variants per
 * 1,000 followers for comparing accounts of different sizes, and the virality rate
 * (shares ÷ impressions × 100).
 */
import { FieldReader, formatCount, formatFigure, formatRate, type FormValues, type ToolEvaluation } from './form.ts';

const MAX = 1e11;

/** The three per-post rates, keyed by the form field that holds their numerator. */
export const RATES = {
	komentar: { name: 'Conversation rate', noun: 'komentar', field: 'Jumlah komentar' },
	bagikan: { name: 'Amplification rate', noun: 'bagikan', field: 'Jumlah dibagikan' },
	suka: { name: 'Applause rate', noun: 'suka', field: 'Jumlah suka atau reaksi' },
} as const;
export type RateKey = keyof typeof RATES;

/**
 * Average per post: `count ÷ posts`.
 * @throws RangeError when posts is not positive (callers validate first)
 */
export function perPost(count: number, posts: number): number {
	if (!(posts > 0)) throw new RangeError('perPost: jumlah unggahan harus lebih dari 0');
	return count / posts;
}

/**
 * Per-post average relative to audience size: `count ÷ posts ÷ followers × 1,000`.
 * @throws RangeError when posts or followers is not positive
 */
export function perThousandFollowers(count: number, posts: number, followers: number): number {
	if (!(followers > 0)) throw new RangeError('perThousandFollowers: pengikut harus lebih dari 0');
	return (count * 1000) / (posts * followers);
}

/**
 * Virality rate in percent: `shares ÷ impressions × 100`.
 * @throws RangeError when impressions is not positive
 */
export function viralityRate(shares: number, impressions: number): number {
	if (!(impressions > 0)) throw new RangeError('viralityRate: tayangan harus lebih dari 0');
	return (shares * 100) / impressions;
}

/**
 * Reads the form (`unggahan`, `komentar`, `bagikan`, `suka`, optional `pengikut` and
 * `tayangan`) and describes every rate that the filled fields allow.
 */
export function evaluateConversation(values: FormValues): ToolEvaluation {
	const r = new FieldReader(values);
	const posts = r.divisor('unggahan', { label: 'Jumlah unggahan', integer: true, max: 1e6 });
	const counts: Partial<Record<RateKey, number>> = {};
	for (const key of Object.keys(RATES) as RateKey[]) {
		const value = r.number(key, { label: RATES[key].field, integer: true, max: MAX, optional: true });
		if (value !== undefined) counts[key] = value;
	}
	const followers = r.divisor('pengikut', { label: 'Jumlah pengikut', integer: true, max: MAX, optional: true });
	const impressions = r.divisor('tayangan', { label: 'Tayangan', integer: true, max: MAX, optional: true });
	if ((Object.keys(RATES) as RateKey[]).every((k) => r.isEmpty(k)))
		r.error('interaksi', 'Isi minimal satu: jumlah komentar, dibagikan, atau suka.');
	if (!r.isEmpty('tayangan') && r.isEmpty('bagikan'))
		r.error('bagikan', 'Isi jumlah dibagikan untuk menghitung tingkat viralitas dari tayangan.');
	if (r.failed) return r.fail();

	const postWord = `${formatCount(posts)} unggahan`;
	const text: Record<string, string> = {};
	const show: Record<string, boolean> = {};
	const rows: string[][] = [];
	for (const key of Object.keys(RATES) as RateKey[]) {
		const count = counts[key];
		show[key] = count !== undefined;
		if (count === undefined) continue;
		const { name, noun } = RATES[key];
		const avg = perPost(count, posts);
		text[`${key}Figure`] = `${formatFigure(avg)} ${noun} per unggahan`;
		text[`${key}Formula`] = `${formatCount(count)} ${noun} ÷ ${postWord} = ${formatFigure(avg)}`;
		let relative = '–';
		if (followers !== undefined) {
			const rel = perThousandFollowers(count, posts, followers);
			relative = formatFigure(rel);
			text[`${key}Relative`] = `${formatFigure(avg)} ÷ ${formatCount(followers)} pengikut × 1.000 = ${formatFigure(rel)} ${noun} per unggahan untuk setiap 1.000 pengikut`;
		}
		rows.push([name, formatFigure(avg), relative]);
	}
	show.relative = followers !== undefined;
	show.relativeMissing = followers === undefined;

	const warnings: Record<string, string> = {};
	show.virality = impressions !== undefined;
	if (impressions !== undefined) {
		const shares = counts.bagikan!;
		const rate = viralityRate(shares, impressions);
		text.viralityFigure = formatRate(rate);
		text.viralityFormula = `${formatCount(shares)} bagikan ÷ ${formatCount(impressions)} tayangan × 100 = ${formatRate(rate)}`;
		if (shares > impressions)
			warnings.tayangan = `jumlah dibagikan (${formatCount(shares)}) melebihi tayangan (${formatCount(impressions)}). Periksa apakah kedua angka berasal dari unggahan dan periode yang sama.`;
	}
	return { ok: true, warnings, notes: r.notes, view: { text, show, rows: { rates: rows } } };
}
