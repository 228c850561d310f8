/**
 * `/kartu/<page>.png`: each page's social card (1200×630), drawn at build time from its title
 * and section with resvg and the bundled DejaVu Sans Bold font. No third-party service.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cardPages, type CardPage } from '../../utils/cards.ts';
import { socialCardSvg } from '../../lib/site/social-card.ts';
import { SITE } from '../../config/site.ts';

// Resolved from the project root: the build bundles this file elsewhere, so import.meta.url would not point into src/.
const font = resolve('src/assets/fonts/DejaVuSans-Bold.ttf');

export const getStaticPaths = (async () =>
	(await cardPages()).map((page) => ({ params: { slug: page.slug || 'index' }, props: { page } }))) satisfies GetStaticPaths;

// Drawing a card takes about 0.1–0.2 s; a rebuild reuses cards whose picture did not change.
const cacheDir = resolve('node_modules/.cache/pedoman-kartu');

export const GET: APIRoute = ({ props }) => {
	const { page } = props as { page: CardPage };
	const svg = socialCardSvg({ title: page.title, section: page.section, siteName: SITE.name, publisher: SITE.publisher.name, color: SITE.themeColor });
	const cached = resolve(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
	let png: Uint8Array;
	if (existsSync(cached)) png = readFileSync(cached);
	else {
		png = new Resvg(svg, { font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
		mkdirSync(cacheDir, { recursive: true });
		writeFileSync(cached, png);
	}
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
