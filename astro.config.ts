// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import linkCheck from './src/integrations/link-check.ts';
import offline from './src/integrations/offline.ts';
import csp from './src/integrations/csp.ts';
import { globSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { SIDEBAR_PLAN, buildSidebar, slugFromPath } from './src/lib/content/sidebar.ts';

/** Public address of the deployed site; used for the sitemap, canonical links and the social card. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

const docSlugs = globSync('**/*.{md,mdx}', { cwd: new URL('./src/content/docs/', import.meta.url) }).map(slugFromPath);

/** SOP pages are generated from YAML files, so the sidebar lists them from the files (title and order only; the content schema checks the rest). */
const sopDir = new URL('./src/content/sop/', import.meta.url);
const sops = globSync('*.yaml', { cwd: sopDir }).map((file) => {
	const data = (yaml.load(readFileSync(new URL(file, sopDir), 'utf8')) ?? {}) as { title?: string; order?: number };
	return { slug: file.replace(/\.yaml$/, ''), title: String(data.title ?? file), order: Number(data.order ?? 99) };
});

export default defineConfig({
	site,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Pedoman Media Sosial Instansi Pemerintah',
			description:
				'Panduan pengelolaan media sosial instansi pemerintah: pedoman, templat SOP, prosedur krisis, templat balasan dan alat hitung untuk admin medsos, Humas dan Diskominfo.',
			defaultLocale: 'root',
			locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },
			logo: { src: './src/assets/logo.svg', alt: 'Pedoman Medsos' },
			favicon: '/favicon.svg',
			customCss: ['./src/styles/theme.css'],
			lastUpdated: false,
			pagination: true,
			credits: false,
			head: [
				{ tag: 'link', attrs: { rel: 'icon', href: '/favicon.png', type: 'image/png', sizes: '32x32' } },
				{ tag: 'meta', attrs: { property: 'og:image', content: new URL('/kartu-sosial.png', site).href } },
				{ tag: 'meta', attrs: { property: 'og:image:alt', content: 'Pedoman Media Sosial Instansi Pemerintah' } },
				{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: '#0b5d57' } },
			],
			components: {
				Search: './src/components/starlight/Search.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				// Adds "save the whole guide offline" and the service worker with its "Muat ulang" offer.
				Footer: './src/components/starlight/Footer.astro',
			},
			sidebar: buildSidebar(SIDEBAR_PLAN, docSlugs, sops),
			// Adds the data-driven template headings to the table of contents (src/routeData.ts).
			routeMiddleware: './src/routeData.ts',
		}),
		linkCheck(),
		// Moves inline scripts to files and adds the Content-Security-Policy; before offline(), which precaches the result.
		csp(),
		offline(),
	],
});
