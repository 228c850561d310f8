// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import linkCheck from './src/integrations/link-check.ts';
import offline from './src/integrations/offline.ts';
import searchTitles from './src/integrations/search-titles.ts';
import holidayCoverage from './src/integrations/holiday-coverage.ts';
import siteConfig from './src/integrations/site-config.ts';
import { SITE } from './src/config/site.ts';
import csp from './src/integrations/csp.ts';
import { globSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { SIDEBAR_PLAN, buildSidebar, collapseGroups, slugFromPath } from './src/lib/content/sidebar.ts';

/**
 * Public address of the deployed site; used for the sitemap, canonical links and the social
 * cards. Without it those absolute addresses are left out (never `localhost`), and the build says so.
 */
const site = process.env.SITE_URL?.trim() || undefined;

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
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					// Astro marks MDX modules with a "use astro:head-inject" directive that the bundler does not
					// know and warns about once per page; it is harmless (withastro/astro#18087, open upstream).
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		starlight({
			title: SITE.name,
			description:
				'Panduan pengelolaan media sosial instansi pemerintah: pedoman, templat SOP, prosedur krisis, templat balasan dan alat hitung untuk admin medsos, Humas dan Diskominfo.',
			defaultLocale: 'root',
			locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },
			logo: { src: SITE.logo, alt: SITE.shortName },
			favicon: '/favicon.svg',
			customCss: ['./src/styles/theme.css', './src/styles/buttons.css', './src/styles/identity.css'],
			lastUpdated: false,
			pagination: true,
			credits: false,
			head: [
				{ tag: 'link', attrs: { rel: 'icon', href: '/favicon.png', type: 'image/png', sizes: '32x32' } },
				// Each page's social card (og:image) is added in src/routeData.ts, only when SITE_URL is known.
				{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: SITE.themeColor } },
				// The short name the header shows on a phone instead of a cut-off full title (src/styles/identity.css).
				{ tag: 'style', content: `:root{--pm-short-name:${JSON.stringify(SITE.shortName)}}` },
				{ tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/ikon-180.png' } },
			],
			components: {
				Search: './src/components/starlight/Search.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				// The theme works with site data blocked or storage full (Starlight's throws there).
				ThemeProvider: './src/components/starlight/ThemeProvider.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
				// Publisher footer, feedback, "save the whole guide offline" and the service worker with its "Muat ulang" offer.
				Footer: './src/components/starlight/Footer.astro',
			},
			sidebar: collapseGroups(buildSidebar(SIDEBAR_PLAN, docSlugs, sops)),
			// Adds the data-driven template headings to the table of contents (src/routeData.ts).
			routeMiddleware: './src/routeData.ts',
		}),
		linkCheck(),
		// After Starlight's Pagefind step, before the offline worker lists the files to precache.
		searchTitles(),
		siteConfig(site),
		// Moves inline scripts to files and adds the Content-Security-Policy; before offline(), which precaches the result.
		csp(),
		offline(),
		holidayCoverage(),
	],
});
