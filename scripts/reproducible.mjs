// `npm run reproducible`: builds the site twice (into dist/ and a temporary folder) and compares
// every file byte for byte. Same input must give the same output, so a deployment changes only
// what changed and returning readers download nothing else. Exit code 1 lists the files that differ.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const second = 'test-results/build-2';

function build(outDir) {
	const started = Date.now();
	const result = spawnSync(`npx astro build${outDir ? ` --outDir ${outDir}` : ''}`, { shell: true, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
	if (result.status !== 0) throw new Error('Build gagal.');
	return Date.now() - started;
}

function hashes(dir) {
	const out = new Map();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		out.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
	}
	return out;
}

rmSync(second, { recursive: true, force: true });
const t1 = build();
const t2 = build(second);
const a = hashes('dist');
const b = hashes(second);
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
rmSync(second, { recursive: true, force: true });
console.log(`Dua build (${(t1 / 1000).toFixed(1)} s dan ${(t2 / 1000).toFixed(1)} s): ${a.size} berkas dibandingkan, ${differ.length} berbeda.`);
for (const file of differ) console.log(`  berbeda: ${file}`);
process.exit(differ.length ? 1 : 0);
