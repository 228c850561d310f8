/**
 * State of a reader's checklist, kept in the browser only. The stored value is a small
 * JSON object `{ v: 1, done: string[] }` under the key `pedoman:checklist:<id>`; item keys
 * are derived from the item text, so reordering items keeps their ticks and editing an
 * item's wording resets only that item.
 */

/** Minimal storage interface: the browser kit's store (or `localStorage`; tests pass a Map-backed stub). */
export type { KeyValueStore } from '../storage/safe-store.ts';
import type { KeyValueStore } from '../storage/safe-store.ts';

/** Storage key of a checklist. */
export const storageKey = (id: string) => `pedoman:checklist:${id}`;

/**
 * A stable key for an item: its text folded to lowercase letters and digits.
 * @param text the item as shown to the reader
 */
export function itemKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
}

/**
 * Reads the ticked item keys; anything unreadable counts as nothing ticked.
 * @param store where the state lives
 * @param id checklist id
 */
export function loadDone(store: KeyValueStore, id: string): Set<string> {
	try {
		const raw = JSON.parse(store.getItem(storageKey(id)) ?? 'null');
		if (raw && raw.v === 1 && Array.isArray(raw.done)) return new Set(raw.done.filter((x: unknown) => typeof x === 'string'));
	} catch {
		/* corrupted value: start clean */
	}
	return new Set();
}

/**
 * Saves the ticked item keys; an empty set removes the entry.
 * @param store where the state lives
 * @param id checklist id
 * @param done ticked item keys
 */
export function saveDone(store: KeyValueStore, id: string, done: Iterable<string>): void {
	const list = [...done];
	if (list.length === 0) store.removeItem(storageKey(id));
	else store.setItem(storageKey(id), JSON.stringify({ v: 1, done: list }));
}

/**
 * The progress line read to the reader, e.g. "3 dari 10 butir selesai".
 * @param done number ticked
 * @param total number of items
 */
export function progressText(done: number, total: number): string {
	return done === total && total > 0 ? `Semua ${total} butir selesai` : `${done} dari ${total} butir selesai`;
}
