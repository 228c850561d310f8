/**
 * What every calculator shares between its pure logic and its page: reading form values
 * into numbers with per-field messages, and describing a result as a "view" (texts,
 * blocks to show, list items, table rows) that the browser part writes into the
 * server-rendered result without knowing the tool. Keeping the view here means the exact
 * sentences a reader sees are produced, and tested, in plain TypeScript.
 */
import { formatNumber, parseNumber, type NumberRules } from '../format/number.ts';

/** Form values by field name, as the browser reads them; checkbox groups give arrays. */
export type FormValues = Record<string, string | string[] | undefined>;

/** Message per field name. */
export type FieldMessages = Record<string, string>;

/**
 * A result described for the page. Keys refer to elements of the tool's result markup:
 * `text` → `[data-out=key]` (text content), `show` → `[data-show=key]` (hidden when false),
 * `lists` → `[data-list=key]` (a `<ul>`/`<ol>` filled with `<li>`; hidden when empty),
 * `rows` → `[data-rows=key]` (a `<tbody>` filled with rows; the first cell is a row header).
 */
export interface ToolView {
	text?: Record<string, string>;
	show?: Record<string, boolean>;
	lists?: Record<string, string[]>;
	rows?: Record<string, string[][]>;
}

/**
 * Outcome of a tool: either messages per field (no result), or a view plus optional
 * warnings per field (the figure is computed, but something looks doubtful) and notes per field
 * (how an ambiguous value was read, e.g. "1,250 dibaca sebagai 1.250").
 */
export type ToolEvaluation =
	| { ok: false; errors: FieldMessages }
	| { ok: true; view: ToolView; warnings?: FieldMessages; notes?: FieldMessages };

/**
 * Reads form values field by field and collects the first message for each field,
 * so a tool can read everything, then stop once if anything was wrong.
 */
export class FieldReader {
	/** First message recorded per field. */
	readonly errors: FieldMessages = {};
	/** How an ambiguous value was read, per field (see `parseNumber`). */
	readonly notes: FieldMessages = {};
	private readonly values: FormValues;

	/** @param values the raw form values */
	constructor(values: FormValues) {
		this.values = values;
	}

	/** Whether any field has a message. */
	get failed(): boolean {
		return Object.keys(this.errors).length > 0;
	}

	/** Records a message for a field unless it already has one. */
	error(name: string, message: string): void {
		this.errors[name] ??= message;
	}

	/** The trimmed text of a field ('' when absent; the first value of a list). */
	text(name: string): string {
		const value = this.values[name];
		return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
	}

	/** The raw text of a field, untrimmed (for multi-line fields). */
	raw(name: string): string {
		const value = this.values[name];
		return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
	}

	/** The checked values of a checkbox group (a lone value counts as a one-item list). */
	list(name: string): string[] {
		const value = this.values[name];
		return Array.isArray(value) ? value : value ? [value] : [];
	}

	/** Whether a field is empty (blank text or no checked value). */
	isEmpty(name: string): boolean {
		const value = this.values[name];
		return Array.isArray(value) ? value.length === 0 : (value ?? '').trim() === '';
	}

	/**
	 * Reads a number with {@link parseNumber}; on a bad value records the message and
	 * returns 0 (required field) or undefined (optional field), so check {@link failed}
	 * before using the figures.
	 */
	number(name: string, rules: NumberRules & { optional: true }): number | undefined;
	number(name: string, rules: NumberRules): number;
	number(name: string, rules: NumberRules): number | undefined {
		const parsed = parseNumber(this.text(name), rules);
		if (parsed.ok) {
			if (parsed.note) this.notes[name] = parsed.note;
			return parsed.value;
		}
		this.error(name, parsed.error);
		return rules.optional ? undefined : 0;
	}

	/**
	 * Like {@link number} for a divisor: an entered zero gets a message naming the field,
	 * because a ratio over zero has no meaning.
	 */
	divisor(name: string, rules: NumberRules & { optional: true }): number | undefined;
	divisor(name: string, rules: NumberRules): number;
	divisor(name: string, rules: NumberRules): number | undefined {
		const value = this.number(name, rules);
		if (value === 0 && !(name in this.errors)) {
			this.error(name, `${rules.label} harus lebih dari 0, karena angka lain dibagi dengan nilai ini.`);
			return rules.optional ? undefined : 0;
		}
		return value;
	}

	/** Returns the failed evaluation with every message recorded so far. */
	fail(): ToolEvaluation {
		return { ok: false, errors: { ...this.errors } };
	}
}

/**
 * Formats a figure so small values keep meaningful digits: one decimal from 1 up,
 * two below 1, three below 0,1, and "kurang dari 0,001" for tinier positive values.
 * `formatFigure(4.8854)` → "4,9"; `formatFigure(0.4123)` → "0,41".
 */
export function formatFigure(value: number): string {
	const abs = Math.abs(value);
	if (value !== 0 && abs < 0.0005) return value > 0 ? 'kurang dari 0,001' : 'lebih dari -0,001';
	const digits = abs >= 1 || value === 0 ? 1 : abs >= 0.1 ? 2 : 3;
	return formatNumber(value, digits);
}

/** A percentage with {@link formatFigure}'s digits: `formatRate(4.8854)` → "4,9%". */
export function formatRate(percent: number): string {
	return `${formatFigure(percent)}%`;
}

/** A whole count for id-ID: `formatCount(48000)` → "48.000". */
export function formatCount(value: number): string {
	return formatNumber(value, 0);
}

/** Joins items the Indonesian way: "a", "a dan b", "a, b, dan c". */
export function joinId(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	if (items.length === 2) return `${items[0]} dan ${items[1]}`;
	return `${items.slice(0, -1).join(', ')}, dan ${items.at(-1)}`;
}
