/**
 * The content-calendar form: reads its values (as they come from the form or the URL) into
 * plan settings or into messages per field, and defines the small JSON the page keeps in
 * localStorage and offers as a file ("Simpan rencana").
 */
import { formatNumber, parseNumber } from '../format/number.ts';
import { dayFromParts } from './dates.ts';
import { readDate } from '../format/date.ts';
import { OWN_DAYS_OFF_FIELD, parseOwnDaysOff } from './own-days-off.ts';
import {
	CONTENT_MIXES,
	OWN_MIX,
	PLAN_LIMITS,
	PLAN_PLATFORMS,
	countSlots,
	type Moment,
	type Pillar,
	type PlanSettings,
	type SlotEdit,
} from './content-plan.ts';

/** Form values by field name (checkbox groups give arrays). */
export type FormValues = Record<string, string | string[] | undefined>;

/** Field names, shared by the component and this reader. */
export const PLAN_FIELDS = {
	start: 'mulai',
	end: 'selesai',
	platforms: 'platform',
	perWeek: (id: string) => `per-${id}`,
	mix: 'campuran',
	pillarName: (i: number) => `pilar-${i}`,
	pillarPercent: (i: number) => `persen-${i}`,
	ownDates: 'tanggal-sendiri',
	ownDaysOff: OWN_DAYS_OFF_FIELD,
} as const;

const text = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

/**
 * Reads the reader's own dates, one per line: "2026-12-10 Hari Jadi Kabupaten Contoh" or
 * "10/12/2026 Hari Jadi …" (day/month/year; "-" and "." also accepted).
 * @param input textarea content
 */
export function parseOwnDates(input: string): { ok: true; moments: Moment[] } | { ok: false; error: string } {
	const lines = input.split(/\r\n|\r|\n/);
	const moments: Moment[] = [];
	for (const [i, raw] of lines.entries()) {
		const line = raw.trim();
		if (line === '') continue;
		const m = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(.+)$/.exec(line) ?? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s+(.+)$/.exec(line);
		if (!m) return { ok: false, error: `Baris ${i + 1}: tulis tanggal lalu nama momen, misalnya "2026-12-10 Hari Jadi Kabupaten Contoh".` };
		const iso = m[1]!.length === 4;
		const day = iso ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : dayFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
		if (day === undefined) return { ok: false, error: `Baris ${i + 1}: tanggal "${line.split(/\s+/)[0]}" tidak ada di kalender.` };
		const name = m[4]!.trim();
		if (name.length > 80) return { ok: false, error: `Baris ${i + 1}: nama momen paling panjang 80 karakter.` };
		moments.push({ day, name, kind: 'instansi' });
	}
	if (moments.length > PLAN_LIMITS.maxOwnDates) return { ok: false, error: `Paling banyak ${PLAN_LIMITS.maxOwnDates} tanggal.` };
	return { ok: true, moments };
}

/**
 * Reads the form. Returns the settings, or messages keyed by field name. Rules: both dates,
 * end not before start, at most {@link PLAN_LIMITS}.maxDays days; at least one platform, each
 * with a whole number of posts per week (1–35); a mix; own pillars named, 2–6 of them, shares
 * adding up to 100; own dates readable; the plan not larger than maxSlots posts.
 * @param values form values
 */
export function readPlanForm(values: FormValues): { settings: PlanSettings; errors?: undefined } | { errors: Record<string, string>; settings?: undefined } {
	const errors: Record<string, string> = {};
	const F = PLAN_FIELDS;

	// Years outside 2000–2100 are typing mistakes ("0026" from a two-digit year): said at the field.
	const readDay = (name: string, label: string) => {
		const read = readDate(text(values[name]), label, { min: 2000, max: 2100 });
		if (!read.ok) errors[name] = read.error;
		return read.ok ? read.value : undefined;
	};
	const start = readDay(F.start, 'Tanggal mulai');
	const end = readDay(F.end, 'Tanggal selesai');
	if (end === undefined) {
		/* message already set */
	} else if (start !== undefined && end < start) errors[F.end] = 'Tanggal selesai tidak boleh sebelum tanggal mulai.';
	else if (start !== undefined && end - start + 1 > PLAN_LIMITS.maxDays)
		errors[F.end] = `Periode paling lama ${PLAN_LIMITS.maxDays} hari (sekitar 6 bulan); periode ini ${formatNumber(end - start + 1)} hari. Buat kalender terpisah untuk periode berikutnya.`;

	const chosen = values[F.platforms];
	const ids = (Array.isArray(chosen) ? chosen : chosen ? [chosen] : []).filter((id) => PLAN_PLATFORMS.some((p) => p.id === id));
	const platforms: PlanSettings['platforms'] = [];
	if (ids.length === 0) errors[F.platforms] = 'Pilih minimal satu platform.';
	for (const p of PLAN_PLATFORMS) {
		if (!ids.includes(p.id)) continue;
		const parsed = parseNumber(text(values[F.perWeek(p.id)]), { label: `Unggahan ${p.label} per minggu`, min: 1, max: PLAN_LIMITS.maxPerWeek, integer: true });
		if (parsed.ok) platforms.push({ id: p.id, perWeek: parsed.value! });
		else errors[F.perWeek(p.id)] = parsed.error;
	}

	const mixId = text(values[F.mix]);
	let pillars: Pillar[] = [];
	const preset = CONTENT_MIXES.find((m) => m.id === mixId);
	if (preset) pillars = preset.pillars;
	else if (mixId === OWN_MIX) {
		let lastPercentField = '';
		const names = new Set<string>();
		for (let i = 1; i <= PLAN_LIMITS.maxOwnPillars; i++) {
			const name = text(values[F.pillarName(i)]);
			const percentText = text(values[F.pillarPercent(i)]);
			if (!name && !percentText) continue;
			lastPercentField = F.pillarPercent(i);
			if (!name) {
				errors[F.pillarName(i)] = `Nama pilar ${i} wajib diisi karena persentasenya diisi.`;
				continue;
			}
			if (name.length > 60) errors[F.pillarName(i)] = `Nama pilar ${i} paling panjang 60 karakter.`;
			else if (names.has(name.toLowerCase())) errors[F.pillarName(i)] = `Nama pilar ${i} sama dengan pilar lain.`;
			names.add(name.toLowerCase());
			const parsed = parseNumber(percentText, { label: `Persentase pilar ${i}`, min: 1, max: 100 });
			if (parsed.ok) pillars.push({ name, percent: parsed.value! });
			else errors[F.pillarPercent(i)] = parsed.error;
		}
		const anyPillarError = Object.keys(errors).some((k) => k.startsWith('pilar-') || k.startsWith('persen-'));
		if (!anyPillarError) {
			const sum = pillars.reduce((s, p) => s + p.percent, 0);
			if (pillars.length < 2) errors[lastPercentField || F.pillarName(1)] = 'Isi minimal dua pilar beserta persentasenya.';
			else if (Math.abs(sum - 100) > 0.01) errors[lastPercentField] = `Jumlah persentase semua pilar ${formatNumber(sum, 2)}%; harus tepat 100%.`;
		}
	} else errors[F.mix] = 'Pilih campuran konten.';

	const ownRaw = values[F.ownDates];
	const own = parseOwnDates(Array.isArray(ownRaw) ? (ownRaw[0] ?? '') : (ownRaw ?? ''));
	if (!own.ok) errors[F.ownDates] = own.error;

	if (!errors[F.end] && !errors[F.start] && start !== undefined && end !== undefined && platforms.length) {
		const total = countSlots(start, end, platforms);
		if (total > PLAN_LIMITS.maxSlots)
			errors[F.end] = `Rencana ini berisi ${formatNumber(total)} unggahan; paling banyak ${formatNumber(PLAN_LIMITS.maxSlots)}. Persingkat periode atau kurangi frekuensi.`;
	}

	const daysOff = parseOwnDaysOff(text(values[F.ownDaysOff]));
	if (!daysOff.ok) errors[F.ownDaysOff] = daysOff.error;
	if (Object.keys(errors).length) return { errors };
	return {
		settings: { start: start!, end: end!, platforms, pillars, ownMoments: own.ok ? own.moments : [], ...(daysOff.ok && daysOff.days.length ? { ownDaysOff: daysOff.days } : {}) },
	};
}

/** Longest settings query kept (a plan file is at most 1 MB; the settings form itself stays far below this). */
export const MAX_STORED_QUERY = 200_000;

/** localStorage key of the saved plan. */
export const PLAN_STORE_KEY = 'pedoman:kalender-konten:v1';

/** What is kept in the browser and in the "Simpan rencana" file. */
export interface StoredPlan {
	v: 1;
	/** The settings as a URL query ("mulai=2026-11-02&…"). */
	query: string;
	/** Random id of the plan (keeps calendar UIDs stable). */
	planId: string;
	/** The reader's edits by slot id. */
	edits: Record<string, SlotEdit>;
	/** Posts the reader added for moments on days without a post (ids like "2026-12-25-facebook-0"). */
	extra?: string[];
}

/**
 * Checks a stored or imported plan; anything malformed gives `undefined`. Edits are kept only
 * when they are strings of sane length.
 * @param raw parsed JSON
 */
export function parseStoredPlan(raw: unknown): StoredPlan | undefined {
	if (!raw || typeof raw !== 'object') return undefined;
	const r = raw as Record<string, unknown>;
	// The query is settings as typed, valid or not (an over-long list of dates included): a long
	// query is kept, never a reason to drop the plan and its topics.
	if (r.v !== 1 || typeof r.query !== 'string' || r.query.length > MAX_STORED_QUERY || typeof r.planId !== 'string' || !/^[a-z0-9]{4,32}$/.test(r.planId)) return undefined;
	const edits: Record<string, SlotEdit> = {};
	if (r.edits && typeof r.edits === 'object') {
		for (const [id, e] of Object.entries(r.edits as Record<string, unknown>)) {
			if (!/^\d{4}-\d{2}-\d{2}-[a-z-]+-\d+$/.test(id) || !e || typeof e !== 'object') continue;
			const { pillar, topic } = e as Record<string, unknown>;
			const edit: SlotEdit = {};
			if (typeof pillar === 'string' && pillar.length <= 60) edit.pillar = pillar;
			if (typeof topic === 'string' && topic.length <= 200) edit.topic = topic;
			if (edit.pillar !== undefined || edit.topic !== undefined) edits[id] = edit;
		}
	}
	const extra = Array.isArray(r.extra) ? r.extra.filter((id): id is string => typeof id === 'string' && /^\d{4}-\d{2}-\d{2}-[a-z-]+-0$/.test(id)).slice(0, 400) : [];
	return { v: 1, query: r.query.replace(/^\?/, ''), planId: r.planId, edits, ...(extra.length ? { extra } : {}) };
}
