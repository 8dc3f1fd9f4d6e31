#!/usr/bin/env node
// The pages of `build --audio` in real Chromium, opened from file:// with
// no special flags (as a child opens the saved site):
//
// - axe-core finds no violation (light and dark colours) on the pages
//   given, each of which has play buttons, including the one in the
//   "Get help now" box;
// - on the first page given (the Arabic easy read), nothing plays when the
//   page loads; Tab reaches a play button; its accessible name is in the
//   page's language and script; Enter makes its audio really play (the
//   'playing' event, currentTime moving on, a played range); pressing
//   Space stops it and the button is named as before; Space on the next
//   button plays that one and Enter stops it; Tab reaches the Get help
//   now box's button, and Enter plays it; Escape stops it.
//
// Usage: node tests/axe/audio.js <dir> <page.html>... (pages relative to
// dir, the first one checked for playing). Environment: CHROMIUM (default
// /usr/bin/chromium). Used by tests/audio.rs (CAREGUIDE_AXE=1).

"use strict";

const path = require("path");
const { pathToFileURL } = require("url");
const { launch } = require("./chromium");

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const AXE_PATH = require.resolve("axe-core/axe.min.js");
// Letters of the Arabic script (Arabic and Persian pages).
const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[A-Za-z]/;

let problems = 0;
function fail(msg) {
  problems += 1;
  console.log(`FAIL ${msg}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Before any script of the page: every media element that is asked to
// play is remembered with what it did, so the test can see the sound
// that `new Audio()` makes without a DOM element.
function watchMedia() {
  window.__media = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    if (!window.__media.some((m) => m.el === this)) {
      const rec = { el: this, playing: 0, paused: 0, errors: [] };
      this.addEventListener("playing", () => (rec.playing += 1));
      this.addEventListener("pause", () => (rec.paused += 1));
      this.addEventListener("error", () => rec.errors.push(String(this.error && this.error.message)));
      window.__media.push(rec);
    }
    return play.call(this).catch((e) => {
      window.__media.find((m) => m.el === this).errors.push(String(e));
      throw e;
    });
  };
}

// The state of the n-th media element asked to play.
function media(n) {
  const rec = window.__media[n];
  if (!rec) {
    return null;
  }
  const el = rec.el;
  let played = 0;
  for (let i = 0; i < el.played.length; i += 1) {
    played += el.played.end(i) - el.played.start(i);
  }
  return {
    src: el.currentSrc || el.src,
    paused: el.paused,
    currentTime: el.currentTime,
    duration: el.duration,
    played,
    playing: rec.playing,
    pauses: rec.paused,
    errors: rec.errors,
  };
}

// The focused element's accessible name and role, as Chromium's
// accessibility tree gives them to a screen reader.
async function focusedName(page) {
  const handle = await page.evaluateHandle(() => document.activeElement);
  const node = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
  await handle.dispose();
  return node ? { role: node.role, name: node.name, pressed: node.pressed } : { role: "", name: "" };
}

// Waits (up to `ms`) until the n-th media element has played for `secs`.
async function heard(page, n, secs, ms) {
  const end = Date.now() + ms;
  let m = null;
  while (Date.now() < end) {
    m = await page.evaluate(media, n);
    if (m && m.playing > 0 && !m.paused && m.currentTime >= secs && m.played >= secs) {
      return m;
    }
    await sleep(100);
  }
  return m;
}

async function axePage(page, dir, rel) {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await page.goto(pathToFileURL(path.join(dir, rel)).href, { waitUntil: "load" });
    const shown = await page.$$eval("button.listen", (bs) => ({
      all: bs.length,
      shown: bs.filter((b) => !b.hidden && b.getClientRects().length > 0).length,
      help: bs.filter((b) => b.closest("#get-help") && !b.hidden).length,
    }));
    if (shown.all === 0 || shown.shown !== shown.all) {
      fail(`${rel}: ${shown.shown} of ${shown.all} play buttons shown`);
    }
    if (shown.help !== 1) {
      fail(`${rel}: the Get help now box has ${shown.help} play buttons, not 1`);
    }
    await page.addScriptTag({ path: AXE_PATH });
    const result = await page.evaluate(async (tags) => {
      // eslint-disable-next-line no-undef
      return await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    }, TAGS);
    for (const v of result.violations) {
      fail(`${rel} (${scheme}): ${v.id} [${v.impact}] ${v.help}`);
      for (const node of v.nodes.slice(0, 5)) {
        console.log(`  - ${node.target.join(" ")}\n    ${(node.failureSummary || "").replace(/\n/g, "\n    ")}`);
      }
    }
    console.log(`axe ${rel} (${scheme}): ${shown.all} play buttons, ${result.violations.length} violations`);
  }
}

async function playing(page, dir, rel) {
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  await page.goto(pathToFileURL(path.join(dir, rel)).href, { waitUntil: "load" });
  const script = (await page.$eval("html", (h) => h.lang)).startsWith("en") ? LATIN : ARABIC;

  // No sound on arrival.
  await sleep(1500);
  const onLoad = await page.evaluate(() => ({
    asked: window.__media.length,
    autoplay: document.querySelectorAll("[autoplay]").length,
  }));
  console.log(`${rel}: on load ${onLoad.asked} media asked to play, ${onLoad.autoplay} autoplay attributes`);
  if (onLoad.asked !== 0 || onLoad.autoplay !== 0) {
    fail(`${rel}: something plays without a press`);
  }

  // Tab to the first play button.
  let tabs = 0;
  for (; tabs < 300; tabs += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.matches("button.listen"))) {
      break;
    }
  }
  const first = await focusedName(page);
  console.log(`${rel}: Tab ${tabs + 1} times reaches a play button: role ${first.role}, name "${first.name}"`);
  if (first.role !== "button" || !script.test(first.name) || (script === ARABIC && LATIN.test(first.name))) {
    fail(`${rel}: the play button is not a button named in the page's language`);
  }

  // Enter plays.
  await page.keyboard.press("Enter");
  let m = await heard(page, 0, 0.5, 8000);
  console.log(`${rel}: after Enter: ${JSON.stringify(m)}`);
  if (!m || m.playing === 0 || m.paused || m.currentTime < 0.5 || m.played < 0.5 || m.errors.length) {
    fail(`${rel}: Enter on the play button did not play its sound`);
  }
  const stopName = await focusedName(page);
  console.log(`${rel}: while playing the button is "${stopName.name}" (pressed state: ${stopName.pressed})`);
  if (stopName.name === first.name || !script.test(stopName.name)) {
    fail(`${rel}: while it plays the button does not say it stops (in the page's language)`);
  }
  // Its name says what a press does; it is not also a toggle whose name
  // changes with its state ("Stop, toggle button, pressed").
  if (stopName.pressed !== undefined || first.pressed !== undefined) {
    fail(`${rel}: the play button is a toggle (aria-pressed) and changes its name`);
  }

  // Space stops; the button is named as before.
  const before = await page.evaluate(media, 0);
  await page.keyboard.press("Space");
  await sleep(400);
  m = await page.evaluate(media, 0);
  const again = await focusedName(page);
  console.log(`${rel}: after Space: paused ${m.paused}, at ${m.currentTime.toFixed(2)} s, button "${again.name}"`);
  if (!m.paused || m.pauses === before.pauses || again.name !== first.name) {
    fail(`${rel}: Space on the playing button did not stop it`);
  }

  // The next play button: Space plays, Enter stops.
  for (let i = 0; i < 50; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.matches("button.listen"))) {
      break;
    }
  }
  await page.keyboard.press("Space");
  m = await heard(page, 1, 0.5, 8000);
  console.log(`${rel}: next button, after Space: ${JSON.stringify(m)}`);
  if (!m || m.paused || m.currentTime < 0.5 || m.src === before.src) {
    fail(`${rel}: Space on the next play button did not play its own sound`);
  }
  await page.keyboard.press("Enter");
  await sleep(400);
  m = await page.evaluate(media, 1);
  if (!m.paused) {
    fail(`${rel}: Enter on the playing button did not stop it`);
  }

  // The Get help now box, further on with Tab, then Enter.
  let helpTabs = 0;
  for (; helpTabs < 300; helpTabs += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.matches("#get-help button.listen"))) {
      break;
    }
  }
  if (helpTabs === 300) {
    fail(`${rel}: Tab never reached the Get help now play button`);
  }
  await page.keyboard.press("Enter");
  m = await heard(page, 2, 0.5, 8000);
  console.log(`${rel}: Get help now, after Enter: ${JSON.stringify(m)}`);
  if (!m || m.paused || m.currentTime < 0.5) {
    fail(`${rel}: the Get help now play button did not play`);
  }
  // Escape stops what plays (as leaving the page does).
  await page.keyboard.press("Escape");
  await sleep(300);
  m = await page.evaluate(media, 2);
  if (!m.paused) {
    fail(`${rel}: Escape did not stop the sound`);
  }
  const all = await page.evaluate(() => window.__media.map((r) => r.el.paused));
  if (all.some((p) => !p)) {
    fail(`${rel}: a sound still plays at the end`);
  }
}

async function main() {
  const dir = path.resolve(process.argv[2] || "");
  const pages = process.argv.slice(3);
  if (pages.length === 0) {
    console.error("usage: node tests/axe/audio.js <dir> <page.html>...");
    process.exit(2);
  }
  // No --allow-file-access-from-files: the sound must play from file://
  // as in anyone's browser.
  const browser = await launch("audio");
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(watchMedia);
    const outside = [];
    const errors = [];
    await page.setRequestInterception(true);
    page.on("request", (req) => {
      const url = req.url();
      if (url.startsWith("file:") || url.startsWith("data:") || url === "about:blank") {
        req.continue();
      } else {
        outside.push(url);
        req.abort();
      }
    });
    page.on("pageerror", (err) => errors.push(String(err)));
    for (const rel of pages) {
      await axePage(page, dir, rel);
    }
    await playing(page, dir, pages[0]);
    for (const url of outside) {
      fail(`asked for ${url}: the site must not fetch anything`);
    }
    for (const e of errors) {
      fail(`script error: ${e}`);
    }
  } finally {
    await browser.closeAndClean();
  }
  console.log(`audio: ${pages.length} pages checked, ${problems} problems`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
