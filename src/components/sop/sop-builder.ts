/**
 * The `pm-sop-builder` element (`/sop/penyusun/`). The server renders the form and the blank
 * SOP; this script takes over: it keeps the draft in the browser kit's storage (falls back
 * to memory and says so, warns before overwriting work saved by another tab, flushes on
 * leaving), redraws the live preview with the SOP pages' renderer, loads a template only
 * when it is chosen and the DOCX generator only on download. Opened from the SOP kit
 * (`?paket=<slug>`), it edits that SOP's own draft and saves it back to the kit.
 */
import { announceStorageProblems, flushOnLeave, loadJson, saveJson, storage, watchKey } from '../kit/storage.ts';
import { download } from '../kit/files.ts';
import { blankDocument } from '../../lib/sop/document.ts';
import * as draft from '../../lib/sop/draft.ts';
import * as view from '../../lib/sop/builder-view.ts';
import { checkFlow, type FlowIssue } from '../../lib/sop/flow.ts';
import { renderSopHtml } from '../../lib/sop/html.ts';
import { emptyKit, KIT_KEY, readStoredKit } from '../../lib/sop/kit.ts';
import type { SopDocument, StepSymbol } from '../../lib/sop/model.ts';
import { fetchTemplate, rasterize, readLogo } from './rasterize.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the builder stores: the draft and when it was saved (to notice newer work from another tab). */
interface Stored {
	v: number;
	doc: SopDocument;
	savedAt?: number;
}

class SopBuilder extends HTMLElement {
	doc: SopDocument = blankDocument();
	timer: number | undefined;
	showErrors = false;
	/** Storage key of the draft: the builder's own, or one per SOP opened from the kit. */
	key = draft.DRAFT_KEY;
	/** Slug of the kit SOP being edited, if opened from the kit. */
	kitSlug: string | null = null;
	/** When this tab last saved or loaded the draft. */
	savedAt = 0;
	/** A newer draft from another tab, waiting for the reader's choice; saving pauses meanwhile. */
	conflict: Stored | null = null;
	/** A file chosen for import, waiting for confirmation. */
	pendingImport: { doc: SopDocument; name: string } | null = null;
	dirty = false;

	$<T extends Element = HTMLElement>(selector: string) {
		return this.querySelector<T>(selector)!;
	}

	connectedCallback() {
		const params = new URL(location.href).searchParams;
		this.kitSlug = params.get('paket');
		if (this.kitSlug) this.key = `${draft.DRAFT_KEY}:paket:${this.kitSlug}`;
		const from = this.kitSlug ?? params.get('dari');
		announceStorageProblems(this, 'Pakai "Ekspor draf (JSON)" agar isian tidak hilang.');
		const saved = this.readStored();
		if (from) this.$<HTMLSelectElement>('[data-template]').value = from;
		this.addEventListener('input', (e) => this.onInput(e));
		this.addEventListener('change', (e) => this.onChange(e));
		this.addEventListener('click', (e) => this.onClick(e));
		watchKey(this.key, (raw) => this.onOtherTab(raw));
		flushOnLeave(() => {
			if (this.dirty) this.save();
		});
		if (saved) {
			this.savedAt = saved.savedAt ?? 0;
			this.replaceDoc(saved.doc, false);
			const option = this.$<HTMLSelectElement>('[data-template]').selectedOptions[0];
			if (from && !this.kitSlug && option?.value) this.announce(`Draf tersimpan Anda dibuka. Tekan "Muat templat" untuk memakai templat ${option.textContent}.`);
		} else if (this.kitSlug) void this.openFromKit(this.kitSlug).finally(() => this.ready());
		else if (from) void this.fetchAndLoad(from, false).finally(() => this.ready());
		else this.refresh(false);
		if (saved || !from) this.ready();
		this.showKitBanner();
	}

	/** Marks the builder as taken over (the first draft or template is in the form). */
	ready() {
		this.dataset.ready = '';
	}

	/** The stored draft of this builder (or of the kit SOP), if readable. */
	readStored(): Stored | null {
		const raw = loadJson<Stored>(this.key);
		if (!raw || raw.v !== draft.FILE_VERSION) return null;
		const result = draft.normalizeDocument(raw.doc);
		return result.ok ? { v: raw.v, doc: result.value, savedAt: typeof raw.savedAt === 'number' ? raw.savedAt : 0 } : null;
	}

	/** Saves the draft unless another tab's newer draft is waiting for the reader's choice. */
	save() {
		if (this.conflict) return;
		this.savedAt = Date.now();
		const kept = saveJson(this.key, { v: draft.FILE_VERSION, doc: this.doc, savedAt: this.savedAt } satisfies Stored);
		this.dirty = false;
		this.$('[data-saved]').textContent = kept
			? `Draf tersimpan di peramban ini pukul ${new Date(this.savedAt).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' })}.`
			: 'Draf hanya tersimpan selama halaman ini terbuka. Pakai "Ekspor draf (JSON)" agar tidak hilang.';
	}

	/** Another tab saved this draft: if it is newer, pause saving and let the reader choose. */
	onOtherTab(raw: string | null) {
		if (raw === null) return;
		let stored: Stored | null = null;
		try {
			const parsed = JSON.parse(raw) as Stored;
			const result = draft.normalizeDocument(parsed.doc);
			if (result.ok) stored = { v: parsed.v, doc: result.value, savedAt: parsed.savedAt ?? 0 };
		} catch {
			stored = null;
		}
		if (!stored || (stored.savedAt ?? 0) <= this.savedAt) return;
		this.conflict = stored;
		this.$('[data-conflict]').hidden = false;
	}

	async openFromKit(slug: string) {
		const changed = readStoredKit(loadJson(KIT_KEY))?.kit.overrides[slug];
		if (changed) return this.replaceDoc(structuredClone(changed) as SopDocument);
		await this.fetchAndLoad(slug, false);
	}

	showKitBanner() {
		const banner = this.$('[data-kit-banner]');
		banner.hidden = !this.kitSlug;
		if (this.kitSlug) this.$('[data-kit-text]').textContent = 'SOP ini dibuka dari Paket SOP Instansi. Identitas, nomor dan pengesahan diisi oleh paket; ubah langkah dan pelaksana di sini, lalu tekan "Simpan ke paket".';
	}

	saveToKit() {
		if (!this.kitSlug) return;
		const stored = readStoredKit(loadJson(KIT_KEY)) ?? { kit: emptyKit(), savedAt: 0 };
		stored.kit.overrides[this.kitSlug] = structuredClone(this.doc);
		const kept = saveJson(KIT_KEY, { kit: stored.kit, savedAt: Date.now() });
		this.announce(kept ? 'Versi ini disimpan ke Paket SOP. Halaman paket memakainya saat mengunduh.' : 'Versi ini hanya tersimpan selama halaman terbuka; penyimpanan peramban tidak tersedia.');
	}

	announce(text: string) {
		const status = this.$('[data-status]');
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = text));
	}

fillIdentity() {
		for (const input of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-path]')) input.value = view.readPath(this.doc, input.dataset.path!);
		this.$('[data-action="logo-remove"]').hidden = !this.doc.logo;
	}

	/** Saves and redraws shortly after the last keystroke. */
schedule() {
		this.dirty = true;
		clearTimeout(this.timer);
		this.timer = window.setTimeout(() => this.refresh(), 200);
	}

	/** Saves (unless told not to) and redraws the preview, flow checks and choices. */
	refresh(persist = true) {
		clearTimeout(this.timer);
		if (persist) this.save();
		const paused = view.oversizeMessage(this.doc);
		const note = this.$('[data-preview-paused]');
		note.hidden = !paused;
		note.textContent = paused ?? '';
		if (!paused) this.$('[data-preview]').innerHTML = renderSopHtml(this.doc);
		this.updateOptions();
		this.showFlowIssues(checkFlow(this.doc.actors, this.doc.steps));
		if (this.showErrors) this.showFieldErrors(draft.requiredIssues(this.doc), false);
	}

	// ---- actors -------------------------------------------------------------
	renderActors(focus?: { index: number; what: 'name' | 'remove' | 'add' }) {
		const list = this.$('[data-actors]');
		const tpl = this.$<HTMLTemplateElement>('[data-actor-template]');
		list.replaceChildren(
			...this.doc.actors.map((actor, i) => {
				const li = tpl.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
				li.dataset.index = String(i);
const id = view.actorFieldId(actor.id);
				const input = li.querySelector<HTMLInputElement>('[data-actor-field="name"]')!;
				const label = li.querySelector('label')!;
				const error = li.querySelector<HTMLElement>('[data-error="name"]')!;
				input.id = id;
				input.value = actor.name;
				error.id = `${id}-error`;
				input.setAttribute('aria-describedby', error.id);
				label.htmlFor = id;
				label.textContent = `Nama pelaksana ${i + 1}`;
				li.querySelector('[data-action="remove-actor"]')!.setAttribute('aria-label', `Hapus pelaksana ${i + 1}`);
				return li;
			})
		);
		this.$<HTMLButtonElement>('[data-action="add-actor"]').disabled = this.doc.actors.length >= draft.MAX_ACTORS;
		if (focus) {
			const li = list.children[Math.min(focus.index, list.children.length - 1)];
			const target = focus.what === 'add' ? this.$('[data-action="add-actor"]') : li?.querySelector<HTMLElement>(focus.what === 'name' ? 'input' : '[data-action="remove-actor"]');
			target?.focus();
		}
	}

	// ---- steps --------------------------------------------------------------
	renderSteps(focus?: { id?: string; selector: string }) {
		const list = this.$('[data-steps]');
		const tpl = this.$<HTMLTemplateElement>('[data-step-template]');
		list.replaceChildren(
			...this.doc.steps.map((step, i) => {
				const li = tpl.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
				li.dataset.index = String(i);
				li.dataset.id = step.id;
				li.querySelector('[data-legend]')!.textContent = `Langkah ${i + 1}`;
				for (const label of li.querySelectorAll<HTMLLabelElement>('label[data-label]')) {
					const field = label.dataset.label!;
					const control = li.querySelector<HTMLInputElement>(`[data-step-field="${field}"]`)!;
control.id = view.stepFieldId(step.id, field);
					label.htmlFor = control.id;
					const error = li.querySelector<HTMLElement>(`[data-error="${field}"]`);
					if (error) {
						error.id = `${control.id}-error`;
						control.setAttribute('aria-describedby', error.id);
					}
				}
				for (const field of ['activity', 'requirements', 'time', 'output', 'notes'] as const) li.querySelector<HTMLInputElement>(`[data-step-field="${field}"]`)!.value = step[field];
				li.querySelector<HTMLSelectElement>('[data-step-field="symbol"]')!.value = step.symbol;
				const shows = view.stepShows(step);
				for (const el of li.querySelectorAll<HTMLElement>('[data-show="next"]')) el.hidden = !shows.next;
				for (const el of li.querySelectorAll<HTMLElement>('[data-show="branch"]')) el.hidden = !shows.branch;
				for (const [action, name] of Object.entries(view.stepButtonNames(i))) li.querySelector(`[data-action="${action}"]`)!.setAttribute('aria-label', name);
				li.querySelector<HTMLButtonElement>('[data-action="step-up"]')!.disabled = i === 0;
				li.querySelector<HTMLButtonElement>('[data-action="step-down"]')!.disabled = i === this.doc.steps.length - 1;
				return li;
			})
		);
		this.updateOptions();
		this.showFlowIssues(checkFlow(this.doc.actors, this.doc.steps));
		if (focus) {
			const scope = focus.id ? list.querySelector(`li[data-id="${CSS.escape(focus.id)}"]`) : this;
			const target = scope?.querySelector<HTMLElement>(focus.selector);
			(target && !(target as HTMLButtonElement).disabled ? target : scope?.querySelector<HTMLElement>('textarea'))?.focus();
		}
	}

	/** Refreshes the actor and step choices in every step's selects without rebuilding the list. */
	/** Refreshes the actor and step choices in every step's selects without rebuilding the list. */
	updateOptions() {
		for (const li of this.querySelectorAll<HTMLLIElement>('[data-steps] > li')) {
			const index = Number(li.dataset.index);
			if (!this.doc.steps[index]) continue;
			const choices = view.stepChoices(this.doc, index);
			for (const field of ['actor', 'next', 'yes', 'no'] as const) {
				const select = li.querySelector<HTMLSelectElement>(`[data-step-field="${field}"]`)!;
				select.replaceChildren(...choices[field].options.map(([v, t]) => new Option(t, v)));
				select.value = choices[field].value;
			}
		}
	}

	showFlowIssues(issues: FlowIssue[]) {
		const general = issues.filter((i) => i.step === undefined);
		const box = this.$('[data-flow-issues]');
		box.hidden = general.length === 0;
		box.replaceChildren(...general.map((i) => Object.assign(document.createElement('p'), { textContent: i.message })));
		for (const li of this.querySelectorAll<HTMLLIElement>('[data-steps] > li')) {
			const mine = issues.filter((i) => i.step === Number(li.dataset.index));
			const ul = li.querySelector<HTMLElement>('[data-step-issues]')!;
			ul.hidden = mine.length === 0;
			ul.replaceChildren(...mine.map((i) => Object.assign(document.createElement('li'), { textContent: i.message })));
			li.classList.toggle('sb-step--invalid', mine.length > 0);
		}
	}

	// ---- validation before download -------------------------------------
	fieldId(field: string): string {
		return view.fieldId(this.doc, field);
	}

	showFieldErrors(issues: draft.FieldIssue[], reveal = true) {
		for (const el of this.querySelectorAll<HTMLElement>('.sb-error[id$="-error"]')) {
			el.hidden = true;
			el.textContent = '';
			document.getElementById(el.id.replace(/-error$/, ''))?.removeAttribute('aria-invalid');
		}
		for (const issue of issues) {
			const id = this.fieldId(issue.field);
			const error = document.getElementById(`${id}-error`);
			if (error) ((error.textContent = issue.message), (error.hidden = false));
			document.getElementById(id)?.setAttribute('aria-invalid', 'true');
		}
		if (!reveal) return;
	}

	showSummary(issues: draft.FieldIssue[], flow: FlowIssue[]) {
		const summary = this.$('[data-summary]');
		const list = this.$('[data-summary-list]');
		const items = [
			...issues.map((i) => ({ href: `#${this.fieldId(i.field)}`, text: i.message })),
			...flow.map((i) => ({ href: i.step === undefined ? '#sb-h-langkah' : `#sb-step-${this.doc.steps[i.step]!.id}-${i.field ?? 'activity'}`, text: i.message })),
		];
		list.replaceChildren(
			...items.map(({ href, text }) => {
				const li = document.createElement('li');
				const a = Object.assign(document.createElement('a'), { href, textContent: text });
				a.addEventListener('click', (e) => {
					e.preventDefault();
					document.getElementById(href.slice(1))?.focus();
				});
				li.append(a);
				return li;
			})
		);
		summary.hidden = items.length === 0;
		if (items.length) summary.focus();
	}

	// ---- events ---------------------------------------------------------
	onInput(e: Event) {
		const el = e.target as HTMLInputElement;
if (el.dataset.path) {
			this.doc = view.writePath(this.doc, el.dataset.path, el.value, el.dataset.list !== undefined);
			this.schedule();
		} else if (el.dataset.actorField) {
			const i = Number(el.closest<HTMLElement>('li')!.dataset.index);
			this.doc.actors[i]!.name = el.value;
			this.schedule();
		} else if (el.dataset.stepField && el.tagName !== 'SELECT') {
			const i = Number(el.closest<HTMLElement>('li')!.dataset.index);
			const field = el.dataset.stepField as 'activity' | 'requirements' | 'time' | 'output' | 'notes';
			this.doc.steps[i]![field] = el.value;
			this.schedule();
		}
	}

	onChange(e: Event) {
		const el = e.target as HTMLSelectElement | HTMLInputElement;
if (el instanceof HTMLInputElement && el.dataset.import !== undefined) return void this.importFile(el);
		if (el instanceof HTMLInputElement && el.dataset.logo !== undefined) return void this.setLogo(el);
		if (!(el instanceof HTMLSelectElement) || !el.dataset.stepField) return;
		const li = el.closest<HTMLElement>('li')!;
		const i = Number(li.dataset.index);
		const field = el.dataset.stepField as 'actor' | 'symbol' | 'next' | 'yes' | 'no';
		if (field === 'symbol') {
			this.doc = draft.setSymbol(this.doc, i, el.value as StepSymbol);
			this.renderSteps({ id: li.dataset.id, selector: '[data-step-field="symbol"]' });
		} else if (field === 'actor') this.doc.steps[i]!.actor = el.value;
		else if (el.value) this.doc.steps[i]![field] = el.value;
		else delete this.doc.steps[i]![field];
		this.refresh();
	}

	onClick(e: Event) {
		const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
		if (!button || !this.contains(button)) return;
		const li = button.closest<HTMLElement>('li[data-index]');
		const i = Number(li?.dataset.index ?? -1);
		switch (button.dataset.action) {
			case 'load-template':
				return void this.loadTemplate();
			case 'import-backup':
				return this.exportCurrent();
			case 'import-apply':
				return this.applyImport();
			case 'import-cancel':
				this.pendingImport = null;
				this.$('[data-import-confirm]').hidden = true;
				return this.announce('Impor dibatalkan. Draf Anda tidak diubah.');
			case 'conflict-load': {
				const other = this.conflict;
				this.conflict = null;
				this.$('[data-conflict]').hidden = true;
				if (other) {
					this.savedAt = other.savedAt ?? Date.now();
					this.replaceDoc(other.doc, false);
				}
				return this.announce('Versi dari tab lain dimuat.');
			}
			case 'conflict-keep':
				this.conflict = null;
				this.$('[data-conflict]').hidden = true;
				this.save();
				return this.announce('Versi di tab ini disimpan.');
			case 'kit-save':
				this.refresh();
				return this.saveToKit();
			case 'logo-remove': {
				const { logo: _logo, ...rest } = this.doc;
				this.doc = rest;
				this.fillIdentity();
				this.refresh();
				this.$<HTMLInputElement>('[data-logo]').focus();
				return this.announce('Logo dihapus.');
			}

			case 'add-actor': {
				const result = draft.addActor(this.doc, `Pelaksana ${this.doc.actors.length + 1}`);
				if (!result.ok) return this.actorError(result.message);
				this.doc = result.value;
				this.actorError('');
				this.renderActors({ index: this.doc.actors.length - 1, what: 'name' });
				this.announce(`Pelaksana ${this.doc.actors.length} ditambahkan.`);
				break;
			}
			case 'remove-actor': {
				const result = draft.removeActor(this.doc, this.doc.actors[i]!.id);
				if (!result.ok) return this.actorError(result.message);
				this.doc = result.value;
				this.actorError('');
				this.renderActors({ index: i, what: this.doc.actors.length > i ? 'remove' : 'add' });
				this.announce(`Pelaksana ${i + 1} dihapus.`);
				break;
			}
			case 'add-step':
			case 'step-insert': {
				if (this.doc.steps.length >= draft.MAX_STEPS) return this.announce(`Paling banyak ${draft.MAX_STEPS} langkah.`);
				const at = button.dataset.action === 'add-step' ? this.doc.steps.length - 1 : i;
				this.doc = draft.insertStep(this.doc, at);
				this.renderSteps({ id: this.doc.steps[at + 1]!.id, selector: '[data-step-field="activity"]' });
				this.announce(`Langkah ${at + 2} ditambahkan.`);
				break;
			}
			case 'step-up':
			case 'step-down': {
				const delta = button.dataset.action === 'step-up' ? -1 : 1;
				this.doc = draft.moveStep(this.doc, i, delta);
				this.renderSteps({ id: li!.dataset.id, selector: `[data-action="${button.dataset.action}"]` });
				this.announce(`Langkah ${i + 1} dipindah ke urutan ${i + 1 + delta}.`);
				break;
			}
			case 'step-remove': {
				this.doc = draft.removeStep(this.doc, i);
				const next = this.doc.steps[Math.min(i, this.doc.steps.length - 1)];
				this.renderSteps(next ? { id: next.id, selector: '[data-step-field="activity"]' } : { selector: '[data-action="add-step"]' });
				if (!next) this.$('[data-action="add-step"]').focus();
				this.announce(`Langkah ${i + 1} dihapus.`);
				break;
			}
			case 'download':
				return void this.download();
			case 'print':
				this.refresh();
				return window.print();
			case 'export':
				this.refresh();
				return this.exportCurrent();
			case 'reset':
				if (!confirm('Hapus draf ini dari peramban? Isian Anda akan hilang dan tidak dapat dikembalikan. Pilih "Batal" lalu "Ekspor draf (JSON)" bila ingin menyimpan salinan.')) return;
				storage().removeItem(this.key);
				this.replaceDoc(blankDocument());
				this.$<HTMLSelectElement>('[data-template]').value = '';
				return this.announce('Draf dihapus. Penyusun kembali kosong.');
		}
		this.refresh();
	}

	actorError(message: string) {
		const el = this.$('[data-actors-error]');
		el.textContent = message;
		el.hidden = !message;
	}

	replaceDoc(doc: SopDocument, persist = true) {
		this.doc = doc;
		this.showErrors = false;
		this.showFieldErrors([]);
		this.$('[data-summary]').hidden = true;
		this.fillIdentity();
		this.renderActors();
		this.renderSteps();
		this.refresh(persist);
	}

	exportCurrent() {
		download(draft.fileName(this.doc, 'json').replace(/^SOP-/, 'draf-sop-'), draft.exportDraft(this.doc), 'application/json');
		this.announce('Draf diekspor sebagai berkas JSON.');
	}

	/** Loads a template from the server; `ask` first confirms replacing the open draft. */
	async fetchAndLoad(slug: string, ask: boolean) {
		if (ask && !confirm('Draf yang sedang terbuka akan diganti. Lanjutkan? Pilih "Batal" lalu "Ekspor draf (JSON)" bila ingin menyimpan salinan.')) return;
		if (!slug) {
			this.replaceDoc(blankDocument());
			return this.announce('SOP kosong dimuat.');
		}
		this.announce('Memuat templat…');
		try {
			const file = await fetchTemplate(slug);
			this.replaceDoc(structuredClone(file.draft));
			this.announce(`Templat ${file.title} dimuat.`);
		} catch (error) {
			this.refresh(false);
			this.announce(`${(error as Error).message} Draf Anda tidak diubah.`);
		}
	}

	loadTemplate() {
		return this.fetchAndLoad(this.$<HTMLSelectElement>('[data-template]').value, true);
	}

	/** Reads a chosen draft file; a valid one waits for the reader to confirm replacing the open draft. */
	async importFile(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		const error = this.$('[data-import-error]');
		if (!file) return;
		const result = file.size > 5_000_000 ? { ok: false as const, message: 'Berkas terlalu besar untuk draf SOP.' } : draft.parseDraftFile(await file.text());
		if (!result.ok) {
			error.textContent = `Impor gagal: ${result.message} Draf Anda tidak diubah.`;
			error.hidden = false;
			return;
		}
		error.hidden = true;
		this.pendingImport = { doc: result.value, name: file.name };
		this.$('[data-import-question]').textContent = `Impor "${file.name}" akan mengganti draf yang sedang terbuka. Unduh draf saat ini dulu bila ingin menyimpannya.`;
		this.$('[data-import-confirm]').hidden = false;
		this.$<HTMLButtonElement>('[data-action="import-backup"]').focus();
	}

	applyImport() {
		const pending = this.pendingImport;
		this.pendingImport = null;
		this.$('[data-import-confirm]').hidden = true;
		if (!pending) return;
		this.replaceDoc(pending.doc);
		this.announce(`Draf dari berkas ${pending.name} dimuat.`);
	}

	async setLogo(input: HTMLInputElement) {
		const file = input.files?.[0];
		const error = this.$('#sb-logo-error');
		if (!file) return;
		const result = await readLogo(file);
		input.value = '';
		error.hidden = result.ok;
		if (!result.ok) {
			error.textContent = result.message;
			return;
		}
		this.doc = { ...this.doc, logo: result.value };
		this.fillIdentity();
		this.refresh();
		this.announce('Logo dipasang di identitas SOP.');
	}

	async download() {
		this.refresh();
		const issues = draft.requiredIssues(this.doc);
		const flow = checkFlow(this.doc.actors, this.doc.steps);
		this.showErrors = true;
		this.showFieldErrors(issues);
		this.showSummary(issues, flow);
		if (issues.length || flow.length) return;
		const button = this.$<HTMLButtonElement>('[data-action="download"]');
		button.disabled = true;
		this.announce('Menyiapkan berkas DOCX…');
		try {
			const { renderDocx } = await import('../../lib/sop/docx.ts');
			const bytes = await renderDocx(this.doc, { rasterize });
			const name = draft.fileName(this.doc, 'docx');
download(name, bytes, DOCX_MIME);
			this.announce(`Berkas ${name} siap diunduh.`);
		} catch (error) {
			this.announce(`Berkas gagal dibuat: ${(error as Error).message}`);
		} finally {
			button.disabled = false;
		}
	}
}

customElements.define('pm-sop-builder', SopBuilder);
