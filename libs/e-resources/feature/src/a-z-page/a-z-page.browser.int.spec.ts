import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { startAzPageApi } from '../testing/a-z-page-api';
import { longDate } from './az-page-links';

/** Debian's package; `.ci/run` installs it when it is missing. */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = resolve(__dirname, '../../../../../test-output/a-z-page.png');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}
declare const axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> };

/* The little of the DOM that the functions run in the page use: the project compiles without the DOM library. */
interface DomElement {
  id: string;
  textContent: string | null;
  firstChild: { textContent: string | null } | null;
  parentElement: DomElement | null;
  closest(selector: string): DomElement | null;
}
declare const document: { activeElement: DomElement | null };
declare function getComputedStyle(element: DomElement): { color: string; backgroundColor: string; outlineWidth: string };

let api: Awaited<ReturnType<typeof startAzPageApi>>;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the A-Z page is tested in Debian's Chromium. Install it (apt-get install -y chromium), as .ci/run does.`);
  }
  api = await startAzPageApi();
  // Once the projections have reached the last event recorded, every later request sees it (the browser sends no X-Min-Position).
  await api.http().get('/a-z').set('X-Min-Position', String(api.position)).expect(200);
  await api.app.listen(0, '127.0.0.1');
  base = `${await api.app.getUrl()}/a-z`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

const names = (page: Page) => page.locator('main h3').allTextContents();

describe('GET /a-z, public, by Accept', () => {
  it('gives a browser the page, without a token, under its own strict policy; gives the JSON otherwise', async () => {
    const html = await api.http().get('/a-z').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toMatch(
      /^default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; style-src 'sha256-/,
    );
    expect(html.headers['cache-control']).toBe('public, max-age=60');
    expect(html.headers.vary).toContain('Accept');
    expect(html.text).toContain('<h1>Databases A–Z</h1>');
    await api.http().get('/a-z').set('Accept', 'text/html').set('If-None-Match', html.headers.etag).expect(304);

    const json = await api.http().get('/a-z').expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body.entries.map((entry: { id: string }) => entry.id)).toEqual(['19c-newspapers', 'acm-dl', 'bioone', 'britannica', 'jstor', 'le-monde']);
    expect(html.text).not.toContain('Staff Only');
  });

  it('keeps the as-of day and recording instant asked for in links the API accepts back', async () => {
    const asOf = `activeOn=${api.today}&knownAt=${encodeURIComponent(new Date().toISOString())}`;
    const page = await api.http().get(`/a-z?${asOf}&limit=2`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<p class="notice">This is the list as it was on');
    const links = [...page.text.matchAll(/href="(\/a-z\?[^"]*)"/g)].map((match) => match[1].replaceAll('&amp;', '&'));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      expect(link).toMatch(/activeOn=.*knownAt=.*limit=2/);
      await api.http().get(link).set('Accept', 'text/html').expect(200);
    }
  });
});

describe('the A-Z page in Chromium', () => {
  describe('checked by axe-core', () => {
    let context: BrowserContext;
    // axe is injected as a script, which the page's own policy rightly forbids: this context alone bypasses it.
    beforeAll(async () => {
      context = await browser.newContext({ bypassCSP: true });
      context.setDefaultTimeout(5000);
    });
    afterAll(() => context.close());

    it.each([
      ['the whole list', ''],
      ['a letter with new and trial resources', '?letter=B'],
      ['a search that finds nothing', '?q=nothing+like+this&trial=true'],
    ])('has no WCAG 2.1 A or AA violation: %s', async (_, query) => {
      const page = await context.newPage();
      await page.goto(`${base}${query}`);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_21_AA);
      if (result.violations.length > 0) console.log(`axe violations on ${query || '/a-z'}:\n${JSON.stringify(result.violations, null, 2)}`);
      expect(
        result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
      ).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(10);
      await page.close();
    });
  });

  describe('without JavaScript, under the page’s own Content-Security-Policy', () => {
    let context: BrowserContext;
    let page: Page;
    const refused: string[] = [];
    beforeAll(async () => {
      context = await browser.newContext({ javaScriptEnabled: false });
      // A missing element fails in seconds, not at jest's time-out.
      context.setDefaultTimeout(5000);
    });
    beforeEach(async () => {
      page = await context.newPage();
      page.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
      await page.goto(base);
    });
    afterEach(async () => {
      await page.close();
      expect(refused).toEqual([]);
    });
    afterAll(() => context.close());

    it('is styled by its inline stylesheet (allowed by hash) and written to the test output as a screenshot', async () => {
      expect(await page.title()).toBe('Databases A–Z – Library');
      const skip = await page.getByRole('link', { name: 'Skip to the search and results' }).boundingBox();
      expect(skip?.x).toBeLessThan(0);
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(existsSync(SCREENSHOT)).toBe(true);
    });

    it('shows every letter of the letter bar at a contrast of 4.5:1 at least (axe leaves text this short unchecked)', async () => {
      const ratios = await page.locator('nav[aria-label="Letters"] li > *').evaluateAll((items: DomElement[]) => {
        const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = (color: string) => {
          const [r, g, b] = rgb(color)
            .map((channel) => channel / 255)
            .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const backgroundOf = (element: DomElement | null): string => {
          for (let at = element; at; at = at.parentElement) {
            const background = getComputedStyle(at).backgroundColor;
            if (rgb(background)[3] !== 0) return background;
          }
          return 'rgb(255, 255, 255)';
        };
        return items.map((item) => {
          const [light, dark] = [luminance(getComputedStyle(item).color), luminance(backgroundOf(item))].sort((a, b) => b - a);
          return { letter: item.firstChild?.textContent, ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 10) / 10 };
        });
      });
      expect(ratios).toHaveLength(28);
      expect(ratios.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
    });

    it('lists the letter clicked in the letter bar, marks it current, and shows letters without resources as text', async () => {
      const letters = page.getByRole('navigation', { name: 'Letters' });
      await letters.getByRole('link', { name: 'B (2 resources)' }).click();
      await page.waitForURL(`${base}?letter=B`);
      expect(await names(page)).toEqual(['BioOne Complete', 'Britannica Academic']);
      await expect(letters.locator('[aria-current="page"]').textContent()).resolves.toBe('B (2 resources)');
      expect(await letters.getByRole('link', { name: /^Q/ }).count()).toBe(0);
      expect(await letters.getByText('Q (no resources)').count()).toBe(1);
      await letters.getByRole('link', { name: '# (digits, 1 resource)' }).click();
      await page.waitForURL(`${base}?letter=%23`);
      expect(await names(page)).toEqual(['19th Century British Newspapers']);
    });

    it('links each name to the resource through the proxy, and shows what its licence permits', async () => {
      await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'J (1 resource)' }).click();
      const jstor = page.getByRole('link', { name: 'JSTOR', exact: true });
      expect(await jstor.getAttribute('href')).toBe('https://login.proxy.example.edu/login?url=https%3A%2F%2Fjstor.example.com%2F');
      const uses = await page.locator('main li.entry dd li').allTextContents();
      expect(uses).toEqual([
        'Interlibrary loan: Allowed, articles only.',
        'Course reserves: Link from the course page; no copies.',
        'Text and data mining: Through JSTOR Data for Research only.',
      ]);
    });

    it('filters by the search box, the subject and type lists and the "new" and "trial" boxes, sent as a plain GET form', async () => {
      const search = page.getByRole('search');
      await search.getByLabel('Search names and descriptions').fill('newspapers');
      await search.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/q=newspapers/);
      expect(await names(page)).toEqual(['19th Century British Newspapers']);

      // The lists count what the search in force finds: a new search starts from the whole list.
      await page.goto(base);
      await page.getByLabel('Subject').selectOption({ label: 'Biology (2)' });
      await page.getByLabel('New').check();
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/subject=biology/);
      expect(await names(page)).toEqual(['BioOne Complete']);
      expect(await page.getByText('New', { exact: true }).and(page.locator('.badge')).count()).toBe(1);

      await page.goto(base);
      await page.getByLabel('Type').selectOption({ label: 'Reference work (1)' });
      await page.getByLabel('On trial').check();
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/trial=true/);
      expect(await names(page)).toEqual(['Britannica Academic']);
      expect(await page.locator('.badge-trial').textContent()).toBe(`Trial (ends ${longDate(api.trialEndsOn)})`);
    });

    it('says when nothing matches, and leads back to everything; pages through a long list', async () => {
      await page.getByLabel('Search names and descriptions').fill('nothing like this');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page.getByText('No database matches your search.').count()).resolves.toBe(1);
      await page.getByRole('link', { name: 'Show every database' }).click();
      expect(await names(page)).toHaveLength(6);
      expect(await page.getByRole('link', { name: 'Next page' }).count()).toBe(0);

      await page.goto(`${base}?limit=4`);
      expect(await names(page)).toEqual(['19th Century British Newspapers', 'ACM Digital Library', 'BioOne Complete', 'Britannica Academic']);
      await page.getByRole('link', { name: 'Next page' }).click();
      expect(await names(page)).toEqual(['JSTOR', 'Le Monde Archives']);
      expect(page.url()).toContain('limit=4');
    });

    it('takes keyboard focus to the skip link first, then the letter bar, then the search box, each with a visible outline', async () => {
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement as DomElement;
          return {
            text: element.textContent,
            id: element.id,
            inLetters: element.closest('nav[aria-label="Letters"]') !== null,
            outline: getComputedStyle(element).outlineWidth,
          };
        });
      const order = [];
      for (let step = 0; step < 8; step += 1) {
        await page.keyboard.press('Tab');
        order.push(await focused());
      }
      expect(order[0]).toMatchObject({ text: 'Skip to the search and results', inLetters: false });
      expect(order.slice(1, 7).map((each) => [each.text, each.inLetters])).toEqual([
        ['All', true],
        ['# (digits, 1 resource)', true],
        ['A (1 resource)', true],
        ['B (2 resources)', true],
        ['J (1 resource)', true],
        ['M (1 resource)', true],
      ]);
      expect(order[7]).toMatchObject({ id: 'q', inLetters: false });
      expect(order.every((each) => each.outline === '3px')).toBe(true);

      await page.goto(base);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: 'q' });
    });
  });
});
