/**
 * Image and video sizes of the platforms, as a cheat sheet. Only sizes we could check in a
 * published source are listed, each with its source; sizes we could not check (for example
 * Facebook link images or X headers) are left out on purpose. Platforms change these often:
 * check again on or after the review date plus six months.
 */

/** One format. */
export interface PlatformSize {
	platform: string;
	format: string;
	width: number;
	height: number;
	/** What the source says, in short, in Indonesian. */
	note: string;
	/** Name of the source. */
	source: string;
	url: string;
}

/** When the list was last checked against its sources (ISO date). */
export const SIZES_REVIEWED = '2026-12-01';

const META_ADS = {
	source: 'Meta for Developers, Instagram Ads API "Media Requirements" (rentang rasio feed)',
	url: 'https://developers.facebook.com/docs/instagram/ads-api/reference/media-requirements/',
};
const AYRSHARE_IG = { source: 'Dokumentasi Ayrshare "Instagram media guidelines" (contoh ukuran)', url: 'https://www.ayrshare.com/docs/media-guidelines/instagram' };

/** The cheat sheet, in display order. */
export const PLATFORM_SIZES: readonly PlatformSize[] = [
	{
		platform: 'Instagram',
		format: 'Feed persegi',
		width: 1080,
		height: 1080,
		note: 'Feed menerima rasio antara 4:5 (tegak) dan 1,91:1 (mendatar); 1:1 dianjurkan Meta.',
		...META_ADS,
	},
	{ platform: 'Instagram', format: 'Feed tegak', width: 1080, height: 1350, note: 'Rasio 4:5, bentuk paling tinggi yang tampil utuh di feed.', ...AYRSHARE_IG },
	{ platform: 'Instagram', format: 'Feed mendatar', width: 1080, height: 566, note: 'Rasio 1,91:1, bentuk paling lebar di feed.', ...AYRSHARE_IG },
	{ platform: 'Instagram', format: 'Reels dan Story', width: 1080, height: 1920, note: 'Rasio 9:16; resolusi yang dianjurkan untuk video Reels.', ...AYRSHARE_IG },
	{
		platform: 'TikTok',
		format: 'Foto dan sampul',
		width: 1080,
		height: 1920,
		note: 'Foto 1080 × 1920 px (atau mendatar 1920 × 1080); video berasio 9:16 atau 16:9.',
		source: 'Dokumentasi Ayrshare "TikTok media guidelines"',
		url: 'https://www.ayrshare.com/docs/media-guidelines/tiktok',
	},
	{
		platform: 'YouTube',
		format: 'Thumbnail',
		width: 1280,
		height: 720,
		note: 'Rasio 16:9, lebar minimal 640 px, berkas di bawah 2 MB.',
		source: 'Bantuan YouTube "Custom thumbnail best practices", sebagaimana dikutip simonwebdesign.com',
		url: 'https://simonwebdesign.com/custom-youtube-thumbnail',
	},
];
