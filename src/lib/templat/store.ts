/**
 * What a reader typed into a template's fields, kept in the browser only. One entry per
 * template under `pedoman:templat:<id>`, holding `{ v: 1, values: { name: value }, platform }`.
 * Only filled values are stored; an entry with nothing in it is removed.
 */

/** Minimal storage interface: the browser kit's store (or `localStorage`; tests pass a Map-backed stub). */
export type { KeyValueStore } from '../storage/safe-store.ts';
import type { KeyValueStore } from '../storage/safe-store.ts';

/** A template's saved state. */
export interface FillerState {
	/** The reader's values by placeholder name. */
	values: Record<string, string>;
	/** The chosen platform id, if the reader changed it. */
	platform?: string;
}

/** Storage key of a template. */
export const storageKey = (id: string) => `pedoman:templat:${id}`;

/**
 * Reads a template's saved state; anything unreadable or of the wrong shape counts as empty.
 * @param store where the state lives
 * @param id template id
 */
export function loadState(store: KeyValueStore, id: string): FillerState {
	try {
		const raw = JSON.parse(store.getItem(storageKey(id)) ?? 'null');
		if (raw && raw.v === 1 && raw.values && typeof raw.values === 'object') {
			const values: Record<string, string> = {};
			for (const [name, value] of Object.entries(raw.values)) if (typeof value === 'string') values[name] = value;
			return typeof raw.platform === 'string' ? { values, platform: raw.platform } : { values };
		}
	} catch {
		/* corrupted value: start clean */
	}
	return { values: {} };
}

/**
 * Saves a template's state; empty values are dropped and an empty state removes the entry.
 * @param store where the state lives
 * @param id template id
 * @param state values and platform
 */
export function saveState(store: KeyValueStore, id: string, state: FillerState): void {
	const values = Object.fromEntries(Object.entries(state.values).filter(([, v]) => v.trim() !== ''));
	const hasPlatform = state.platform !== undefined && state.platform !== 'umum';
	if (Object.keys(values).length === 0 && !hasPlatform) store.removeItem(storageKey(id));
	else store.setItem(storageKey(id), JSON.stringify({ v: 1, values, ...(hasPlatform ? { platform: state.platform } : {}) }));
}

/**
 * Forgets everything typed for a template.
 * @param store where the state lives
 * @param id template id
 */
export function clearState(store: KeyValueStore, id: string): void {
	store.removeItem(storageKey(id));
}

/**
 * Name of the plain-text download of a template, e.g. `templat-terima-komplain-x.txt`.
 * @param id template id
 * @param platform platform id; "umum" adds nothing
 */
export function downloadName(id: string, platform = 'umum'): string {
	return `templat-${id}${platform === 'umum' ? '' : `-${platform}`}.txt`;
}

/**
 * Content of the plain-text download: the text with Windows line endings (so it opens cleanly
 * in Notepad as well as elsewhere) and a final line break.
 * @param text the filled text
 */
export function downloadText(text: string): string {
	return `${text.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n`.replace(/\n/g, '\r\n');
}
