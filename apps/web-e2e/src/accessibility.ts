import { readFileSync } from 'node:fs';
import { test as base, type BrowserContext, expect, type Page, type Request } from '@playwright/test';
import type { AxeResults, ImpactValue } from 'axe-core';

/** WCAG 2.1 A and AA, and axe's best practices; the same set the audit of the web client used. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  url: string;
  rule: string;
  impact: ImpactValue;
  help: string;
  /** Each element at fault: its selector, and the start of its markup to recognise it by. */
  nodes: { target: string; html: string }[];
}

declare global {
  interface Window {
    /** Put there by addScriptTag below. */
    axe: { run(context: Document, options: object): Promise<AxeResults> };
  }
}

/** The axe run in progress on each page: axe refuses a second run while one is going. */
const runs = new WeakMap<Page, Promise<unknown>>();

/**
 * The serious and critical violations on the page as it is now. A journey's own check and the scan of
 * the page it just reached may ask at once: they take turns.
 */
export function accessibilityViolations(page: Page): Promise<Violation[]> {
  const previous = runs.get(page) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => violationsNow(page));
  runs.set(page, run);
  return run;
}

async function violationsNow(page: Page): Promise<Violation[]> {
  await animationsDone(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        // axe scrolls to look at some elements; a journey acting meanwhile finds the page where it left it.
        restoreScroll: true,
      }),
    TAGS,
  );
  const { pathname } = new URL(results.url);
  return results.violations
    .filter((violation) => violation.impact && BLOCKING.includes(violation.impact))
    .map((violation) => ({
      url: pathname,
      rule: violation.id,
      impact: violation.impact as ImpactValue,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        html: node.html.slice(0, 160),
      })),
    }));
}

/** A dialog fading in is checked as it ends up, not half transparent; endless ones (spinners) are not waited for. */
async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
}

export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.url}: ${violation.rule} (${violation.impact}) ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target}\n      ${node.html}`).join('\n'),
    )
    .join('\n');
}

/** Fails listing every serious or critical violation on the page as it is now (an open dialog, say). */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/**
 * Scans each page a journey visits, once it has settled: every main-frame URL change (the client routes
 * without reloading) in every browser context of the test. Findings fail the test when it ends.
 */
class PageScanner {
  private readonly found = new Map<string, Violation>();
  private readonly failures: unknown[] = [];
  private queue: Promise<void> = Promise.resolve();

  watch(context: BrowserContext): void {
    for (const page of context.pages()) this.watchPage(page);
    context.on('page', (page) => this.watchPage(page));
  }

  /** Waits for the scans asked for so far. */
  settled(): Promise<void> {
    return this.queue;
  }

  /** What the scans found, or the first scan that could not run. */
  results(): Violation[] {
    if (this.failures.length > 0) throw this.failures[0];
    return [...this.found.values()];
  }

  private watchPage(page: Page): void {
    // Requests under way (a lazy page's code, its data): a page still loading is not scanned yet. A new
    // document drops the old one's requests (the browser reports no end for some of them), and one that hangs
    // on is left out after a while: a page that keeps loading is scanned as it shows meanwhile.
    const started = new Map<Request, number>();
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) started.clear();
      started.set(request, Date.now());
    });
    page.on('requestfinished', (request) => started.delete(request));
    page.on('requestfailed', (request) => started.delete(request));
    const loading = () => [...started.values()].some((since) => Date.now() - since < LOADING_PATIENCE_MS);
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame() || frame.url() === 'about:blank') return;
      const url = frame.url();
      this.queue = this.queue
        .then(() => this.scan(page, url, loading))
        .catch((error: unknown) => {
          this.failures.push(error);
        });
    });
  }

  private async scan(page: Page, url: string, loading: () => boolean): Promise<void> {
    try {
      if (!(await settle(page, url, loading))) return;
      for (const violation of await accessibilityViolations(page)) {
        const key = `${violation.url} ${violation.rule} ${violation.nodes.map((node) => node.target).join(',')}`;
        this.found.set(key, violation);
      }
    } catch (error) {
      // The page moved on (even to the same URL) or closed mid-scan; the navigation has its own scan.
      if (page.isClosed() || (error instanceof Error && NAVIGATED_AWAY.test(error.message))) return;
      throw error;
    }
  }
}

const NAVIGATED_AWAY = /Execution context was destroyed|has been closed|frame was detached|navigat/i;

const SETTLE_TIMEOUT_MS = 20_000;
const LOADING_PATIENCE_MS = 15_000;

/**
 * Waits until the page shows the URL asked for, loads nothing more and its DOM has been still for a moment;
 * false when the person (the test) has gone elsewhere meanwhile.
 */
async function settle(page: Page, url: string, loading: () => boolean): Promise<boolean> {
  await page.waitForLoadState('load');
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (page.url() !== url) return false;
    if (!loading() && (await stillFor(page, 300))) return page.url() === url;
    await page.waitForTimeout(100);
  }
  return page.url() === url;
}

/** Whether the page's DOM stays unchanged, with no loading indicator, for `quietMs` (looked at for a second). */
function stillFor(page: Page, quietMs: number): Promise<boolean> {
  return page.evaluate(async (quietMs) => {
    const busy = () =>
      document.querySelector(
        'mat-progress-bar[mode="indeterminate"], mat-spinner, mat-progress-spinner[mode="indeterminate"]',
      ) !== null;
    let lastChange = Date.now();
    const observer = new MutationObserver(() => (lastChange = Date.now()));
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    try {
      const deadline = Date.now() + 1_000;
      while (Date.now() < deadline) {
        if (!busy() && Date.now() - lastChange >= quietMs) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    } finally {
      observer.disconnect();
    }
  }, quietMs);
}

/** Journeys import `test` from here: every page they visit is checked for accessibility. */
export const test = base.extend<{ accessibility: PageScanner }>({
  accessibility: [
    async ({ browser, context }, use) => {
      const scanner = new PageScanner();
      scanner.watch(context);
      const watchContext = (created: BrowserContext) => scanner.watch(created);
      browser.on('context', watchContext);
      await use(scanner);
      browser.off('context', watchContext);
      await scanner.settled();
      const violations = scanner.results();
      expect(violations, `Accessibility violations:\n${describeViolations(violations)}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
