import type { AstroIntegration } from 'astro';
import { SITE } from '../config/site.ts';
import { checkSiteConfig } from '../lib/site/official.ts';

/**
 * Says at build time what an adopting agency still has to fill in: the public address
 * (`SITE_URL`; without it the build leaves out canonical links, Open Graph addresses and the
 * sitemap rather than publish `localhost`) and example values in src/config/site.ts.
 */
export default function siteConfig(siteUrl: string | undefined): AstroIntegration {
	return {
		name: 'pedoman:site-config',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!siteUrl) {
					logger.warn('SITE_URL tidak diisi: tautan kanonis, alamat Open Graph (kartu sosial) dan peta situs tidak dibuat. Untuk situs publik: SITE_URL=https://alamat-situs npm run build');
				}
				for (const problem of checkSiteConfig(SITE)) logger.warn(`src/config/site.ts: ${problem}`);
			},
		},
	};
}
