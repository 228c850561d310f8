import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, externalizeInlineScripts, insertPolicyMeta } from '../lib/security/csp.ts';

/** Every `.html` file under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * A strict Content-Security-Policy for the built site (src/lib/security/csp.ts). After the build,
 * every inline script of every page (Starlight's theme and sidebar scripts, small component
 * scripts Astro inlines, anything a new component adds) is moved into a content-addressed file
 * `/_astro/inline.<hash>.js`, and the policy is written into each page's `<head>`. So the policy
 * needs neither `'unsafe-inline'` nor a hand-kept hash list, and a server can send the very same
 * policy as a header. Must run before the service worker is generated (it precaches the result).
 */
export default function csp(): AstroIntegration {
	return {
		name: 'pedoman:csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policy = contentSecurityPolicy('meta');
				const written = new Set<string>();
				let moved = 0;
				const pathFor = (content: string) =>
					`/_astro/inline.${createHash('sha256').update(content).digest('base64url').slice(0, 12)}.js`;
				for (const file of await htmlFiles(root)) {
					const { html, scripts } = externalizeInlineScripts(await readFile(file, 'utf8'), pathFor);
					for (const script of scripts) {
						moved++;
						if (written.has(script.path)) continue;
						written.add(script.path);
						await writeFile(join(root, script.path), script.content);
					}
					await writeFile(file, insertPolicyMeta(html, policy));
				}
				logger.info(`CSP: ${moved} skrip sebaris dipindah ke ${written.size} berkas; kebijakan dipasang di setiap halaman.`);
			},
		},
	};
}
