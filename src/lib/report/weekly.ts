/**
 * The weekly evaluation: totals of the report week (Monday–Sunday) and the week before,
 * week-on-week change, best and worst posts by engagement rate, and series for the charts.
 *
 * Definitions (stated on the page): interactions = likes + comments + shares + saves (those
 * columns the file has); engagement rate by reach = interactions ÷ reach × 100. Reach is summed
 * over posts, so a person who saw two posts counts twice: it is "jangkauan per unggahan,
 * dijumlahkan", not the account's unique reach.
 */
import { mondayOf, type DayNumber } from '../calendar/dates.ts';
import { INTERACTION_FIELDS, type Post } from './posts.ts';

/** Totals of a set of posts. */
export interface WeekTotals {
	posts: number;
	reach: number;
	/** `undefined` when the file has no impressions/views column. */
	impressions?: number;
	interactions: number;
	/** Interactions ÷ reach × 100; `undefined` when reach is 0. */
	engagementRate?: number;
	/** `undefined` when the file has no follows column. */
	follows?: number;
}

/** Last week's figures typed by the reader when the file holds one week only. */
export interface ManualTotals {
	posts?: number;
	reach?: number;
	impressions?: number;
	interactions?: number;
}

/** A post with its computed figures. */
export interface RankedPost extends Post {
	interactions: number;
	/** `undefined` when reach is 0. */
	engagementRate?: number;
}

/** A point of a daily series. */
export interface DayPoint {
	day: DayNumber;
	posts: number;
	reach: number;
	interactions: number;
	engagementRate?: number;
}

/** A row of the by-pillar (or by-type) breakdown. */
export interface GroupRow {
	name: string;
	posts: number;
	reach: number;
	interactions: number;
	engagementRate?: number;
}

/** The whole report. */
export interface WeeklyReport {
	/** Monday of the report week. */
	weekStart: DayNumber;
	current: WeekTotals;
	/** Previous week, from the file or from the reader's figures; `undefined` when neither. */
	previous?: WeekTotals | ManualTotals;
	/** Where `previous` comes from. */
	previousSource: 'berkas' | 'isian' | 'tidak ada';
	/** Posts of the report week with figures, best first. */
	best: RankedPost[];
	worst: RankedPost[];
	/** Days of the previous (when in the file) and current week. */
	daily: DayPoint[];
	/** Breakdown of the report week by pillar, or by post type when there is no pillar column. */
	groups: GroupRow[];
	groupBy: 'pilar' | 'jenis' | 'platform' | 'tidak ada';
	/** Posts outside the two weeks, left out. */
	ignored: number;
	/** Interaction columns present. */
	interactionFields: (typeof INTERACTION_FIELDS)[number][];
}

/**
 * Interactions of one post: the sum of the interaction columns present.
 * @param post a post
 */
export function interactionsOf(post: Post): number {
	return INTERACTION_FIELDS.reduce((sum, f) => sum + (post[f] ?? 0), 0);
}

/**
 * Engagement rate by reach in percent, or `undefined` when reach is 0 (never Infinity/NaN).
 * @param interactions interactions
 * @param reach reach
 */
export function engagementRate(interactions: number, reach: number): number | undefined {
	return reach > 0 ? (interactions * 100) / reach : undefined;
}

/**
 * Totals of a set of posts.
 * @param posts the posts
 * @param has which optional columns the file has
 */
export function totals(posts: readonly Post[], has: { impressions: boolean; follows: boolean }): WeekTotals {
	const reach = posts.reduce((s, p) => s + p.reach, 0);
	const interactions = posts.reduce((s, p) => s + interactionsOf(p), 0);
	return {
		posts: posts.length,
		reach,
		impressions: has.impressions ? posts.reduce((s, p) => s + (p.impressions ?? 0), 0) : undefined,
		interactions,
		engagementRate: engagementRate(interactions, reach),
		follows: has.follows ? posts.reduce((s, p) => s + (p.follows ?? 0), 0) : undefined,
	};
}

/**
 * Change from `before` to `now` in percent, or `undefined` when `before` is 0 or missing.
 * @param now this week's figure
 * @param before last week's figure
 */
export function percentChange(now: number | undefined, before: number | undefined): number | undefined {
	if (now === undefined || before === undefined || before === 0) return undefined;
	return ((now - before) * 100) / before;
}

/** Options of {@link weeklyReport}. */
export interface ReportOptions {
	/** Monday of the report week; default: the week of the latest post. */
	weekStart?: DayNumber;
	/** Last week's figures typed by the reader (used when the file has no posts that week). */
	manual?: ManualTotals;
	/** How many best and worst posts to list at most. Default 3 (fewer when the week has under six posts). */
	top?: number;
}

/**
 * Builds the weekly report.
 * @param posts posts read from the file (at least one)
 * @param columns which optional columns the file has
 * @param options report week, manual figures, list length
 */
export function weeklyReport(
	posts: readonly Post[],
	columns: { impressions: boolean; follows: boolean; pillar: boolean; type: boolean; platform: boolean; interactionFields: (typeof INTERACTION_FIELDS)[number][] },
	options: ReportOptions = {}
): WeeklyReport {
	if (posts.length === 0) throw new RangeError('weeklyReport: tidak ada unggahan');
	const weekStart = options.weekStart ?? mondayOf(Math.max(...posts.map((p) => p.day)));
	const inWeek = (p: Post, monday: DayNumber) => p.day >= monday && p.day <= monday + 6;
	const current = posts.filter((p) => inWeek(p, weekStart));
	const before = posts.filter((p) => inWeek(p, weekStart - 7));
	const has = { impressions: columns.impressions, follows: columns.follows };

	let previous: WeeklyReport['previous'];
	let previousSource: WeeklyReport['previousSource'] = 'tidak ada';
	if (before.length) {
		previous = totals(before, has);
		previousSource = 'berkas';
	} else if (options.manual && Object.values(options.manual).some((v) => v !== undefined)) {
		previous = options.manual;
		previousSource = 'isian';
	}

	const ranked: RankedPost[] = current.map((p) => {
		const interactions = interactionsOf(p);
		return { ...p, interactions, engagementRate: engagementRate(interactions, p.reach) };
	});
	const rankable = ranked
		.filter((p) => p.engagementRate !== undefined)
		.sort((a, b) => b.engagementRate! - a.engagementRate! || b.interactions - a.interactions || a.day - b.day);
	// Equal-length best and worst lists that never share a post: up to `top` each, fewer for short weeks.
	const k = Math.min(options.top ?? 3, Math.max(1, Math.floor(rankable.length / 2)));
	const best = rankable.slice(0, Math.min(k, rankable.length));
	const worst = rankable.slice(best.length).reverse().slice(0, k);

	const firstDay = before.length ? weekStart - 7 : weekStart;
	const daily: DayPoint[] = [];
	for (let day = firstDay; day <= weekStart + 6; day++) {
		const ofDay = posts.filter((p) => p.day === day);
		const reach = ofDay.reduce((s, p) => s + p.reach, 0);
		const interactions = ofDay.reduce((s, p) => s + interactionsOf(p), 0);
		daily.push({ day, posts: ofDay.length, reach, interactions, engagementRate: engagementRate(interactions, reach) });
	}

	const groupBy: WeeklyReport['groupBy'] = columns.pillar ? 'pilar' : columns.type ? 'jenis' : columns.platform ? 'platform' : 'tidak ada';
	const key = (p: Post) => (groupBy === 'pilar' ? p.pillar : groupBy === 'jenis' ? p.type : p.platform) || '(tanpa keterangan)';
	const groups: GroupRow[] = [];
	if (groupBy !== 'tidak ada') {
		const byName = new Map<string, Post[]>();
		for (const p of current) byName.set(key(p), [...(byName.get(key(p)) ?? []), p]);
		for (const [name, list] of byName) {
			const t = totals(list, has);
			groups.push({ name, posts: t.posts, reach: t.reach, interactions: t.interactions, engagementRate: t.engagementRate });
		}
		groups.sort((a, b) => b.reach - a.reach || a.name.localeCompare(b.name));
	}

	return {
		weekStart,
		current: totals(current, has),
		previous,
		previousSource,
		best,
		worst,
		daily,
		groups,
		groupBy,
		ignored: posts.length - current.length - before.length,
		interactionFields: columns.interactionFields,
	};
}
