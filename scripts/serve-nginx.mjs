// Serves dist/ with the shipped nginx configuration (deploy/nginx.conf) on a loopback port, for
// the deployment tests (playwright.deploy.config.ts). Usage: node scripts/serve-nginx.mjs <port>
// The server block is used as shipped; only `listen` and `root` are pointed at this machine, and a
// minimal main configuration (pid, logs, temp folders in test-results/nginx/) wraps it.
// nginx missing: installed with apt-get when running as root on Debian/Ubuntu, otherwise the
// script says what to install.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const port = Number(process.argv[2] ?? process.env.DEPLOY_PORT ?? 8081);
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

function ensureNginx() {
	if (nginx) return nginx;
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log('nginx belum terpasang: memasang paket Debian "nginx-light" dengan apt-get…');
		execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light)', { stdio: 'inherit' });
		const found = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
		if (found) return found;
	}
	console.error(['nginx tidak ditemukan. Pasang, lalu jalankan ulang:', '  Debian/Ubuntu (root):  apt-get install -y nginx-light', '  Debian/Ubuntu (sudo):  sudo apt-get install -y nginx-light'].join('\n'));
	process.exit(1);
}

const bin = ensureNginx();
const dist = resolve('dist');
if (!existsSync(resolve(dist, 'index.html'))) {
	console.error('dist/ belum ada: jalankan "npm run build" dahulu.');
	process.exit(1);
}
const work = resolve('test-results/nginx');
for (const dir of ['', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(resolve(work, dir), { recursive: true });

const site = readFileSync('deploy/nginx.conf', 'utf8')
	.replace(/^\s*listen \[::\]:80;\n/m, '')
	.replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
	.replace(/^(\s*)root \/var\/www\/pedoman-medsos;/m, `$1root ${dist};`);
if (!site.includes(`127.0.0.1:${port}`) || !site.includes(dist)) {
	console.error('deploy/nginx.conf: baris "listen 80;" atau "root /var/www/pedoman-medsos;" tidak ditemukan.');
	process.exit(1);
}
writeFileSync(resolve(work, 'site.conf'), site);
writeFileSync(
	resolve(work, 'nginx.conf'),
	`worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
	access_log off;
	sendfile on;
	client_body_temp_path ${work}/body;
	proxy_temp_path ${work}/proxy;
	fastcgi_temp_path ${work}/fastcgi;
	uwsgi_temp_path ${work}/uwsgi;
	scgi_temp_path ${work}/scgi;
	include ${work}/site.conf;
}
`
);
execSync(`${bin} -t -q -p ${work} -c ${work}/nginx.conf`, { stdio: 'inherit' });
console.log(`nginx menyajikan dist/ dengan deploy/nginx.conf di http://127.0.0.1:${port}/`);
const child = spawn(bin, ['-p', work, '-c', `${work}/nginx.conf`, '-g', 'daemon off;'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
