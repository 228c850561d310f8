import type { AstroIntegration } from 'astro';
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectLinks, findBrokenLinks, type PageLinks } from '../lib/links/check.ts';

/**
 * Fails the production build when any internal link or anchor on any built page is broken.
 * Covers every built page, including those generated outside the docs collection (SOP pages,
 * downloads, the print book), which a docs-only link validator would not see.
 */
export default function linkCheck(): AstroIntegration {
	return {
		name: 'pedoman:link-check',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = new Map<string, PageLinks>();
				const files = new Set<string>();
				for (const file of globSync('**/*', { cwd: root, withFileTypes: false })) {
					const path = `/${file.replace(/\\/g, '/')}`;
					if (path.endsWith('/index.html') || path === '/index.html') {
						pages.set(path.slice(0, -'index.html'.length), collectLinks(readFileSync(`${root}/${file}`, 'utf8')));
					} else {
						files.add(path);
					}
				}
				const broken = findBrokenLinks(pages, files);
				if (broken.length) {
					// LINK_CHECK=warn only lists them: for drafting a section whose link targets land separately.
					const warnOnly = process.env.LINK_CHECK === 'warn';
					for (const b of broken) (warnOnly ? logger.warn : logger.error).call(logger, `${b.page}: ${b.href} — ${b.reason}`);
					if (!warnOnly) throw new Error(`${broken.length} tautan internal rusak (lihat daftar di atas).`);
					logger.warn(`${broken.length} tautan internal rusak di ${pages.size} halaman (LINK_CHECK=warn: build tetap dilanjutkan).`);
					return;
				}
				logger.info(`${pages.size} halaman diperiksa, semua tautan internal valid.`);
			},
		},
	};
}
