/**
 * The page's one storage: `localStorage` behind {@link createSafeStore}, so an island keeps
 * working in memory when the browser refuses to store, and can tell the reader so, once.
 * Also watches other tabs: {@link watchKey} reports a newer value written elsewhere.
 */
import { createSafeStore, type SafeStore, type StorageProblem } from '../../lib/storage/safe-store.ts';

export type { SafeStore, StorageProblem };

let shared: SafeStore | undefined;

/** The shared safe store of this page (created on first use). */
export function storage(): SafeStore {
	shared ??= createSafeStore(() => window.localStorage);
	return shared;
}

/**
 * Calls `listener` with the new raw value whenever another tab changes `key` (or clears all
 * storage: then `null`). Returns a function that stops watching.
 */
export function watchKey(key: string, listener: (value: string | null) => void): () => void {
	const onStorage = (event: StorageEvent) => {
		if (event.key !== key && event.key !== null) return;
		storage().forget(key);
		listener(event.key === null ? null : event.newValue);
	};
	window.addEventListener('storage', onStorage);
	return () => window.removeEventListener('storage', onStorage);
}

/** What the reader is told when storage fails, by problem. */
export const storageMessages: Record<StorageProblem, string> = {
	blocked:
		'Peramban ini tidak mengizinkan situs menyimpan data, jadi isian Anda tidak tersimpan setelah halaman ditutup. Isian tetap ada selama halaman ini terbuka: unduh atau salin hasilnya sebelum menutup.',
	full:
		'Ruang penyimpanan peramban penuh, jadi perubahan terakhir tidak tersimpan setelah halaman ditutup. Isian tetap ada selama halaman ini terbuka: unduh atau salin hasilnya sebelum menutup, atau hapus data situs lain.',
};

/**
 * Shows, once, inside `host`, a status message when storage fails (now or later). The message
 * sits at the top of the island, is announced politely, and says how to save the work.
 * @param host the island's root element
 * @param howToSave optional extra sentence naming the island's own way to keep work (e.g. "Gunakan «Ekspor draf».")
 */
export function announceStorageProblems(host: HTMLElement, howToSave?: string): void {
	storage().onProblem((problem) => {
		if (host.querySelector(':scope > .kit-storage-notice')) return;
		const note = document.createElement('p');
		note.className = 'kit-storage-notice';
		note.setAttribute('role', 'status');
		note.textContent = howToSave ? `${storageMessages[problem]} ${howToSave}` : storageMessages[problem];
		host.prepend(note);
	});
}

/**
 * Saves on the last chance before the page goes away (tab closed, app switched on a phone):
 * runs `flush` on `pagehide` and when the page becomes hidden, so debounced edits are not lost.
 */
export function flushOnLeave(flush: () => void): void {
	addEventListener('pagehide', flush);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') flush();
	});
}

/** Reads a JSON value from the shared store; anything missing or unreadable gives `undefined`. */
export function loadJson<T>(key: string): T | undefined {
	const raw = storage().getItem(key);
	if (raw === null) return undefined;
	try {
		return JSON.parse(raw) as T;
	} catch {
		return undefined;
	}
}

/**
 * Writes a JSON value (`undefined` removes the key). The value is always kept for this page;
 * returns false when the browser will not keep it beyond the page (see {@link announceStorageProblems}).
 */
export function saveJson(key: string, value: unknown): boolean {
	if (value === undefined) storage().removeItem(key);
	else storage().setItem(key, JSON.stringify(value));
	return storage().problem === null;
}
