/**
 * `<pm-site-search>`: the header search button and its dialog. It runs the site's search
 * pipeline (src/lib/search/pipeline.ts) over Pagefind as the reader types (no debounce: each
 * run is a few milliseconds, and a stale run's results are dropped), lists the results as an
 * ordered list of links in rank order, and shows help outside that list when results are weak.
 * The home page's search field opens this dialog with its text (event `pm:search`).
 * Only the wiring loads with the page; the pipeline and its thesaurus (run.ts) and the Pagefind
 * index load when the reader shows interest in searching, as Starlight's own search does.
 */
import { h } from '../kit/dom.ts';
import type { PageData, RankedResult, SearchFilterChoice, SearchOutcome } from '../../lib/search/pipeline.ts';
import { pagefindEngine } from './engine.ts';

type Pipeline = typeof import('./run.ts');
let pipeline: Promise<Pipeline> | undefined;
/** Loads the search pipeline once (a failed load is retried on the next search). */
function loadPipeline(): Promise<Pipeline> {
	pipeline ??= import('./run.ts').catch((error: unknown) => {
		pipeline = undefined;
		throw error;
	});
	return pipeline;
}
/** Starts loading the pipeline and the index, so the first search is warm. */
function warmUp(): void {
	void loadPipeline().catch(() => {});
	void pagefindEngine().catch(() => {});
}

/** Event the home page dispatches on `document` to search from its own field. */
export const OPEN_SEARCH_EVENT = 'pm:search';

function excerptNode(run: Pipeline, html: string): HTMLElement {
	const p = h('p', { class: 'pm-search__excerpt' });
	for (const part of run.excerptParts(html)) p.append(part.mark ? h('mark', null, part.text) : part.text);
	return p;
}

/** The excerpt and matching sections of a result (filled in once the page's data has loaded). */
function details(run: Pipeline, result: PageData): Node[] {
	const sections = result.sections.filter((s) => s.url !== result.url && s.title !== result.title).slice(0, 2);
	return [
		excerptNode(run, result.excerpt),
		...(sections.length > 0
			? [h('ul', { class: 'pm-search__sections', 'aria-label': `Bagian dari ${result.title}` }, ...sections.map((s) => h('li', null, h('a', { href: s.url }, s.title))))]
			: []),
	];
}

function resultItem(run: Pipeline, result: RankedResult): HTMLLIElement {
	return h('li', { class: 'pm-search__result' }, h('a', { href: result.url, class: 'pm-search__link' }, result.title), ...(result.excerpt ? details(run, result) : []));
}

class SiteSearch extends HTMLElement {
	#run = 0;
	#dialog!: HTMLDialogElement;
	#input!: HTMLInputElement;
	#list!: HTMLOListElement;
	#status!: HTMLElement;
	#help!: HTMLElement;

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		this.#dialog = this.querySelector('dialog')!;
		this.#input = this.querySelector('input[type="search"]')!;
		this.#list = this.querySelector('ol[data-results]')!;
		this.#status = this.querySelector('[data-status]')!;
		this.#help = this.querySelector('[data-help]')!;
		const form = this.querySelector('form')!;

		openButton.addEventListener('click', (e) => {
			e.stopPropagation();
			this.open();
		});
		// Start loading the index as soon as the reader shows interest, so the first search is warm.
		for (const type of ['pointerenter', 'focus', 'touchstart']) openButton.addEventListener(type, warmUp, { once: true, passive: true });
		openButton.disabled = false;
		this.querySelector('button[data-close-modal]')!.addEventListener('click', () => this.#dialog.close());
		this.#dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
		// A click on the backdrop (the dialog element itself, outside its frame) closes it; so does following a result.
		this.#dialog.addEventListener('click', (e) => {
			if (e.target === this.#dialog || (e.target as Element).closest('a')) this.#dialog.close();
		});
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
				e.preventDefault();
				if (this.#dialog.open) this.#dialog.close();
				else this.open();
			}
		});
		this.#input.addEventListener('input', () => void this.search());
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			void this.search().then(() => this.#list.querySelector('a')?.focus());
		});
		form.addEventListener('change', (e) => {
			if ((e.target as HTMLInputElement).type === 'checkbox') void this.search();
		});
		this.#help.addEventListener('click', (e) => {
			const suggestion = (e.target as Element).closest<HTMLButtonElement>('button[data-suggestion]');
			if (!suggestion) return;
			this.#input.value = suggestion.dataset.suggestion!;
			this.#input.focus();
			void this.search();
		});
		// Arrow keys move between the search field and the result links.
		this.#dialog.addEventListener('keydown', (e) => {
			if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
			const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
			const at = links.indexOf(document.activeElement as HTMLAnchorElement);
			if (document.activeElement === this.#input && e.key === 'ArrowDown' && links[0]) {
				e.preventDefault();
				links[0].focus();
			} else if (at >= 0) {
				e.preventDefault();
				const next = e.key === 'ArrowDown' ? links[at + 1] : at === 0 ? this.#input : links[at - 1];
				next?.focus();
			}
		});
		document.addEventListener(OPEN_SEARCH_EVENT, (e) => this.open((e as CustomEvent<{ query?: string }>).detail?.query));
	}

	/** Opens the dialog, optionally with a query to search at once. */
	open(query?: string) {
		warmUp();
		if (!this.#dialog.open) this.#dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		this.#input.focus();
		if (query !== undefined) {
			this.#input.value = query;
			void this.search();
		}
	}

	#filters(): SearchFilterChoice {
		const choice: SearchFilterChoice = {};
		for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]:checked')) (choice[box.dataset.filter!] ??= []).push(box.value);
		return choice;
	}

	/** Runs the pipeline for the current text and filters; results of an older run are dropped. */
	async search() {
		const run = ++this.#run;
		const query = this.#input.value;
		if (!query.trim()) {
			this.#list.replaceChildren();
			this.#status.textContent = '';
			this.#help.hidden = true;
			return;
		}
		try {
			const [pipe, engine] = await Promise.all([loadPipeline(), pagefindEngine()]);
			// The list (titles, rank order) is shown first; excerpts follow when the pages' data arrive.
			const outcome = await pipe.searchSite(query, engine, { filters: this.#filters(), glossaryUrl: pipe.GLOSSARY_URL, limit: 10, excerpts: false });
			if (run !== this.#run) return;
			this.#render(pipe, query.trim(), outcome);
			const missing = outcome.results.filter((r) => r.excerpt === '');
			if (missing.length === 0) return;
			const data = await engine.load(missing.map((r) => r.id));
			if (run !== this.#run) return;
			const items = [...this.#list.children];
			missing.forEach((r, i) => items[outcome.results.indexOf(r)]?.append(...details(pipe, { ...r, ...data[i]! })));
		} catch {
			if (run === this.#run) this.#status.textContent = 'Pencarian belum dapat dimuat. Muat ulang halaman lalu coba lagi.';
		}
	}

	#render(pipe: Pipeline, query: string, outcome: SearchOutcome) {
		const { results, total, relaxed, suggestions, analysis } = outcome;
		this.#list.replaceChildren(...results.map((r) => resultItem(pipe, r)));
		this.#status.textContent = total === 0 ? `Tidak ada hasil untuk “${query}”.` : `${total} hasil untuk “${query}”.`;
		const weak = total === 0 || relaxed;
		this.#help.hidden = !weak;
		if (!weak) return;
		const parts: (HTMLElement | false)[] = [
			total > 0 && h('p', null, 'Tidak ada halaman yang memuat semua kata Anda; hasil di atas memuat sebagian.'),
			suggestions.length > 0 &&
				h('p', { class: 'pm-search__suggest' }, 'Maksud Anda: ', ...suggestions.flatMap((s, i) => [i > 0 ? ' · ' : '', h('button', { type: 'button', 'data-suggestion': s }, s)])),
			analysis.units.length > 1 && h('p', null, 'Coba kata lebih sedikit, misalnya satu atau dua kata kunci.'),
			h(
				'p',
				{ class: 'pm-search__doors' },
				'Atau langsung ke: ',
				h('a', { href: '/krisis/' }, 'Pusat krisis'),
				' · ',
				h('a', { href: '/templat/' }, 'Templat balasan')
			),
		];
		this.#help.replaceChildren(...parts.filter((p): p is HTMLElement => p !== false));
	}
}

customElements.define('pm-site-search', SiteSearch);
