/**
 * Browser side shared by every calculator (see Tool.astro). A tool subclasses
 * `ToolElement` and implements `compute`: it receives the form values and returns either
 * field errors or a function that writes the result into the server-rendered output.
 * This class keeps the inputs in the URL (so a result can be shared as a link), shows
 * messages next to fields, announces results, and copies the link.
 */

/** Form values by field name; fields that can hold several values (checkboxes) give arrays. */
export type ToolValues = Record<string, string | string[]>;

/** What `compute` returns: messages per field, and/or a renderer for a valid result. */
export interface ToolOutcome {
	/** Message per field name; shown next to the field, and the result is hidden. */
	errors?: Record<string, string>;
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

	/** Turns the form values into a result or field errors. Must not touch the DOM outside `render`. */
	protected abstract compute(values: ToolValues): ToolOutcome;

	connectedCallback() {
		this.form = this.querySelector('form')!;
		this.output = this.querySelector('[data-output]')!;
		this.placeholder = this.querySelector('[data-placeholder]')!;
		this.status = this.querySelector('[data-status]')!;

		const fromUrl = this.restoreFromUrl();
		if (fromUrl) this.submitted = true;
		this.form.addEventListener('input', (e) => this.onEdit(e));
		this.form.addEventListener('change', (e) => this.onEdit(e));
		this.form.addEventListener('submit', (e) => {
			e.preventDefault();
			this.submitted = true;
			this.update();
			this.output.hidden || this.querySelector<HTMLElement>('[data-result]')?.focus?.();
		});
		this.form.addEventListener('reset', () => {
			this.touched.clear();
			this.submitted = false;
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
		const { errors = {}, render } = this.compute(values);
		for (const slot of this.querySelectorAll<HTMLElement>('[data-error-for]')) {
			const name = slot.dataset.errorFor!;
			const message = errors[name];
			const visible = Boolean(message) && (this.submitted || this.touched.has(name) || !this.isEmpty(values[name]));
			slot.textContent = visible ? message! : '';
			slot.hidden = !visible;
			for (const control of this.form.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`)) {
				if (visible) control.setAttribute('aria-invalid', 'true');
				else control.removeAttribute('aria-invalid');
			}
		}
		const valid = Object.keys(errors).length === 0 && render;
		if (valid) render();
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

	private isEmpty(value: string | string[] | undefined) {
		return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
	}

	private onEdit(event: Event) {
		const target = event.target as HTMLInputElement;
		if (target.name && event.type === 'change') this.touched.add(target.name);
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

	private writeUrl(values: ToolValues) {
		const params = new URLSearchParams();
		for (const [name, value] of Object.entries(values)) {
			for (const v of Array.isArray(value) ? value : [value]) if (v !== '') params.append(name, v);
		}
		const query = params.toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
	}

	private async copyLink() {
		try {
			await navigator.clipboard.writeText(location.href);
			this.status.textContent = 'Tautan disalin. Tempelkan di pesan atau catatan Anda.';
		} catch {
			this.status.textContent = `Salin tautan ini secara manual: ${location.href}`;
		}
	}
}
