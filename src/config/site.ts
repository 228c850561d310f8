/**
 * THE ONE FILE AN ADOPTING AGENCY EDITS.
 *
 * Everything that says who publishes this guide, which version is in force and where readers
 * send feedback comes from here: the footer of every page, the "Apakah halaman ini membantu?"
 * box, the page title block, the web app manifest and the social cards. The build warns while
 * example values (addresses at `contoh.go.id`) are still in place. See the README, section
 * "Menyesuaikan untuk instansi Anda".
 *
 * Do not put a state emblem (Garuda) or a ministry logo here unless your agency has the right
 * to use it on this site.
 */
import type { SiteConfig } from '../lib/site/official.ts';

export const SITE: SiteConfig = {
	/** Full name of the guide: page titles, manifest `name`, social cards. */
	name: 'Pedoman Media Sosial Instansi Pemerintah',
	/** Short name for the phone home screen (manifest `short_name`, at most 12 characters shows in full). */
	shortName: 'Pedoman Medsos',
	/** Logo file, relative to the project root (SVG). Used in the header and for the app icons (`npm run images`). */
	logo: './src/assets/logo.svg',
	/** Main colour of the app icon's surroundings and the phone's address bar (hex). */
	themeColor: '#0b5d57',
	publisher: {
		/** Who publishes the guide, as readers should see it ("Diterbitkan oleh …"). */
		name: 'Tim Penyusun Pedoman Media Sosial',
		/** Unit or parent organisation, optional. */
		unit: 'Bagian Hubungan Masyarakat',
		/** Postal address, one line, optional. */
		address: 'Jalan Contoh No. 1, Kota Contoh',
		/** Contact e-mail shown in the footer. */
		email: 'humas@contoh.go.id',
	},
	/**
	 * Where "Apakah halaman ini membantu?" sends the reader: an e-mail address (a prefilled
	 * message with the page title and address opens), or the address of a "new issue" page of
	 * an issue tracker (GitHub or GitLab: the title and body are passed as `title`/`body`).
	 * If both are set, the tracker wins. No form, no server, no tracker script.
	 */
	feedback: {
		email: 'humas@contoh.go.id',
		issueUrl: '',
	},
	/** The edition in force. `since` is the date (YYYY-MM-DD) from which it applies. */
	version: {
		number: '1.0',
		status: 'berlaku',
		since: '2026-11-21',
	},
	/** Address of the changelog page. */
	changelog: '/referensi/riwayat-perubahan/',
	/** Licence of the guide's text, shown in the footer. */
	licence: {
		name: 'CC BY 4.0',
		url: 'https://creativecommons.org/licenses/by/4.0/deed.id',
	},
};
