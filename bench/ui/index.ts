/**
 * `npm run bench:ui`: the renderer against a million Person entities in Chromium — time to
 * first rows, frames while scrolling 10,000 rows, time to open the Person editor, memory.
 * Targets: first rows < 500 ms, no frame over 100 ms while scrolling, editor < 200 ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startServerProcess } from '../../e2e/server-process';
import { rendererMemory, scrollFrames, timeToEditor, timeToFirstRows } from './measure';
import { ensurePeople } from './seed';

const COUNT = Number(process.env.BENCH_UI_PEOPLE ?? 1_000_000);
const FIRST_ROWS_LOADS = 5;
const RESULTS = resolve(import.meta.dirname, '..', 'results');
const DB = resolve(RESULTS, `ui-people-${COUNT}.db`);

mkdirSync(RESULTS, { recursive: true });
console.log(`bench:ui — ${COUNT.toLocaleString()} Person entities in ${DB}`);
// Frame figures depend on the machine: the host's load average is printed with them.
console.log(`  load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
const seeded = await ensurePeople(DB, COUNT);
if (seeded) console.log(`  seeded in ${(seeded / 1000).toFixed(1)} s`);

const server = await startServerProcess(DB);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const newPage = async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    // tsx compiles the measuring functions with esbuild's keepNames, whose `__name` helper the page lacks.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    return page;
  };
  // Each load is a fresh browser context (no HTTP cache, no stored layout); the median of five is
  // the figure, the first load (the browser's own start-up included) is printed beside it.
  const loads: number[] = [];
  for (let i = 0; i < FIRST_ROWS_LOADS - 1; i++) {
    const probe = await newPage();
    loads.push(await timeToFirstRows(probe, server.entryUrl));
    await probe.context().close();
  }
  const page = await newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  loads.push(await timeToFirstRows(page, server.entryUrl));
  const firstRows = [...loads].sort((a, b) => a - b)[Math.floor(loads.length / 2)]!;
  const scroll = await scrollFrames(page, 10_000);
  const memoryAfterScroll = await rendererMemory(cdp);
  await page.locator('[role="grid"]').evaluate((el) => (el.scrollTop = 0));
  const editor = await timeToEditor(page);
  const memory = await rendererMemory(cdp);
  const result = {
    people: COUNT,
    firstRowsMs: Math.round(firstRows),
    firstRowsLoadsMs: loads.map(Math.round),
    scroll,
    editorOpenMs: Math.round(editor),
    memoryAfterScroll,
    memory,
    targets: { firstRows: firstRows < 500, scroll: scroll.over100 === 0, editor: editor < 200 },
    at: new Date().toISOString(),
  };
  console.log(`  first rows            ${result.firstRowsMs} ms median of ${loads.length} fresh loads (target < 500); loads ${result.firstRowsLoadsMs.join(', ')} ms`);
  console.log(`  scroll 10,000 rows    ${scroll.frames} frames in ${scroll.seconds} s, ${scroll.over50} over 50 ms, ${scroll.over100} over 100 ms, worst ${scroll.max} ms (${scroll.waits} waits for the next page left out)`);
  console.log(`  open Person editor    ${result.editorOpenMs} ms (target < 200)`);
  console.log(`  renderer memory       ${memoryAfterScroll.heapMB} MB JS heap after scrolling, ${memory.heapMB} MB with the editor open; ${memory.nodes} DOM nodes`);
  writeFileSync(resolve(RESULTS, 'ui.json'), JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.stop();
}
