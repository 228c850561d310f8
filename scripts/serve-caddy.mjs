// Serves dist/ with Caddy 2 and the shipped deploy/Caddyfile on a loopback port, for the
// deployment tests: DEPLOY_SERVER=caddy npx playwright test -c playwright.deploy.config.ts
// The site block is used as shipped; only the site address (pedoman.contoh.go.id → plain HTTP on
// 127.0.0.1:<port>) and `root` are pointed at this machine. A global options block is added in front:
// no automatic HTTPS (no certificates, no network), no admin endpoint, and Caddy's storage, data and
// config folders in test-results/caddy/.
// Caddy missing: installed with apt-get (Debian's "caddy" package) when running as root, otherwise
// the script says what to install.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const port = Number(process.argv[2] ?? process.env.DEPLOY_PORT ?? 8083);
const find = () => ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((p) => existsSync(p));

function ensureCaddy() {
	const found = find();
	if (found) return found;
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log('Caddy belum terpasang: memasang paket Debian "caddy" dengan apt-get…');
		execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy)', { stdio: 'inherit' });
		const installed = find();
		if (installed) return installed;
	}
	console.error(['Caddy tidak ditemukan. Pasang paket "caddy", lalu jalankan ulang:', '  Debian/Ubuntu (root):  apt-get install -y caddy', '  Debian/Ubuntu (sudo):  sudo apt-get install -y caddy'].join('\n'));
	process.exit(1);
}

const bin = ensureCaddy();
const dist = resolve('dist');
if (!existsSync(resolve(dist, 'index.html'))) {
	console.error('dist/ belum ada: jalankan "npm run build" dahulu.');
	process.exit(1);
}
const work = resolve('test-results/caddy');
for (const dir of ['', 'data', 'config']) mkdirSync(resolve(work, dir), { recursive: true });

const shipped = readFileSync('deploy/Caddyfile', 'utf8');
const site = shipped
	.replace(/^pedoman\.contoh\.go\.id \{$/m, `http://127.0.0.1:${port} {`)
	.replace(/^(\s*)root \* \/var\/www\/pedoman-medsos$/m, `$1root * ${dist}`);
if (!site.includes(`http://127.0.0.1:${port} {`) || !site.includes(dist)) {
	console.error('deploy/Caddyfile: baris "pedoman.contoh.go.id {" atau "root * /var/www/pedoman-medsos" tidak ditemukan.');
	process.exit(1);
}
if (/^\{/m.test(shipped)) {
	console.error('deploy/Caddyfile memiliki blok opsi global; skrip ini belum dapat menggabungkannya.');
	process.exit(1);
}
writeFileSync(
	resolve(work, 'Caddyfile'),
	`{
	admin off
	auto_https off
	storage file_system ${resolve(work, 'data')}
}

${site}`,
);
// Caddy keeps its data and autosaved configuration under XDG folders; keep them in test-results/caddy/.
const env = { ...process.env, XDG_DATA_HOME: resolve(work, 'data'), XDG_CONFIG_HOME: resolve(work, 'config') };
const config = ['--config', resolve(work, 'Caddyfile'), '--adapter', 'caddyfile'];
try {
	execSync([bin, 'validate', ...config].join(' '), { stdio: 'inherit', env });
} catch {
	console.error('deploy/Caddyfile tidak lolos "caddy validate" (lihat pesan di atas).');
	process.exit(1);
}
console.log(`Caddy menyajikan dist/ dengan deploy/Caddyfile di http://127.0.0.1:${port}/`);
const child = spawn(bin, ['run', ...config], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
