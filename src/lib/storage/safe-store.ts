/**
 * A key–value store that never loses what was written to it, even when the browser's storage
 * refuses (site data blocked, private mode, quota full). Every write lands in memory first and
 * is then copied to the backend; when the backend fails the value stays readable from memory for
 * the life of the page and {@link SafeStore.problem} says why, so the island can tell the reader
 * once that the browser will not keep the work. Pure: the backend is passed in (tests use a stub).
 */

/** The part of `window.localStorage` this module uses. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/**
 * Why storage is not keeping the work:
 * - `blocked`: the browser refuses all access (site data blocked, some private modes);
 * - `full`: a write was refused for lack of space (quota).
 */
export type StorageProblem = 'blocked' | 'full';

/** A {@link KeyValueStore} that falls back to memory and reports the first problem it met. */
export interface SafeStore extends KeyValueStore {
	/** The first problem met, or `null` while the backend keeps everything. */
	readonly problem: StorageProblem | null;
	/** Calls `listener` once when the first problem is met (or at once if it already was). */
	onProblem(listener: (problem: StorageProblem) => void): void;
	/**
	 * Forgets the in-memory copy of `key` so the next read comes from the backend again
	 * (used when another tab wrote a newer value).
	 */
	forget(key: string): void;
}

/** True for the errors browsers throw when a write exceeds the quota. */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const e = error as { name?: string; code?: number };
	return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/**
 * Wraps a storage backend.
 * @param getBackend returns the backend; may throw (Chromium throws a SecurityError on merely
 *   reading `window.localStorage` when site data is blocked), which counts as `blocked`.
 */
export function createSafeStore(getBackend: () => KeyValueStore): SafeStore {
	/** Values written while the backend failed (or not yet confirmed): key → value, `null` = removed. */
	const memory = new Map<string, string | null>();
	let problem: StorageProblem | null = null;
	const listeners: ((p: StorageProblem) => void)[] = [];
	let backend: KeyValueStore | null = null;
	try {
		backend = getBackend();
		// Some browsers expose the object but throw on use: probe once.
		backend.getItem('__probe__');
	} catch {
		backend = null;
	}

	const report = (p: StorageProblem) => {
		if (problem) return;
		problem = p;
		for (const l of listeners.splice(0)) l(p);
	};
	if (!backend) report('blocked');

	return {
		get problem() {
			return problem;
		},
		onProblem(listener) {
			if (problem) listener(problem);
			else listeners.push(listener);
		},
		forget(key) {
			memory.delete(key);
		},
		getItem(key) {
			if (memory.has(key)) return memory.get(key) ?? null;
			if (!backend) return null;
			try {
				return backend.getItem(key);
			} catch {
				report('blocked');
				return null;
			}
		},
		setItem(key, value) {
			memory.set(key, value);
			if (!backend) return;
			try {
				backend.setItem(key, value);
				memory.delete(key);
			} catch (error) {
				report(isQuotaError(error) ? 'full' : 'blocked');
			}
		},
		removeItem(key) {
			memory.set(key, null);
			if (!backend) return;
			try {
				backend.removeItem(key);
				memory.delete(key);
			} catch {
				report('blocked');
			}
		},
	};
}
