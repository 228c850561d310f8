// Serves dist/ with Apache 2.4 and the rules of deploy/apache.htaccess on a loopback port, for the
// deployment tests: DEPLOY_SERVER=apache npx playwright test -c playwright.deploy.config.ts
// The .htaccess rules are included in the <Directory> block for dist/ (what the file's header
// recommends for speed; the directives are the same). Needs Debian's apache2 package.
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const port = Number(process.argv[2] ?? process.env.DEPLOY_PORT ?? 8082);
const bin = '/usr/sbin/apache2';
if (!existsSync(bin)) {
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log('Apache belum terpasang: memasang paket Debian "apache2" dengan apt-get…');
		execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends apache2', { stdio: 'inherit' });
	} else {
		console.error('Apache tidak ditemukan. Pasang dengan: sudo apt-get install -y apache2');
		process.exit(1);
	}
}
const dist = resolve('dist');
const work = resolve('test-results/apache');
mkdirSync(work, { recursive: true });
const modules = '/usr/lib/apache2/modules';
const load = (name, file = `mod_${name}.so`) => `LoadModule ${name}_module ${modules}/${file}`;
writeFileSync(
	`${work}/httpd.conf`,
	[
		`ServerRoot ${work}`,
		`Listen 127.0.0.1:${port}`,
		`PidFile ${work}/httpd.pid`,
		`ErrorLog ${work}/error.log`,
		'ServerName localhost',
		'ServerTokens Prod',
		...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
		load('mpm_event'),
		load('authz_core'),
		load('mime'),
		load('dir'),
		load('headers'),
		load('filter'),
		load('deflate'),
		load('brotli'),
		'TypesConfig /etc/mime.types',
		`DocumentRoot ${dist}`,
		`<Directory ${dist}>`,
		'\tRequire all granted',
		'\tAllowOverride None',
		`\tInclude ${resolve('deploy/apache.htaccess')}`,
		'</Directory>',
		'',
	].join('\n'),
);
execSync(`${bin} -t -f ${work}/httpd.conf`, { stdio: 'inherit' });
console.log(`Apache menyajikan dist/ dengan deploy/apache.htaccess di http://127.0.0.1:${port}/`);
const child = spawn(bin, ['-X', '-f', `${work}/httpd.conf`], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
