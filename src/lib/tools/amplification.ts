/**
 * Planner for the layered account structure (struktur akun berlapis): the main account,
 * layer 1 key opinion leaders, layer 2 institutional interactive accounts, layer 3
 * employee advocacy. Estimates how many accounts a message reaches when each layer
 * re-posts it, under stated assumptions: every participating account reaches its own
 * average, and a single overlap discount removes people reached more than once.
 */
import { formatNumber } from '../format/number.ts';
import { FieldReader, formatCount, formatRate, type FormValues, type ToolEvaluation } from './form.ts';

/** The three amplifying layers, keyed by their field prefix. */
export const LAYERS = {
	kol: { label: 'Lapisan 1: KOL (tokoh/pemengaruh)', short: 'Lapisan 1 (KOL)' },
	lembaga: { label: 'Lapisan 2: akun interaktif lembaga', short: 'Lapisan 2 (akun lembaga)' },
	pegawai: { label: 'Lapisan 3: akun pegawai (employee advocacy)', short: 'Lapisan 3 (pegawai)' },
} as const;
export type Layer = keyof typeof LAYERS;

/** One amplifying layer's inputs. */
export interface LayerInput {
	/** Accounts in the layer. */
	accounts: number;
	/** Average reach of one of their posts. */
	reach: number;
	/** Share of the accounts expected to post or share the message, in percent. */
	participation: number;
}

/** Estimated reach, layer by layer. */
export interface AmplificationEstimate {
	/** Per layer: accounts expected to take part, and their combined reach before the overlap discount. */
	layers: Partial<Record<Layer, { active: number; gross: number }>>;
	/** Sum of the layers' reach before the discount. */
	gross: number;
	/** Reach the layers add after the overlap discount. */
	added: number;
	/** Main account + added. */
	total: number;
}

/**
 * Estimates the total reach: `main + Σ(accounts × participation × reach) × (1 − overlap)`.
 * @param main average reach of the main account's post
 * @param layers inputs per layer (missing layers count as empty)
 * @param overlap share of the layers' reach already reached by another account, in percent (0–100)
 */
export function estimateAmplification(main: number, layers: Partial<Record<Layer, LayerInput>>, overlap: number): AmplificationEstimate {
	if (!(overlap >= 0 && overlap <= 100)) throw new RangeError('estimateAmplification: tumpang-tindih harus 0–100');
	const out: AmplificationEstimate['layers'] = {};
	let gross = 0;
	for (const key of Object.keys(LAYERS) as Layer[]) {
		const layer = layers[key];
		if (!layer || layer.accounts === 0) continue;
		const active = (layer.accounts * layer.participation) / 100;
		const reach = active * layer.reach;
		out[key] = { active, gross: reach };
		gross += reach;
	}
	const added = gross * (1 - overlap / 100);
	return { layers: out, gross, added, total: main + added };
}

/** Rounds an estimate to three significant digits, so it does not look more precise than it is. */
export function roundEstimate(value: number): number {
	if (value < 1000) return Math.round(value);
	const step = 10 ** (Math.floor(Math.log10(value)) - 2);
	return Math.round(value / step) * step;
}

/**
 * Reads the form (`utama`; per layer `<layer>_akun`, `<layer>_jangkauan`, `<layer>_ikut`;
 * `tumpang`) and describes the estimate.
 */
export function evaluateAmplification(values: FormValues): ToolEvaluation {
	const r = new FieldReader(values);
	const main = r.number('utama', { label: 'Jangkauan akun utama', integer: true, max: 1e10 });
	const layers: Partial<Record<Layer, LayerInput>> = {};
	const warnings: Record<string, string> = {};
	for (const key of Object.keys(LAYERS) as Layer[]) {
		const accounts = r.number(`${key}_akun`, { label: 'Jumlah akun', integer: true, max: 1e6, optional: true });
		if (accounts === undefined && !(`${key}_akun` in r.errors) && (!r.isEmpty(`${key}_jangkauan`) || !r.isEmpty(`${key}_ikut`))) {
			// A layer with reach or participation but no account count was meant to count: name it, never drop it silently.
			r.error(`${key}_akun`, `Jumlah akun lapisan ${LAYERS[key].short} kosong, padahal jangkauan atau partisipasinya diisi. Isi jumlah akunnya (0 bila tidak ada), atau kosongkan seluruh lapisan.`);
			continue;
		}
		if (!accounts) continue;
		const reach = r.number(`${key}_jangkauan`, { label: 'Rata-rata jangkauan per unggahan', integer: true, max: 1e10 });
		const participation = r.number(`${key}_ikut`, { label: 'Perkiraan yang ikut', max: 100 });
		layers[key] = { accounts, reach, participation };
		if (participation === 100)
			warnings[`${key}_ikut`] = 'semua akun ikut menyebarkan jarang terjadi. Pakai angka dari kampanye sebelumnya bila ada.';
	}
	const overlap = r.number('tumpang', { label: 'Tumpang-tindih audiens', max: 100 });
	if (!r.failed && Object.keys(layers).length === 0)
		r.error('kol_akun', 'Isi jumlah akun minimal pada satu lapisan.');
	if (!r.failed && main === 0 && Object.values(layers).every((l) => l.reach === 0 || l.participation === 0))
		r.error('utama', 'Semua jangkauan 0: tidak ada yang dapat diperkirakan.');
	if (r.failed) return r.fail();

	const estimate = estimateAmplification(main, layers, overlap);
	const rows: string[][] = [['Akun utama', '1', formatCount(main), formatCount(main)]];
	for (const key of Object.keys(LAYERS) as Layer[]) {
		const layer = estimate.layers[key];
		if (!layer) continue;
		rows.push([LAYERS[key].short, formatNumber(layer.active, 1), formatCount(layers[key]!.reach), formatCount(Math.round(layer.gross))]);
	}
	const rounded = roundEstimate(estimate.total);
	const grossText = formatCount(Math.round(estimate.gross));
	const text: Record<string, string> = {
		total: `sekitar ${formatCount(rounded)} akun`,
		formula: `${formatCount(main)} + ${grossText} × (100% − ${formatRate(overlap)}) = ${formatCount(Math.round(estimate.total))}, dibulatkan menjadi ${formatCount(rounded)}`,
		discount: `Potongan tumpang-tindih ${formatRate(overlap)}: ${grossText} jangkauan kotor lapisan menjadi ${formatCount(Math.round(estimate.added))} akun tambahan.`,
		multiplier:
			main > 0
				? `Pesan diperkirakan menjangkau ${formatNumber(estimate.total / main, 1)} kali jangkauan akun utama saja.`
				: 'Akun utama belum memiliki jangkauan, sehingga kelipatannya tidak dihitung.',
	};
	return { ok: true, warnings, notes: r.notes, view: { text, rows: { layers: rows } } };
}
