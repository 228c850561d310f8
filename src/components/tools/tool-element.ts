/**
 * Browser side shared by every calculator (see Tool.astro). A tool subclasses
 * `ToolElement` and implements `compute`: it receives the form values and returns either
 * field errors or the result, as a function that writes into the server-rendered output
 * and/or as a `ToolView` (texts, blocks, lists, table rows; see `src/lib/tools/form.ts`).
 * Tools whose logic already returns a `ToolEvaluation` need no subclass: `defineTool`.
 * This class keeps the inputs in the URL (so a result can be shared as a link), shows
 * messages and warnings next to fields, announces results, and copies the link.
 */
import type { ToolEvaluation, ToolView } from '../../lib/tools/form.ts';
import { copyText } from '../kit/clipboard.ts';

/**
 * Longest query a shared link may carry. Servers commonly refuse addresses over 8 KB (HTTP 414);
 * a link is also pasted into chats, so long lists stay out of it and the reader is told.
 */
export const MAX_QUERY_LENGTH = 4000;

/** Form values by field name; fields that can hold several values (checkboxes) give arrays. */
export type ToolValues = Record<string, string | string[]>;

/** What `compute` returns: messages per field, and/or the result. */
export interface ToolOutcome {
	/** Message per field name; shown next to the field, and the result is hidden. */
	errors?: Record<string, string>;
	/** Doubts per field name, shown next to the field (prefixed "Perhatian:") while the result stays visible. */
	warnings?: Record<string, string>;
	/** How an ambiguous value was read, per field ("1,250 dibaca sebagai 1.250"); shown when the field has no error or warning. */
	notes?: Record<string, string>;
	/** Result texts, blocks, lists and rows, written before `render` runs; only without errors. */
	view?: ToolView;
	/** Writes the result into the output region; called only when there are no errors. */
	render?: () => void;
}

export abstract class ToolElement extends HTMLElement {
	protected form!: HTMLFormElement;
	private output!: HTMLElement;
	private placeholder!: HTMLElement;
	private status!: HTMLElement;
	/** Fields the reader has touched: only those show "wajib diisi" before the first submit. */
	private touched = new Set<string>();
	private submitted = false;
	/** Whether the form differs from its server-rendered defaults (only then is the URL written). */
	private dirty = false;

	/** Turns the form values into a result or field errors. Must not touch the DOM outside `render`. */
	protected abstract compute(values: ToolValues): ToolOutcome;

	connectedCallback() {
		this.form = this.querySelector('form')!;
		this.output = this.querySelector('[data-output]')!;
		this.placeholder = this.querySelector('[data-placeholder]')!;
		this.status = this.querySelector('[data-status]')!;

		const fromUrl = this.restoreFromUrl();
		if (fromUrl) this.submitted = this.dirty = true;
		this.form.addEventListener('input', (e) => this.onEdit(e));
		this.form.addEventListener('change', (e) => this.onEdit(e));
		this.form.addEventListener('submit', (e) => {
			e.preventDefault();
			this.submitted = this.dirty = true;
			this.update();
			// Keyboard and screen-reader users land on what changed: the result, or the first field to fix.
			if (!this.output.hidden) this.querySelector<HTMLElement>('[data-result]')?.focus();
			else this.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
		});
		this.form.addEventListener('reset', () => {
			this.touched.clear();
			this.submitted = this.dirty = false;
			setTimeout(() => this.update(), 0);
		});
		this.querySelector('[data-copy-link]')?.addEventListener('click', () => this.copyLink());
		this.update();
	}

	/** Reads every named control of the form. */
	protected values(): ToolValues {
		const values: ToolValues = {};
		for (const el of Array.from(this.form.elements) as HTMLInputElement[]) {
			if (!el.name || el.type === 'submit' || el.type === 'button' || el.type === 'reset') continue;
			if (el.type === 'checkbox') {
				const list = (values[el.name] as string[] | undefined) ?? [];
				if (el.checked) list.push(el.value);
				values[el.name] = list;
			} else if (el.type === 'radio') {
				if (el.checked) values[el.name] = el.value;
				else values[el.name] ??= '';
			} else values[el.name] = el.value;
		}
		return values;
	}

	/** Recomputes, shows errors and result, and writes the inputs into the URL. */
	protected update() {
		const values = this.values();
		const { errors = {}, warnings = {}, notes = {}, view, render } = this.compute(values);
		const valid = Object.keys(errors).length === 0 && Boolean(render || view);
		for (const slot of this.querySelectorAll<HTMLElement>('[data-error-for]')) {
			const name = slot.dataset.errorFor!;
			const message = errors[name];
			const visible = Boolean(message) && (this.submitted || this.touched.has(name) || !this.isEmpty(values[name]));
			const warning = !visible && valid ? warnings[name] : undefined;
			const note = !visible && !warning && !errors[name] ? notes[name] : undefined;
			slot.textContent = visible ? message! : warning ? `Perhatian: ${warning}` : (note ?? '');
			slot.hidden = !visible && !warning && !note;
			slot.classList.toggle('tool-field__error--warning', Boolean(warning));
			for (const control of this.form.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`)) {
				if (visible) control.setAttribute('aria-invalid', 'true');
				else control.removeAttribute('aria-invalid');
			}
		}
		if (valid) {
			if (view) this.applyView(view);
			render?.();
		}
		this.output.hidden = !valid;
		this.placeholder.hidden = Boolean(valid);
		this.placeholder.textContent =
			Object.keys(errors).length && this.submitted
				? 'Hasil belum dapat dihitung. Perbaiki isian yang ditandai.'
				: 'Isi kolom di atas untuk melihat hasilnya.';
		this.writeUrl(values);
	}

	/** Sets the text of an output element `[data-out="key"]` (text only: never HTML). */
	protected out(key: string, text: string) {
		for (const el of this.querySelectorAll<HTMLElement>(`[data-out="${key}"]`)) el.textContent = text;
	}

	/** Writes a `ToolView` into the result markup (text only: never HTML). */
	protected applyView(view: ToolView) {
		const each = (attr: string, key: string, fn: (el: HTMLElement) => void) =>
			this.querySelectorAll<HTMLElement>(`[data-${attr}="${key}"]`).forEach(fn);
		for (const [key, text] of Object.entries(view.text ?? {})) this.out(key, text);
		for (const [key, visible] of Object.entries(view.show ?? {})) each('show', key, (el) => (el.hidden = !visible));
		for (const [key, items] of Object.entries(view.lists ?? {}))
			each('list', key, (el) => {
				el.replaceChildren(...items.map((item) => Object.assign(document.createElement('li'), { textContent: item })));
				el.hidden = items.length === 0;
			});
		for (const [key, rows] of Object.entries(view.rows ?? {}))
			each('rows', key, (el) => {
				el.replaceChildren(
					...rows.map((cells) => {
						const tr = document.createElement('tr');
						cells.forEach((cell, i) => {
							const td = document.createElement(i === 0 ? 'th' : 'td');
							if (i === 0) td.setAttribute('scope', 'row');
							td.textContent = cell;
							tr.append(td);
						});
						return tr;
					})
				);
			});
	}

	private isEmpty(value: string | string[] | undefined) {
		return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
	}

	private onEdit(event: Event) {
		const target = event.target as HTMLInputElement;
		if (target.name && event.type === 'change') this.touched.add(target.name);
		if (target.name) this.dirty = true;
		this.status.textContent = '';
		this.update();
	}

	private restoreFromUrl(): boolean {
		const params = new URLSearchParams(location.search);
		const names = new Set(
			(Array.from(this.form.elements) as HTMLInputElement[]).map((el) => el.name).filter(Boolean)
		);
		if (![...params.keys()].some((k) => names.has(k))) return false;
		for (const el of Array.from(this.form.elements) as HTMLInputElement[]) {
			if (!el.name) continue;
			const all = params.getAll(el.name);
			if (el.type === 'checkbox' || el.type === 'radio') el.checked = all.includes(el.value);
			else if (all.length) el.value = all[0]!;
			else if (el.tagName !== 'SELECT') el.value = '';
		}
		return true;
	}

	/** Fields left out of the link because it would be too long (see {@link MAX_QUERY_LENGTH}). */
	private leftOut: string[] = [];
	/** The whole query of the current inputs, before the link was shortened (for tools that store it). */
	protected fullQuery = '';

	private writeUrl(values: ToolValues) {
		const params = new URLSearchParams();
		// Untouched defaults (pre-ticked boxes, a default choice) are not a result worth a link.
		if (this.dirty) {
			for (const [name, value] of Object.entries(values)) {
				for (const v of Array.isArray(value) ? value : [value]) if (v !== '') params.append(name, v);
			}
		}
		this.fullQuery = params.toString();
		// Drop the longest values (pasted lists) until the link fits.
		this.leftOut = [];
		while (params.toString().length > MAX_QUERY_LENGTH) {
			const longest = [...params.keys()].reduce((a, b) => (params.getAll(a).join('').length >= params.getAll(b).join('').length ? a : b));
			params.delete(longest);
			this.leftOut.push(this.labelOf(longest));
		}
		const query = params.toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
	}

	private labelOf(name: string): string {
		const control = this.form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
		return (control?.id && this.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent?.trim()) || name;
	}

	private async copyLink() {
		const copied = await copyText(location.href);
		const missing = this.leftOut.length
			? ` Isian «${this.leftOut.join('», «')}» terlalu panjang untuk tautan, jadi tidak ikut: tempelkan isinya terpisah.`
			: '';
		this.status.textContent = copied
			? `Tautan disalin. Tempelkan di pesan atau catatan Anda.${missing}`
			: `Salin tautan ini secara manual: ${location.href}${missing}`;
	}
}

/**
 * Defines a tool whose pure logic returns a `ToolEvaluation` (see `src/lib/tools/form.ts`):
 * the page script is then one line, `defineTool('pm-engagement', evaluateEngagement)`.
 * @param tag custom element name used in `<Tool element="…">`
 * @param evaluate pure function from form values to errors or a view
 */
export function defineTool(tag: string, evaluate: (values: ToolValues) => ToolEvaluation) {
	if (customElements.get(tag)) return;
	customElements.define(
		tag,
		class extends ToolElement {
			protected compute(values: ToolValues): ToolOutcome {
				const outcome = evaluate(values);
				return outcome.ok ? { view: outcome.view, warnings: outcome.warnings, notes: outcome.notes } : { errors: outcome.errors };
			}
		}
	);
}
