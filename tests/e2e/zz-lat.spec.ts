import { test } from '@playwright/test';
test('lat', async ({ page }) => {
  await page.goto('/pedoman/prinsip-etika/');
  await page.getByRole('button', { name: 'Cari' }).first().click();
  const qs = ['hoaks', 'engagement', 'akun diretas', 'komentar negatif', 'evaluasi mingguan', 'cara bales komen netizen yg marah', 'jam posting terbaik ig'];
  const out: number[] = [];
  for (const q of [...qs, ...qs]) {
    out.push(await page.evaluate((q) => new Promise<number>((resolve) => {
      const field = document.querySelector('dialog input[type="search"]') as HTMLInputElement;
      const list = document.querySelector('dialog ol[data-results]')!;
      const status = document.querySelector('dialog [data-status]')!;
      const start = performance.now();
      const obs = new MutationObserver(() => { if (list.children.length && status.textContent!.includes(`“${q}”`)) { obs.disconnect(); resolve(performance.now() - start); } });
      obs.observe(field.closest('dialog')!, { subtree: true, childList: true, characterData: true });
      field.value = q; field.dispatchEvent(new Event('input', { bubbles: true }));
    }), q));
  }
  console.log(out.map(Math.round).join(' '));
});
