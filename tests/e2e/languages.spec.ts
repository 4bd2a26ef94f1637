import { DEMO_LANGS, demoItems } from '../../scripts/demo-pages';
import { expect, marksSettled, test } from './fixtures';

const TOOLTIP = 'reslens-tooltip [role=dialog]';

/**
 * Pages in French, Spanish, Chinese and Russian built from real excerpts (scripts/demo-pages.ts): every
 * reference a person annotated in those excerpts must be marked in the browser, and the card's links
 * follow the page's language. (Arabic and English: annotation.spec.ts.)
 */
for (const lang of DEMO_LANGS) {
  test(`${lang} page: every annotated reference is marked and links follow the page language`, async ({
    page,
  }, info) => {
    await page.goto(`http://www.itu.int/${lang}/demo/demo-${lang}.html`);
    await marksSettled(page);
    const marked = new Set(
      await page.$$eval('reslens-ref', (els) => els.map((e) => (e as HTMLElement).dataset.refId ?? '')),
    );
    const expected = demoItems(lang).flatMap((i) => i.refs.map((r) => r.id));
    // A Security Council resolution cited without its year is marked S/RES/n (tests/corpus/README.md).
    const missing = expected.filter((id) => !marked.has(id) && !marked.has(id.replace(/\(\d{4}\)$/, '')));
    expect(missing).toEqual([]);

    const un = page
      .locator(
        'reslens-ref[data-ref-id^="A/RES/"], reslens-ref[data-ref-id^="S/RES/"], reslens-ref[data-ref-id^="E/RES/"]',
      )
      .first();
    if ((await un.count()) > 0) {
      await un.hover();
      await expect(page.locator(`${TOOLTIP} a[href^="https://docs.un.org/${lang}/"]`).first()).toBeAttached();
      await page.screenshot({ path: info.outputPath(`tooltip-${lang}.png`) });
    }
  });
}

test('a page that does not declare its language: the text decides (here French)', async ({ page, ext }) => {
  ext.extraRoutes.set(
    '/nolang/fr.html',
    '<!doctype html><html><head><meta charset="utf-8"><title>Sans langue</title></head><body>' +
      '<p>Rappelant la résolution A/RES/70/125 de l’Assemblée générale et la Résolution 140 (Rév. Bucarest, 2022) ' +
      'de la Conférence de plénipotentiaires, dans laquelle les États Membres sont invités à participer.</p></body></html>',
  );
  await page.goto('http://www.itu.int/nolang/fr.html');
  const symbol = page.locator('[data-ref-id="A/RES/70/125"]');
  await expect(symbol).toHaveCount(1);
  await symbol.hover();
  await expect(page.locator(`${TOOLTIP} a[href^="https://docs.un.org/fr/"]`).first()).toBeAttached();
});
