/**
 * Builds DOM nodes without HTML strings, so text typed by a reader can never become markup.
 * Part of the browser kit (`src/components/kit/`): dom, files, clipboard, share, storage.
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
