// Cold loads of the four comparison pages (pages.mjs), each in a fresh browser context (an empty
// cache): the time until a frame shows all 56 towns, the bytes on the wire and the requests.

/** The profiles of the product contract: as served, and a mid-range phone on a slow network. */
export const PROFILES = {
  unthrottled: { viewport: { width: 1280, height: 800 } },
  mobile: {
    viewport: { width: 390, height: 844 },
    network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    cpu: 4,
  },
};

export const VARIANTS = ['widget', 'widget-all', 'preact', 'react', 'static'];

/**
 * Runs in each page before its own scripts: notes the first frame in which all towns are there,
 * and says so on the console. The harness waits for that message rather than polling with
 * `waitForFunction`, whose first call evaluates Playwright's injected script in the page: at 4×
 * CPU that blocked the main thread for 170–190 ms just after the load event, while the list was
 * still waiting for its feed, and added to every variant's time.
 */
const TOWNS_SHOWN = 'seutu-bench: all towns shown';
function watchForTowns(count, message) {
  const shown = () => {
    let links = document.querySelectorAll('main li a').length;
    for (const list of document.querySelectorAll('seutu-city-list')) links += list.shadowRoot?.querySelectorAll('li a').length ?? 0;
    return links;
  };
  const check = () => {
    if (shown() < count) return requestAnimationFrame(check);
    window.__townsAt = performance.now();
    console.debug(message);
  };
  requestAnimationFrame(check);
}

async function coldLoad(browser, url, profile) {
  const context = await browser.newContext({ viewport: profile.viewport });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    // The page's own requests: the browser's own ask for a favicon is not the page's doing.
    const counted = new Set();
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!event.request.url.endsWith('/favicon.ico')) counted.add(event.requestId);
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (counted.has(event.requestId)) bytes += event.encodedDataLength;
    });
    await page.addInitScript(`(${watchForTowns})(56, ${JSON.stringify(TOWNS_SHOWN)})`);
    const shown = page.waitForEvent('console', { predicate: (message) => message.text() === TOWNS_SHOWN, timeout: 60_000 });
    await page.goto(url);
    await shown;
    const ms = await page.evaluate(() => window.__townsAt);
    return { ms, bytes, requests: counted.size };
  } finally {
    await context.close();
  }
}

/** `runs` cold loads of each page in each profile, the pages taking turns. */
export async function coldLoads(browser, origin, { runs }) {
  const results = {};
  for (const [name, profile] of Object.entries(PROFILES)) {
    const byVariant = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    for (let run = 0; run < runs; run++) {
      for (const variant of VARIANTS) byVariant[variant].push(await coldLoad(browser, `${origin}/bench/cold/${variant}.html`, profile));
    }
    results[name] = byVariant;
  }
  return results;
}
