/**
 * The `pm-sop-kit` element (`/sop/paket/`): keeps the kit's settings in the browser kit's
 * storage (memory fallback announced, newer settings from another tab never overwritten
 * silently, flushed on leaving), exports and imports them, and on "Unduh paket" loads the
 * chosen templates, the DOCX generator and fflate to build the ZIP in the browser.
 */
import { announceStorageProblems, flushOnLeave, loadJson, saveJson, storage, watchKey } from '../kit/storage.ts';
import { download } from '../kit/files.ts';
import { emptyKit, exportKit, KIT_KEY, kitGapsText, parseKitFile, readStoredKit, type KitSettings, type StoredKit } from '../../lib/sop/kit.ts';
import { readLogo } from './rasterize.ts';

class SopKit extends HTMLElement {
	kit: KitSettings = emptyKit();
	savedAt = 0;
	conflict: { kit: KitSettings; savedAt: number } | null = null;
	pendingImport: KitSettings | null = null;
	timer: number | undefined;
	dirty = false;

	$<T extends Element = HTMLElement>(selector: string) {
		return this.querySelector<T>(selector)!;
	}

	connectedCallback() {
		announceStorageProblems(this, 'Pakai "Ekspor pengaturan (JSON)" agar isian tidak hilang.');
		const stored = this.readStored(loadJson(KIT_KEY));
		if (stored) [this.kit, this.savedAt] = [stored.kit, stored.savedAt];
		this.fill();
		this.addEventListener('input', (e) => this.onInput(e));
		this.addEventListener('change', (e) => this.onChange(e));
		this.addEventListener('click', (e) => this.onClick(e));
		watchKey(KIT_KEY, (raw) => this.onOtherTab(raw));
		flushOnLeave(() => {
			if (this.dirty) this.save();
		});
		this.dataset.ready = '';
	}

	readStored(raw: unknown): StoredKit | null {
		return readStoredKit(raw);
	}

	save() {
		clearTimeout(this.timer);
		if (this.conflict) return;
		this.savedAt = Date.now();
		const kept = saveJson(KIT_KEY, { kit: this.kit, savedAt: this.savedAt } satisfies StoredKit);
		this.dirty = false;
		this.$('[data-saved]').textContent = kept ? 'Pengaturan tersimpan di peramban ini.' : 'Pengaturan hanya tersimpan selama halaman ini terbuka.';
	}

	schedule() {
		this.dirty = true;
		this.showGaps();
		clearTimeout(this.timer);
		this.timer = window.setTimeout(() => this.save(), 300);
	}

	onOtherTab(raw: string | null) {
		if (raw === null) return;
		let parsed: unknown = null;
		try {
			parsed = JSON.parse(raw);
		} catch {
			return;
		}
		const other = this.readStored(parsed);
		if (!other) return;
		// The builder saves changed SOPs into the kit: take those at once, they do not touch this form.
		const onlyOverrides = JSON.stringify({ ...other.kit, overrides: {} }) === JSON.stringify({ ...this.kit, overrides: {} });
		if (onlyOverrides || !this.dirty) {
			this.kit = other.kit;
			this.savedAt = other.savedAt;
			this.fill();
			return;
		}
		this.conflict = other;
		this.$('[data-conflict]').hidden = false;
	}

	fill() {
		const k = this.kit;
		const value: Record<string, string> = {
			agency: k.agency,
			unit: k.unit,
			region: k.region,
			address: k.address,
			'approver.position': k.approver.position,
			'approver.name': k.approver.name,
			'approver.nip': k.approver.nip,
			effective: k.effective,
			pattern: k.pattern,
			firstNumber: String(k.firstNumber),
		};
		for (const input of this.querySelectorAll<HTMLInputElement>('[data-path]')) input.value = value[input.dataset.path!] ?? '';
		for (const box of this.querySelectorAll<HTMLInputElement>('[data-choose]')) box.checked = k.chosen.includes(box.value);
		for (const input of this.querySelectorAll<HTMLInputElement>('[data-rename]')) input.value = k.renames[input.dataset.rename!] ?? '';
		for (const li of this.querySelectorAll<HTMLElement>('[data-slug]')) {
			const changed = Boolean(k.overrides[li.dataset.slug!]);
			li.querySelector<HTMLElement>('[data-changed]')!.hidden = !changed;
			li.querySelector<HTMLElement>('[data-action="revert"]')!.hidden = !changed;
		}
		this.$('[data-logo-status]').textContent = k.logo ? `Logo terpasang (${k.logo.type.toUpperCase()}, ${k.logo.widthPx} × ${k.logo.heightPx} piksel).` : '';
		this.$('[data-action="logo-remove"]').hidden = !k.logo;
		this.showGaps();
	}

	showGaps() {
		this.$('[data-gaps]').textContent = kitGapsText(this.kit);
	}

	onInput(e: Event) {
		const el = e.target as HTMLInputElement;
		const k = this.kit;
		if (el.dataset.path) {
			const path = el.dataset.path;
			if (path === 'firstNumber') k.firstNumber = Math.min(9999, Math.max(1, Math.trunc(Number(el.value)) || 1));
			else if (path.startsWith('approver.')) k.approver[path.slice(9) as 'position' | 'name' | 'nip'] = el.value;
			else (k as unknown as Record<string, string>)[path] = el.value;
		} else if (el.dataset.rename !== undefined) {
			if (el.value.trim()) k.renames[el.dataset.rename] = el.value;
			else delete k.renames[el.dataset.rename];
		} else return;
		this.schedule();
	}

	onChange(e: Event) {
		const el = e.target as HTMLInputElement;
		if (el.dataset.choose !== undefined) {
			this.setChosen();
			this.schedule();
		} else if (el.dataset.import !== undefined) void this.importFile(el);
		else if (el.dataset.logo !== undefined) void this.setLogo(el);
	}

	/** Chosen SOPs in the order of the list (that order decides the numbers). */
	setChosen() {
		this.kit.chosen = [...this.querySelectorAll<HTMLInputElement>('[data-choose]')].filter((b) => b.checked).map((b) => b.value);
	}

	async setLogo(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const result = await readLogo(file);
		const error = this.$('#pk-logo-error');
		error.hidden = result.ok;
		if (!result.ok) return void (error.textContent = result.message);
		this.kit.logo = result.value;
		this.fill();
		this.save();
		this.announce('Logo dipasang.');
	}

	announce(text: string) {
		const status = this.$('[data-status]');
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = text));
	}

	onClick(e: Event) {
		const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
		if (!button || !this.contains(button)) return;
		switch (button.dataset.action) {
			case 'all':
			case 'none':
				for (const box of this.querySelectorAll<HTMLInputElement>('[data-choose]')) box.checked = button.dataset.action === 'all';
				this.setChosen();
				return this.schedule();
			case 'revert': {
				const slug = button.closest<HTMLElement>('[data-slug]')!.dataset.slug!;
				if (!confirm('Kembalikan SOP ini ke templat? Perubahan yang disimpan dari penyusun akan hilang dari paket.')) return;
				delete this.kit.overrides[slug];
				this.fill();
				this.save();
				return this.announce('SOP dikembalikan ke templat.');
			}
			case 'logo-remove':
				delete this.kit.logo;
				this.fill();
				this.save();
				return this.announce('Logo dihapus.');
			case 'download':
				return void this.downloadKit(button);
			case 'export':
			case 'import-backup':
				download('pengaturan-paket-sop.json', exportKit(this.kit, new Date()), 'application/json');
				return this.announce('Pengaturan diekspor sebagai berkas JSON.');
			case 'import-apply':
				if (this.pendingImport) {
					this.kit = this.pendingImport;
					this.fill();
					this.save();
					this.announce('Pengaturan dari berkas dimuat.');
				}
				this.pendingImport = null;
				this.$('[data-import-confirm]').hidden = true;
				return;
			case 'import-cancel':
				this.pendingImport = null;
				this.$('[data-import-confirm]').hidden = true;
				return this.announce('Impor dibatalkan. Pengaturan tidak diubah.');
			case 'conflict-load':
				if (this.conflict) [this.kit, this.savedAt] = [this.conflict.kit, this.conflict.savedAt];
				this.conflict = null;
				this.$('[data-conflict]').hidden = true;
				this.dirty = false;
				this.fill();
				return this.announce('Pengaturan dari tab lain dimuat.');
			case 'conflict-keep':
				this.conflict = null;
				this.$('[data-conflict]').hidden = true;
				this.save();
				return this.announce('Pengaturan di tab ini disimpan.');
			case 'reset':
				if (!confirm('Hapus semua pengaturan paket dari peramban ini, termasuk SOP yang diubah? Pilih "Batal" lalu "Ekspor pengaturan (JSON)" bila ingin menyimpan salinan.')) return;
				storage().removeItem(KIT_KEY);
				this.kit = emptyKit();
				this.savedAt = 0;
				this.fill();
				return this.announce('Pengaturan paket dihapus.');
		}
	}

	async importFile(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const error = this.$('[data-import-error]');
		const result = file.size > 5_000_000 ? { ok: false as const, message: 'Berkas terlalu besar.' } : parseKitFile(await file.text());
		error.hidden = result.ok;
		if (!result.ok) return void (error.textContent = `Impor gagal: ${result.message} Pengaturan tidak diubah.`);
		this.pendingImport = result.value;
		this.$('[data-import-question]').textContent = `Impor "${file.name}" akan mengganti pengaturan paket yang sekarang. Unduh pengaturan saat ini dulu bila ingin menyimpannya.`;
		this.$('[data-import-confirm]').hidden = false;
		this.$<HTMLButtonElement>('[data-action="import-backup"]').focus();
	}

	async downloadKit(button: HTMLButtonElement) {
		this.setChosen();
		this.save();
		if (!this.kit.chosen.length) return this.announce('Pilih sekurang-kurangnya satu SOP.');
		button.disabled = true;
		this.announce(`Menyiapkan paket ${this.kit.chosen.length} SOP…`);
		try {
			// Large libraries load only now: templates, the DOCX generator and fflate.
			const [{ buildKitZip }, { fetchTemplate, rasterize }] = await Promise.all([import('../../lib/sop/kit-zip.ts'), import('./rasterize.ts')]);
			const order = [...this.querySelectorAll<HTMLElement>('[data-slug]')].map((li) => li.dataset.slug!);
			const chosen = order.filter((slug) => this.kit.chosen.includes(slug));
			const templates = await Promise.all(chosen.map(async (slug) => ({ slug, doc: (await fetchTemplate(slug)).template })));
			const { bytes, files } = await buildKitZip(this.kit, templates, rasterize);
			const name = `paket-sop-${(this.kit.unit || this.kit.agency || 'instansi').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'instansi'}.zip`;
			download(name, bytes, 'application/zip');
			this.announce(`Paket ${name} siap: ${files.length} berkas (${files.length - 2} SOP, rancangan keputusan dan daftar SOP).`);
		} catch (error) {
			this.announce(`Paket gagal dibuat: ${(error as Error).message}`);
		} finally {
			button.disabled = false;
		}
	}
}

customElements.define('pm-sop-kit', SopKit);
