/**
 * What makes the guide look and act official: the shape of the site configuration
 * (`src/config/site.ts`), the version line, the feedback link and the checks the build runs on
 * the configuration. Pure: no DOM, no astro:* imports.
 */

/** The one configuration an adopting agency edits. */
export interface SiteConfig {
	/** Full name of the guide. */
	name: string;
	/** Short name for a phone's home screen. */
	shortName: string;
	/** Logo file relative to the project root (SVG). */
	logo: string;
	/** Theme colour, `#rrggbb`. */
	themeColor: string;
	publisher: {
		name: string;
		unit?: string;
		address?: string;
		email?: string;
	};
	/** Feedback route: e-mail address and/or the "new issue" page of a tracker (tracker wins). */
	feedback: { email?: string; issueUrl?: string };
	/** Edition in force; `since` is `YYYY-MM-DD`. */
	version: { number: string; status: string; since: string };
	/** Address of the changelog page. */
	changelog: string;
	licence: { name: string; url?: string };
}

/** Indonesian long date for a `YYYY-MM-DD` string, e.g. "21 November 2026". */
export function formatIsoDateId(iso: string): string {
	const date = new Date(`${iso}T00:00:00Z`);
	return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The version and status line, e.g. "Versi 1.0 · berlaku sejak 21 November 2026". */
export function versionLine(version: SiteConfig['version']): string {
	return `Versi ${version.number} · ${version.status} sejak ${formatIsoDateId(version.since)}`;
}

/** What the reader answered to "Apakah halaman ini membantu?". */
export type Helpful = 'ya' | 'tidak';

/** A feedback link: where it goes and how the link reads. */
export interface FeedbackLink {
	href: string;
	label: string;
	kind: 'email' | 'tracker';
}

/** The message body a reader starts from: page, address and answer, then room for their words. */
export function feedbackBody(page: { title: string; url: string }, helpful: Helpful): string {
	return [
		`Halaman: ${page.title}`,
		`Alamat: ${page.url}`,
		`Apakah halaman ini membantu? ${helpful === 'ya' ? 'Ya' : 'Tidak'}`,
		'',
		helpful === 'ya' ? 'Yang paling membantu:' : 'Yang kurang atau perlu diperbaiki:',
		'',
	].join('\n');
}

/**
 * The link that carries a reader's feedback: the tracker's "new issue" page with title and body
 * filled in when `issueUrl` is set, otherwise a `mailto:` with subject and body. `null` when
 * neither is configured (the box then only thanks the reader).
 */
export function feedbackLink(feedback: SiteConfig['feedback'], page: { title: string; url: string }, helpful: Helpful): FeedbackLink | null {
	const subject = `Masukan untuk halaman: ${page.title}`;
	const body = feedbackBody(page, helpful);
	const issueUrl = feedback.issueUrl?.trim();
	if (issueUrl) {
		const url = new URL(issueUrl);
		url.searchParams.set('title', subject);
		url.searchParams.set('body', body);
		return { href: url.href, label: 'Tulis masukan di pelacak isu', kind: 'tracker' };
	}
	const email = feedback.email?.trim();
	if (email) {
		// encodeURIComponent, not URLSearchParams: mail clients want %20 for spaces, not "+".
		const href = `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
		return { href, label: `Kirim masukan lewat email (${email})`, kind: 'email' };
	}
	return null;
}

/**
 * Problems the build reports about the configuration: example values still in place, missing
 * contact or feedback route, malformed dates and colours. Empty when the configuration is ready.
 */
export function checkSiteConfig(config: SiteConfig): string[] {
	const problems: string[] = [];
	const example = /contoh\.(go\.id|com|org)|example\.(com|org)/i;
	for (const [field, value] of [
		['publisher.email', config.publisher.email],
		['feedback.email', config.feedback.email],
		['feedback.issueUrl', config.feedback.issueUrl],
	] as const) {
		if (value && example.test(value)) problems.push(`${field} masih alamat contoh (${value}).`);
	}
	if (!config.feedback.email?.trim() && !config.feedback.issueUrl?.trim()) problems.push('feedback: isi email atau issueUrl agar pembaca bisa mengirim masukan.');
	if (config.feedback.issueUrl?.trim() && !/^https:\/\//.test(config.feedback.issueUrl.trim())) problems.push('feedback.issueUrl harus alamat https://.');
	if (!/^\d{4}-\d{2}-\d{2}$/.test(config.version.since) || Number.isNaN(Date.parse(config.version.since))) problems.push(`version.since harus tanggal YYYY-MM-DD (sekarang "${config.version.since}").`);
	if (!/^#[0-9a-f]{6}$/i.test(config.themeColor)) problems.push(`themeColor harus warna #rrggbb (sekarang "${config.themeColor}").`);
	if (config.shortName.length > 15) problems.push(`shortName sebaiknya paling banyak 15 karakter agar tampil utuh di layar utama ponsel.`);
	return problems;
}
