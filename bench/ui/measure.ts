/** The renderer measurements, taken in Chromium through Playwright on a running server. */
import type { CDPSession, Page } from '@playwright/test';

/**
 * Milliseconds from navigation start until the table shows its first row. An observer
 * installed before the page's own scripts notes the moment the row enters the DOM and the
 * next frame after it (when it is painted), so the harness's own polling adds nothing.
 */
export async function timeToFirstRows(page: Page, entryUrl: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstRowsAt?: number };
    const seen = (): boolean => document.querySelector('[role="grid"] [role="row"][aria-rowindex="3"]') !== null;
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.__firstRowsAt = performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(entryUrl, { waitUntil: 'commit' });
  // A plain expression: selector helpers would inject a script whose evaluation delays the page.
  for (let waited = 0; waited < 60_000; waited += 100) {
    const at = (await page.evaluate('window.__firstRowsAt')) as number | undefined;
    if (at !== undefined) return at;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the table showed no row within a minute');
}

/**
 * Scrolls the table through `rows` rows at a steady pace and reports the frame times seen
 * meanwhile. Waiting at the end of the loaded rows for the next page is not a frame: the
 * gap is left out, so the figures are the renderer's own.
 */
export async function scrollFrames(page: Page, rows: number): Promise<{ frames: number; over50: number; over100: number; max: number; seconds: number; loaded: number; waits: number }> {
  return page.evaluate(async (target) => {
    const grid = document.querySelector<HTMLElement>('section[role="tabpanel"]:not([hidden]) [role="grid"]');
    if (!grid) throw new Error('no table');
    const rowHeight = 36;
    const goal = target * rowHeight;
    const frames: number[] = [];
    const started = performance.now();
    let last = started;
    let waits = 0;
    let waited = false;
    await new Promise<void>((done) => {
      const step = (now: number): void => {
        if (!waited) frames.push(now - last);
        waited = false;
        last = now;
        // About 60 rows per frame: 10,000 rows in under three seconds of frames, faster than any reader.
        grid.scrollTop = Math.min(grid.scrollTop + rowHeight * 60, grid.scrollHeight);
        const stuck = grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 2 && grid.scrollTop < goal;
        if (grid.scrollTop >= goal || now - started > 120_000) done();
        else if (stuck) {
          waits += 1;
          waited = true;
          setTimeout(() => requestAnimationFrame(step), 16);
        } else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    const body = frames.slice(1);
    const loaded = document.querySelectorAll('[role="grid"] [role="row"]').length;
    return {
      frames: body.length,
      over50: body.filter((f) => f > 50).length,
      over100: body.filter((f) => f > 100).length,
      max: Math.round(Math.max(...body)),
      seconds: Math.round(performance.now() - started) / 1000,
      loaded,
      waits,
    };
  }, rows);
}

/** Milliseconds from a click on an entity's id until its editor shows the Name field. */
export async function timeToEditor(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const button = document.querySelector<HTMLButtonElement>('section[role="tabpanel"]:not([hidden]) [role="grid"] .cell-id button');
    if (!button) throw new Error('no row to open');
    const started = performance.now();
    button.click();
    return new Promise<number>((done) => {
      const poll = (): void => {
        if (document.querySelector('section[role="tabpanel"]:not([hidden]) [data-path="name"] input')) done(performance.now() - started);
        else requestAnimationFrame(poll);
      };
      poll();
    });
  });
}

/** The renderer's JavaScript heap and DOM size, from the DevTools protocol. */
export async function rendererMemory(cdp: CDPSession): Promise<{ heapMB: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return { heapMB: Math.round((get('JSHeapUsedSize') / 1048576) * 10) / 10, nodes: get('Nodes') };
}
