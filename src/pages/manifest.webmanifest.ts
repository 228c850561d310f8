/**
 * `/manifest.webmanifest`: lets a phone add the guide to its home screen as an app that opens
 * the crisis centre (which the service worker keeps offline). Names and colour come from
 * src/config/site.ts; the icons are made from the logo by `npm run images`.
 */
import type { APIRoute } from 'astro';
import { SITE } from '../config/site.ts';

export const GET: APIRoute = () => {
	const manifest = {
		name: SITE.name,
		short_name: SITE.shortName,
		description: 'Pedoman, templat SOP, prosedur krisis dan alat hitung untuk admin media sosial instansi pemerintah.',
		lang: 'id',
		dir: 'ltr',
		start_url: '/krisis/',
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: SITE.themeColor,
		icons: [
			{ src: '/ikon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: '/ikon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: '/ikon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		],
		shortcuts: [
			{ name: 'Sedang krisis?', url: '/krisis/' },
			{ name: 'Templat balasan', url: '/templat/' },
			{ name: 'Unduh SOP', url: '/sop/' },
		],
	};
	return new Response(JSON.stringify(manifest, null, '\t'), { headers: { 'Content-Type': 'application/manifest+json' } });
};
