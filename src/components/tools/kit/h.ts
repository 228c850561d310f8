/**
 * Browser helpers shared by the planner tools (deadline, content calendar, weekly report):
 * build DOM nodes without HTML strings (so text typed by a reader can never become markup),
 * offer a file for download, and read/write small JSON values in localStorage safely.
 */

type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element: `h('td', { class: 'x' }, 'teks')`. Attributes with `undefined`/`false`
 * are left out; `true` sets an empty attribute. Children that are strings become text nodes.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs?: Record<string, string | number | boolean | undefined> | null,
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs ?? {})) {
		if (value === undefined || value === false) continue;
		el.setAttribute(name, value === true ? '' : String(value));
	}
	for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(typeof child === 'number' ? String(child) : child);
	return el;
}

/**
 * Offers text as a file download ("Unduh").
 * @param name file name, e.g. "kalender-konten.ics"
 * @param text file content
 * @param type MIME type with charset
 */
export function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = h('a', { href: url, download: name, hidden: true });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reads a JSON value from localStorage; anything missing or unreadable gives `undefined`.
 * @param key storage key
 */
export function loadJson<T>(key: string): T | undefined {
	try {
		const raw = localStorage.getItem(key);
		return raw === null ? undefined : (JSON.parse(raw) as T);
	} catch {
		return undefined;
	}
}

/**
 * Writes a JSON value to localStorage. Returns false when the browser refuses (storage full or
 * disabled), so the caller can tell the reader their data is not being kept.
 * @param key storage key
 * @param value any JSON-serialisable value; `undefined` removes the key
 */
export function saveJson(key: string, value: unknown): boolean {
	try {
		if (value === undefined) localStorage.removeItem(key);
		else localStorage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}
