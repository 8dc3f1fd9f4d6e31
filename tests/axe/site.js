#!/usr/bin/env node
// The published site as a reader uses it, in headless Chromium from
// file:// (tests/html_site.rs builds it with `careguide build`):
//
// - text spacing: with WCAG 1.4.12's override (line height 1.5, paragraph
//   spacing 2em, letter spacing 0.12em, word spacing 0.16em) at 320 px
//   wide, no page of any language scrolls sideways or has words cut off;
// - narrow right-to-left pages: at 375 x 667 the first statement of an
//   easy-read page starts on the first screen;
// - version switching keeps the page: from every outcome of the guide
//   to the easy read's and back, and to the framework's outcome;
// - search, offline: a Polish word typed without its accents, an Arabic
//   word and a Welsh word are found (the field reached with Tab), the
//   live region says how many, and the first result opens;
// - keys: Right goes to the next page (Left on a right-to-left page);
// - forced colours: the current language is marked by more than weight;
// - 400% zoom (320 x 225 CSS px at 4 device pixels each) in English,
//   Ukrainian and Arabic: nothing sticks out sideways or is cut, and the
//   switchers, clicked where they are shown, keep the page.
//
// Usage: node tests/axe/site.js <dist/html>
// Environment: CHROMIUM (default /usr/bin/chromium).

"use strict";

const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { launch } = require("./chromium");
const { overflowing } = require("./overflow");

const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

function htmlFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...htmlFiles(full));
    } else if (entry.name.endsWith(".html")) {
      out.push(full);
    }
  }
  return out.sort();
}

let failures = 0;
function fail(msg) {
  failures += 1;
  console.log(`FAIL ${msg}`);
}

async function main() {
  const dir = path.resolve(process.argv[2] || "");
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error("usage: node tests/axe/site.js <dist/html>");
    process.exit(2);
  }
  const url = (rel) => pathToFileURL(path.join(dir, rel)).href;
  // As a reader's browser opens the files: no flag that lets file://
  // pages read other files (search loads its index with a <script>).
  const browser = await launch("site");
  const page = await browser.newPage();
  page.on("pageerror", (err) => fail(`${page.url()}: script error: ${err}`));
  try {
    // 1. Text spacing at 320 px, every page.
    await page.setViewport({ width: 320, height: 640 });
    const files = htmlFiles(dir).filter((f) => !f.endsWith("readability.html"));
    let widest = 0;
    for (const file of files) {
      const rel = path.relative(dir, file);
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      await page.addStyleTag({ content: SPACING });
      const r = await page.evaluate(overflowing);
      widest = Math.max(widest, r.scroll);
      if (r.scroll > r.vw || r.over.length) {
        fail(`text spacing at 320 px: ${rel} is ${r.scroll} px wide: ${r.over.join(", ")}`);
      }
    }
    console.log(`text spacing: ${files.length} pages at 320 px, widest ${widest} px`);

    // 2. Narrow right-to-left pages: the first statement on the first screen.
    await page.setViewport({ width: 375, height: 667 });
    for (const lang of ["ar", "fa", "en-GB", "uk", "ro"]) {
      await page.goto(url(`${lang}/easy-read/outcome-1.html`), { waitUntil: "load" });
      const top = await page.$eval(".rows li", (li) => li.getBoundingClientRect().top + window.scrollY);
      console.log(`first statement at 375 x 667: ${lang} ${Math.round(top)} px down`);
      // Right to left must leave room for the first lines; the others
      // are measured (their draft notice is longer in a Latin script).
      if (top > (["ar", "fa"].includes(lang) ? 667 - 100 : 667 - 24)) {
        fail(`${lang}/easy-read/outcome-1: the first statement starts ${Math.round(top)} px down, below the first screen`);
      }
    }

    // 3. Version switching keeps the page.
    await page.setViewport({ width: 1024, height: 800 });
    const langs = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, "guide", "index.html")));
    for (const lang of langs) {
      for (let n = 1; n <= 4; n += 1) {
        for (const [from, to, want] of [
          ["guide", "easy-read", `easy-read/outcome-${n}.html`],
          ["easy-read", "guide", `guide/outcome-${n}.html`],
          ["guide", "framework", `framework/outcomes.html#outcomes-outcome-${n}`],
        ]) {
          if (!fs.existsSync(path.join(dir, lang, from)) || !fs.existsSync(path.join(dir, lang, to))) {
            continue;
          }
          await page.goto(url(`${lang}/${from}/outcome-${n}.html`), { waitUntil: "load" });
          const link = await page.$(`nav[aria-labelledby="editions-label"] a[href^="../${to}/"]`);
          if (!link) {
            fail(`${lang}/${from}/outcome-${n}: no link to the ${to} version`);
            continue;
          }
          await Promise.all([page.waitForNavigation({ waitUntil: "load" }), link.click()]);
          const at = page.url();
          if (!at.endsWith(`/${lang}/${want}`)) {
            fail(`${lang}/${from}/outcome-${n}: the ${to} version opened ${at}, not ${want}`);
          }
          const title = await page.title();
          if (/ERR_|not found/i.test(title)) {
            fail(`${at} did not open`);
          }
        }
      }
    }
    console.log(`version switching: every outcome in ${langs.join(", ")}`);

    // 4. Search from file://.
    for (const [lang, edition, typed, expect] of [
      ["pl", "guide", "DZIECMI", "dziećmi"],
      ["pl", "easy-read", "pomoze", "pomoże"],
      ["ar", "guide", "اطفال", "أطفال"],
      ["cy", "guide", "gofal", "gofal"],
    ]) {
      await page.goto(url(`${lang}/${edition}/index.html`), { waitUntil: "load" });
      // As a keyboard reader gets there: Tab from the top of the page.
      let tabs = 0;
      while (tabs < 40 && (await page.evaluate(() => document.activeElement && document.activeElement.id)) !== "search-input") {
        await page.keyboard.press("Tab");
        tabs += 1;
      }
      if (tabs === 40) {
        fail(`${lang}/${edition}: the search field is not reached with Tab`);
        await page.focus("#search-input");
      }
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.getElementById("search-status").textContent !== "", { timeout: 10000 })
        .catch(() => {});
      const r = await page.evaluate(() => ({
        status: document.getElementById("search-status").textContent,
        results: [...document.querySelectorAll("#search-results li")].map((li) => li.textContent),
        marks: [...document.querySelectorAll("#search-results mark")].map((m) => m.textContent),
        href: (document.querySelector("#search-results a") || {}).href || "",
      }));
      const found = r.results.length;
      console.log(`search ${lang}/${edition} "${typed}": ${r.status} (first: ${(r.marks[0] || r.results[0] || "").slice(0, 40)})`);
      if (found === 0 || !r.status.includes(String(found))) {
        fail(`${lang}/${edition}: searching "${typed}" found ${found}, status "${r.status}"`);
      } else if (!r.results.join(" ").toLowerCase().includes(expect.toLowerCase())) {
        fail(`${lang}/${edition}: searching "${typed}" did not show "${expect}"`);
      }
      if (found) {
        await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("#search-results a")]);
        if (!fs.existsSync(new URL(page.url()).pathname)) {
          fail(`${lang}/${edition}: the first result ${page.url()} does not exist`);
        }
      }
    }
    await page.goto(url("uk/guide/index.html"), { waitUntil: "load" });
    await page.type("#search-input", "qqqqzzzz");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("search-status").textContent !== "", { timeout: 10000 })
      .catch(() => {});
    const none = await page.$eval("#search-status", (s) => s.textContent);
    if (!none || /[a-z]{4}/i.test(none)) {
      fail(`uk: a search that finds nothing must say so in Ukrainian, said "${none}"`);
    }

    // 5. Keys: Right to the next page; Left on a right-to-left page.
    for (const [lang, key, want] of [["en-GB", "ArrowRight", "outcome-2.html"], ["en-GB", "ArrowLeft", "principles.html"],
      ["ar", "ArrowLeft", "outcome-2.html"], ["ar", "ArrowRight", "principles.html"]]) {
      await page.goto(url(`${lang}/guide/outcome-1.html`), { waitUntil: "load" });
      await Promise.all([page.waitForNavigation({ waitUntil: "load", timeout: 5000 }).catch(() => {}), page.keyboard.press(key)]);
      if (!page.url().endsWith(`/${lang}/guide/${want}`)) {
        fail(`${lang}/guide/outcome-1: ${key} went to ${page.url()}, not ${want}`);
      }
    }

    // 6. Forced colours: the current language differs from the others by
    // more than its weight.
    const cdp = await page.createCDPSession();
    await cdp.send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: "active" }] });
    await page.goto(url("uk/guide/outcome-2.html"), { waitUntil: "load" });
    const marks = await page.evaluate(() => {
      // Colours, not weight or border: in forced colours every link here
      // has a border already.
      // The background seen: a transparent one is its parent's.
      const seen = (el) => {
        for (; el; el = el.parentElement) {
          const bg = getComputedStyle(el).backgroundColor;
          if (!/^rgba\(.*, 0\)$|^transparent$/.test(bg)) {
            return bg;
          }
        }
        return "Canvas";
      };
      const style = (a) => [seen(a), getComputedStyle(a).color].join("|");
      return [...document.querySelectorAll(".switcher")].map((nav) => ({
        cur: style(nav.querySelector("a[aria-current]")),
        other: style(nav.querySelector("a:not([aria-current])")),
      }));
    });
    for (const m of marks) {
      if (m.cur === m.other) {
        fail(`forced colours: the current language or version has the others' colours (${m.cur})`);
      }
    }
    console.log(`forced colours: ${marks.map((m) => `current ${m.cur}, others ${m.other}`).join("; ")}`);
    await cdp.send("Emulation.setEmulatedMedia", { features: [] });

    // 7. 400% zoom as a browser zooms: a 1280 x 900 window at 400% is a
    // 320 x 225 CSS-pixel viewport of 4 device pixels each. Nothing sticks
    // out sideways or is cut, and the version and language switchers,
    // reached on screen, keep the page.
    await page.setViewport({ width: 320, height: 225, deviceScaleFactor: 4 });
    let zoomed = 0;
    let band = 0;
    for (const rel of ["index.html", ...["en-GB", "uk", "ar"].flatMap((lang) =>
      ["easy-read/index.html", "easy-read/outcome-1.html", "easy-read/words.html", "guide/index.html",
        "guide/outcome-2.html", "guide/words.html", "framework/index.html"].map((f) => `${lang}/${f}`))]) {
      await page.goto(url(rel), { waitUntil: "load" });
      const view = await page.evaluate(() => ({ dpr: window.devicePixelRatio, w: window.innerWidth, h: window.innerHeight }));
      if (view.dpr !== 4 || view.w !== 320 || view.h !== 225) {
        fail(`400% zoom: ${rel} has a ${view.w} x ${view.h} viewport at ${view.dpr}x, not 320 x 225 at 4x`);
      }
      const r = await page.evaluate(overflowing);
      if (r.scroll > r.vw || r.over.length) {
        fail(`400% zoom: ${rel} is ${r.scroll} px wide: ${r.over.join(", ")}`);
      }
      // The band "Exit this page" becomes once the top has scrolled away.
      await page.evaluate(() => window.scrollTo(0, 600));
      await new Promise((done) => setTimeout(done, 50));
      band = Math.max(band, await page.evaluate(() => {
        const box = document.querySelector(".exit-box.floating");
        return box ? Math.round(box.getBoundingClientRect().height) : 0;
      }));
      zoomed += 1;
    }
    // Switching from a page, with the link as it is shown at this size.
    for (const [lang, nav, to, want] of [
      ["en-GB", "editions", "../easy-read/", "en-GB/easy-read/outcome-2.html"],
      ["uk", "editions", "../easy-read/", "uk/easy-read/outcome-2.html"],
      ["ar", "editions", "../easy-read/", "ar/easy-read/outcome-2.html"],
      ["ar", "languages", "../../uk/", "uk/guide/outcome-2.html"],
      ["uk", "languages", "../../ar/", "ar/guide/outcome-2.html"],
    ]) {
      await page.goto(url(`${lang}/guide/outcome-2.html`), { waitUntil: "load" });
      const link = await page.$(`nav[aria-labelledby="${nav}-label"] a[href^="${to}"]`);
      const box = link && (await link.boundingBox());
      if (!box || box.x < 0 || box.x + box.width > 320 + 1) {
        fail(`400% zoom: ${lang}/guide/outcome-2: the ${nav} link to ${to} is not on screen (${JSON.stringify(box)})`);
        continue;
      }
      await Promise.all([page.waitForNavigation({ waitUntil: "load" }), link.click()]);
      if (!page.url().endsWith(`/${want}`)) {
        fail(`400% zoom: ${lang}/guide/outcome-2: the ${nav} link opened ${page.url()}, not ${want}`);
      }
    }
    // The band leaves most of the window to the text.
    if (band > 225 / 3) {
      fail(`400% zoom: the Exit band is ${band} px high, more than a third of the 225 px window`);
    }
    console.log(`400% zoom: ${zoomed} pages at 320 x 225 CSS px (4x), the Exit band ${band} px high; switchers keep the page`);
  } finally {
    await browser.closeAndClean();
  }
  console.log(`\nsite: ${failures} problems`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
