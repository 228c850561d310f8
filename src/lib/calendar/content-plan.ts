/**
 * Content-calendar planner: turns settings (period, platforms with posts per week, content mix,
 * known dates) into dated post slots, each with a content pillar; applies the reader's edits;
 * and writes the plan as CSV and as iCalendar events. Pure: the page, the tests and the
 * downloads all call these functions.
 */
import type { OwnDayOff } from './own-days-off.ts';
import { formatDateId, mondayOf, parseIsoDate, toIsoDate, weekday, WEEKDAYS_ID, yearOf, dayFromParts, type DayNumber } from './dates.ts';
import type { HolidayCalendar } from './holidays.ts';
import type { NationalDay } from '../../data/hari-nasional.ts';
import { toCsv } from '../csv/csv.ts';
import type { IcsEvent } from './ics.ts';

/** Platforms a plan can hold (keys follow the site taxonomy). */
export const PLAN_PLATFORMS = [
	{ id: 'instagram', label: 'Instagram', hint: 'Heuristik industri: 3–7 unggahan feed per minggu.' },
	{ id: 'facebook', label: 'Facebook', hint: 'Heuristik industri: 1–2 unggahan per hari (7–14 per minggu).' },
	{ id: 'x', label: 'X (Twitter)', hint: 'Heuristik industri: 1–5 unggahan per hari.' },
	{ id: 'youtube', label: 'YouTube', hint: 'Sesuaikan dengan kemampuan tim produksi video.' },
	{ id: 'tiktok', label: 'TikTok', hint: 'Sesuaikan dengan kemampuan tim produksi video.' },
	{ id: 'whatsapp', label: 'Saluran WhatsApp', hint: 'Utamakan informasi layanan yang penting dan mendesak.' },
	{ id: 'situs-web', label: 'Situs web (berita)', hint: 'Berita dan siaran pers di situs resmi.' },
] as const;
export type PlanPlatformId = (typeof PLAN_PLATFORMS)[number]['id'];

/** A content pillar and its share of posts. */
export interface Pillar {
	name: string;
	/** Share in percent (the shares of a mix add up to 100). */
	percent: number;
}

/** A named content mix (industry heuristics, labelled as such on the page). */
export interface ContentMix {
	id: string;
	label: string;
	/** One sentence on the rule, in the reader's terms. */
	explain: string;
	pillars: Pillar[];
}

export const CONTENT_MIXES: readonly ContentMix[] = [
	{
		id: '70-20-10',
		label: '70/20/10',
		explain: '70% konten inti yang sudah terbukti berguna, 20% konten dari mitra atau instansi lain yang dibagikan ulang, 10% percobaan format atau topik baru.',
		pillars: [
			{ name: 'Konten inti: layanan dan program', percent: 70 },
			{ name: 'Konten mitra dan berbagi', percent: 20 },
			{ name: 'Percobaan format baru', percent: 10 },
		],
	},
	{
		id: '80-20',
		label: '80/20',
		explain: '80% konten yang memberi manfaat langsung bagi warga (informasi, edukasi), 20% publikasi kegiatan dan capaian instansi.',
		pillars: [
			{ name: 'Informasi dan edukasi publik', percent: 80 },
			{ name: 'Kegiatan dan capaian instansi', percent: 20 },
		],
	},
	{
		id: 'sepertiga',
		label: 'Aturan sepertiga',
		explain: 'Sepertiga informasi program dan layanan, sepertiga konten edukasi atau dari mitra, sepertiga interaksi dengan warga (tanya jawab, jajak pendapat, menjawab pertanyaan).',
		pillars: [
			{ name: 'Program dan layanan', percent: 100 / 3 },
			{ name: 'Edukasi dan konten mitra', percent: 100 / 3 },
			{ name: 'Interaksi dengan warga', percent: 100 / 3 },
		],
	},
];

/** Value of the "own pillars" option. */
export const OWN_MIX = 'sendiri';

/** Limits that keep a plan usable in a browser table and a calendar app. */
export const PLAN_LIMITS = { maxDays: 184, maxPerWeek: 35, maxSlots: 1200, maxOwnPillars: 6, maxOwnDates: 30 } as const;

/** A date worth planning around. */
export interface Moment {
	day: DayNumber;
	name: string;
	/** `libur` national holiday, `cuti` cuti bersama, `nasional` national day, `instansi` the reader's own date. */
	kind: 'libur' | 'cuti' | 'nasional' | 'instansi';
}

/** Everything {@link buildPlan} needs. */
export interface PlanSettings {
	start: DayNumber;
	end: DayNumber;
	platforms: { id: PlanPlatformId; perWeek: number }[];
	pillars: Pillar[];
	ownMoments: Moment[];
	/** Holidays and cuti bersama the reader added (see `own-days-off.ts`); the page lays them over the holiday lookup. */
	ownDaysOff?: OwnDayOff[];
}

/** One planned post. */
export interface Slot {
	/** Stable id: ISO date, platform and the post's number that day, e.g. "2026-11-02-instagram-1". */
	id: string;
	day: DayNumber;
	platform: PlanPlatformId;
	pillar: string;
	/** Topic or idea; empty until the reader writes one. */
	topic: string;
	/** Moments on that day, e.g. "Hari Pahlawan (hari nasional)". */
	note: string;
}

/** A built plan. */
export interface Plan {
	slots: Slot[];
	/** Moments inside the period, by date. */
	moments: Moment[];
	/** Years of the period without holiday data. */
	uncoveredYears: number[];
}

/**
 * How many posts fall on each weekday (index 0 Monday … 6 Sunday) for N posts a week: whole
 * days first, the rest spread evenly over Monday–Friday (Saturday joins at six).
 * `weeklyPattern(3)` → Monday, Wednesday, Friday.
 * @param perWeek posts per week, 0–35
 */
export function weeklyPattern(perWeek: number): number[] {
	const counts = Array.from({ length: 7 }, () => Math.floor(perWeek / 7));
	const rest = perWeek % 7;
	if (rest === 6) for (let i = 0; i < 6; i++) counts[i]! += 1;
	else for (let i = 0; i < rest; i++) counts[Math.floor(((i + 0.5) * 5) / rest)]! += 1;
	return counts;
}

/**
 * Assigns pillars to a sequence of posts so that every prefix stays close to the shares
 * (smooth weighted round-robin): 70/20/10 over ten posts gives 7, 2 and 1, spread out.
 * @param count number of posts
 * @param pillars pillars with shares
 */
export function assignPillars(count: number, pillars: readonly Pillar[]): string[] {
	const total = pillars.reduce((s, p) => s + p.percent, 0);
	const current = pillars.map(() => 0);
	const out: string[] = [];
	for (let n = 0; n < count; n++) {
		let best = 0;
		for (let i = 0; i < pillars.length; i++) {
			current[i]! += pillars[i]!.percent;
			if (current[i]! > current[best]! + 1e-9) best = i;
		}
		current[best]! -= total;
		out.push(pillars[best]!.name);
	}
	return out;
}

/**
 * National holidays, cuti bersama, national days and the reader's own dates inside the period.
 * @param start first day
 * @param end last day (inclusive)
 * @param holidays holiday data
 * @param nationalDays fixed-date national days
 * @param own the reader's dates
 */
export function momentsInPeriod(
	start: DayNumber,
	end: DayNumber,
	holidays: HolidayCalendar,
	nationalDays: readonly NationalDay[],
	own: readonly Moment[]
): Moment[] {
	const out: Moment[] = [];
	for (let day = start; day <= end; day++) {
		for (const d of holidays.on(day)) out.push({ day, name: d.name, kind: d.kind });
		for (const n of nationalDays) if (dayFromParts(yearOf(day), n.month, n.day) === day) out.push({ day, name: n.name, kind: 'nasional' });
	}
	for (const m of own) if (m.day >= start && m.day <= end) out.push(m);
	return out.sort((a, b) => a.day - b.day);
}

/** Label of a moment kind, as written in notes. */
export const MOMENT_KIND_LABEL: Record<Moment['kind'], string> = {
	libur: 'libur nasional',
	cuti: 'cuti bersama',
	nasional: 'hari nasional',
	instansi: 'momen instansi',
};

/**
 * Builds the plan: for every week (Monday–Sunday) of the period and every platform, the posts
 * of {@link weeklyPattern} on the days inside the period; pillars per platform by
 * {@link assignPillars}; notes from the moments of each day.
 * @param settings validated settings
 * @param holidays holiday data
 * @param nationalDays fixed-date national days
 */
export function buildPlan(settings: PlanSettings, holidays: HolidayCalendar, nationalDays: readonly NationalDay[]): Plan {
	const moments = momentsInPeriod(settings.start, settings.end, holidays, nationalDays, settings.ownMoments);
	const notes = new Map<DayNumber, string[]>();
	for (const m of moments) notes.set(m.day, [...(notes.get(m.day) ?? []), `${m.name} (${MOMENT_KIND_LABEL[m.kind]})`]);
	const slots: Slot[] = [];
	for (const platform of settings.platforms) {
		const pattern = weeklyPattern(platform.perWeek);
		const own: Omit<Slot, 'pillar'>[] = [];
		for (let day = settings.start; day <= settings.end; day++) {
			const perDay = pattern[(weekday(day) + 6) % 7]!;
			for (let k = 1; k <= perDay; k++)
				own.push({ id: `${toIsoDate(day)}-${platform.id}-${k}`, day, platform: platform.id, topic: '', note: (notes.get(day) ?? []).join('; ') });
		}
		const pillars = assignPillars(own.length, settings.pillars);
		own.forEach((s, i) => slots.push({ ...s, pillar: pillars[i]! }));
	}
	const order = new Map(PLAN_PLATFORMS.map((p, i) => [p.id, i]));
	slots.sort((a, b) => a.day - b.day || order.get(a.platform)! - order.get(b.platform)! || a.id.localeCompare(b.id));
	const uncoveredYears: number[] = [];
	for (let y = yearOf(settings.start); y <= yearOf(settings.end); y++) if (!holidays.covers(y)) uncoveredYears.push(y);
	return { slots, moments, uncoveredYears };
}

/**
 * Number of posts a plan will hold, without building it (for the size check).
 * @param start first day
 * @param end last day
 * @param platforms posts per week by platform
 */
export function countSlots(start: DayNumber, end: DayNumber, platforms: readonly { perWeek: number }[]): number {
	let total = 0;
	for (const p of platforms) {
		const pattern = weeklyPattern(p.perWeek);
		for (let day = start; day <= end; day++) total += pattern[(weekday(day) + 6) % 7]!;
	}
	return total;
}

/** What the reader changed in one slot. */
export interface SlotEdit {
	pillar?: string;
	topic?: string;
}

/**
 * Applies the reader's edits to freshly built slots. An edited pillar that is no longer part of
 * the mix is ignored (the slot keeps its assigned pillar).
 * @param slots built slots
 * @param edits edits by slot id
 * @param pillars current pillars
 */
export function applyEdits(slots: readonly Slot[], edits: Readonly<Record<string, SlotEdit>>, pillars: readonly Pillar[]): Slot[] {
	const names = new Set(pillars.map((p) => p.name));
	return slots.map((s) => {
		const e = edits[s.id];
		if (!e) return s;
		return { ...s, pillar: e.pillar && names.has(e.pillar) ? e.pillar : s.pillar, topic: typeof e.topic === 'string' ? e.topic : s.topic };
	});
}

/** Label of a platform id. */
export function platformLabel(id: PlanPlatformId): string {
	return PLAN_PLATFORMS.find((p) => p.id === id)!.label;
}

/** Column names of the CSV download. */
export const PLAN_CSV_HEADER = ['Tanggal', 'Hari', 'Platform', 'Pilar', 'Topik', 'Catatan'] as const;

/**
 * The plan as CSV for Excel: UTF-8 with BOM, semicolon separator, ISO dates (2026-11-02),
 * one row per post.
 * @param slots slots with edits applied
 */
export function planToCsv(slots: readonly Slot[]): string {
	return toCsv([
		[...PLAN_CSV_HEADER],
		...slots.map((s) => [toIsoDate(s.day), WEEKDAYS_ID[weekday(s.day)]!, platformLabel(s.platform), s.pillar, s.topic, s.note]),
	]);
}

/**
 * The plan as calendar events: one all-day event per post ("Instagram · Program dan layanan —
 * topik") and one per moment ("Momen: Hari Pahlawan").
 * @param slots slots with edits applied
 * @param moments moments of the period
 * @param planId a random id of this plan, so UIDs differ between plans but stay stable for one plan
 */
export function planToIcsEvents(slots: readonly Slot[], moments: readonly Moment[], planId: string): IcsEvent[] {
	const events: IcsEvent[] = slots.map((s) => ({
		uid: `${s.id}-${planId}@kalender-konten.pedoman-medsos`,
		day: s.day,
		summary: `${platformLabel(s.platform)} · ${s.pillar}${s.topic ? ` — ${s.topic}` : ''}`,
		description: [`Pilar: ${s.pillar}`, `Topik: ${s.topic || '(belum diisi)'}`, s.note && `Catatan: ${s.note}`].filter(Boolean).join('\n'),
		categories: [platformLabel(s.platform), s.pillar],
	}));
	const used = new Set<string>();
	moments.forEach((m) => {
		// The UID names the moment, not its position, so adding a date elsewhere leaves every other UID as it was.
		const base = `momen-${toIsoDate(m.day)}-${momentKey(m)}`;
		let key = base;
		for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
		used.add(key);
		events.push({
			uid: `${key}-${planId}@kalender-konten.pedoman-medsos`,
			day: m.day,
			summary: `Momen: ${m.name}`,
			description: `${m.name} (${MOMENT_KIND_LABEL[m.kind]}), ${formatDateId(m.day)}.`,
			categories: ['Momen'],
		});
	});
	return events.sort((a, b) => a.day - b.day);
}

/** A short stable key for a moment: its kind and a hash of its name (FNV-1a, base 36). */
export function momentKey(m: Pick<Moment, 'kind' | 'name'>): string {
	let hash = 0x811c9dc5;
	for (const ch of m.name.trim().toLowerCase()) {
		hash ^= ch.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `${m.kind}-${hash.toString(36)}`;
}

/** A topic the reader wrote for a post that the current settings no longer plan. */
export interface OrphanTopic {
	id: string;
	/** Day and platform read from the slot id. */
	day: DayNumber;
	platform: string;
	topic: string;
}

/**
 * Topics written for slots that no longer exist (the reader changed posts per week, the period
 * or the platforms). They stay stored; the page lists them so they are never hidden silently.
 * @param slots current slots
 * @param edits stored edits by slot id
 */
export function orphanTopics(slots: readonly Slot[], edits: Readonly<Record<string, SlotEdit>>): OrphanTopic[] {
	const ids = new Set(slots.map((s) => s.id));
	const out: OrphanTopic[] = [];
	for (const [id, e] of Object.entries(edits)) {
		if (ids.has(id) || !e.topic?.trim()) continue;
		const m = /^(\d{4}-\d{2}-\d{2})-([a-z-]+)-\d+$/.exec(id);
		const day = m ? parseIsoDate(m[1]!) : undefined;
		if (m && day !== undefined) out.push({ id, day, platform: m[2]!, topic: e.topic });
	}
	return out.sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));
}

/**
 * Moves orphan topics to the nearest post of the same platform that has no topic yet (the
 * earlier one on a tie), keeping their pillar edit. Topics that find no free post stay where
 * they are (still listed as orphans).
 * @param slots current slots
 * @param edits stored edits by slot id
 * @returns new edits and how many topics moved
 */
export function moveOrphanTopics(slots: readonly Slot[], edits: Readonly<Record<string, SlotEdit>>): { edits: Record<string, SlotEdit>; moved: number } {
	const next: Record<string, SlotEdit> = { ...edits };
	let moved = 0;
	for (const orphan of orphanTopics(slots, edits)) {
		const free = slots
			.filter((s) => s.platform === orphan.platform && !next[s.id]?.topic?.trim())
			.sort((a, b) => Math.abs(a.day - orphan.day) - Math.abs(b.day - orphan.day) || a.day - b.day)[0];
		if (!free) continue;
		next[free.id] = { ...next[free.id], ...edits[orphan.id] };
		delete next[orphan.id];
		moved++;
	}
	return { edits: next, moved };
}

/**
 * Pillar counts of a plan (for the summary): name → number of posts, in mix order.
 * @param slots slots with edits applied
 * @param pillars pillars of the mix
 */
export function pillarCounts(slots: readonly Slot[], pillars: readonly Pillar[]): { name: string; count: number; target: number }[] {
	return pillars.map((p) => ({ name: p.name, count: slots.filter((s) => s.pillar === p.name).length, target: p.percent }));
}

/**
 * Weeks (Monday–Sunday) touched by the period, as [monday, first day inside, last day inside].
 * @param start first day
 * @param end last day
 */
export function weeksOf(start: DayNumber, end: DayNumber): [DayNumber, DayNumber, DayNumber][] {
	const out: [DayNumber, DayNumber, DayNumber][] = [];
	for (let monday = mondayOf(start); monday <= end; monday += 7) out.push([monday, Math.max(monday, start), Math.min(monday + 6, end)]);
	return out;
}

/** Id of a post added for a moment on a day the weekly pattern leaves empty ("…-0": planned posts count from 1). */
export function momentPostId(day: DayNumber, platform: PlanPlatformId): string {
	return `${toIsoDate(day)}-${platform}-0`;
}

/**
 * Platforms of the plan with no post on a moment's day, per moment day: where the reader may
 * add a post for the moment (a holiday on a Sunday, say, when the account posts on weekdays).
 * @param plan the built plan
 * @param slots the slots shown (planned and added)
 * @param settings the settings
 */
export function momentDaysWithoutPost(plan: Plan, slots: readonly Slot[], settings: PlanSettings): { day: DayNumber; platforms: PlanPlatformId[] }[] {
	const days = [...new Set(plan.moments.map((m) => m.day))];
	return days
		.map((day) => ({ day, platforms: settings.platforms.map((p) => p.id).filter((id) => !slots.some((s) => s.day === day && s.platform === id)) }))
		.filter((d) => d.platforms.length > 0);
}

/**
 * The plan's slots plus the posts the reader added for moments ({@link momentPostId}). An added
 * id is ignored when its day is outside the period, has no moment, or its platform is not planned.
 * @param plan the built plan
 * @param settings the settings
 * @param added ids of added posts
 */
export function withMomentPosts(plan: Plan, settings: PlanSettings, added: readonly string[]): Slot[] {
	const out = [...plan.slots];
	const ids = new Set(out.map((s) => s.id));
	for (const id of new Set(added)) {
		const m = /^(\d{4}-\d{2}-\d{2})-([a-z-]+)-0$/.exec(id);
		const day = m ? parseIsoDate(m[1]!) : undefined;
		const platform = settings.platforms.find((p) => p.id === m?.[2]);
		if (!m || day === undefined || !platform || ids.has(id) || day < settings.start || day > settings.end) continue;
		const moments = plan.moments.filter((x) => x.day === day);
		if (!moments.length) continue;
		ids.add(id);
		out.push({
			id,
			day,
			platform: platform.id,
			pillar: settings.pillars[0]!.name,
			topic: '',
			note: ['Unggahan tambahan untuk momen', ...moments.map((x) => `${x.name} (${MOMENT_KIND_LABEL[x.kind]})`)].join('; '),
		});
	}
	const order = new Map(PLAN_PLATFORMS.map((p, i) => [p.id, i]));
	return out.sort((a, b) => a.day - b.day || order.get(a.platform)! - order.get(b.platform)! || a.id.localeCompare(b.id));
}
