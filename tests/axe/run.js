#!/usr/bin/env node
// Opens every .html file under a folder in headless Chromium (from
// file://, as a child at a kiosk or on a phone would open the saved site),
// runs axe-core on it in the light and the dark colour scheme, and fails
// on any violation. It also fails when a page asks for anything that is
// not a local file (the site must be self-contained) or throws a script
// error, and checks once that the "Exit this page" shortcut behaves as
// GOV.UK's: Shift three times (4 s apart) leaves and says so, Escape
// twice does not, one press shows and says its progress, 5 s resets it.
//
// Usage: node tests/axe/run.js <dir>
// Environment: CHROMIUM (default /usr/bin/chromium).
// Used by tests/html_axe.rs (CAREGUIDE_AXE=1).

"use strict";

const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { launch } = require("./chromium");

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const SCHEMES = ["light", "dark"];
const AXE_PATH = require.resolve("axe-core/axe.min.js");

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

async function main() {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(dir)) {
    console.error("usage: node tests/axe/run.js <dir with .html files>");
    process.exit(2);
  }
  const files = htmlFiles(path.resolve(dir));
  if (files.length === 0) {
    console.error(`no .html files under ${dir}`);
    process.exit(2);
  }

  const browser = await launch("axe", ["--allow-file-access-from-files"]);

  let violations = 0;
  let problems = 0;
  let checked = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // Nothing may leave the page: every request must be a local file.
    let current = "";
    const outside = [];
    await page.setRequestInterception(true);
    // While the exit shortcut is tested, the neutral site is a stub.
    let exitStub = null;
    page.on("request", (req) => {
      const url = req.url();
      if (url.startsWith("file:") || url.startsWith("data:") || url === "about:blank") {
        req.continue();
      } else if (exitStub && url.startsWith(exitStub)) {
        req.respond({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><title>Weather</title><p>Weather" });
      } else {
        outside.push({ page: current, url });
        req.abort();
      }
    });
    const scriptErrors = [];
    page.on("pageerror", (err) => scriptErrors.push({ page: current, message: String(err) }));

    for (const file of files) {
      const rel = path.relative(path.resolve(dir), file);
      current = rel;
      for (const scheme of SCHEMES) {
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        await page.addScriptTag({ path: AXE_PATH });
        const result = await page.evaluate(async (tags) => {
          // eslint-disable-next-line no-undef
          return await axe.run(document, {
            runOnly: { type: "tag", values: tags },
            resultTypes: ["violations"],
          });
        }, TAGS);
        for (const v of result.violations) {
          violations += 1;
          console.log(`\n${rel} (${scheme}): ${v.id} [${v.impact}] ${v.help}`);
          console.log(`  ${v.helpUrl}`);
          for (const node of v.nodes.slice(0, 10)) {
            console.log(`  - ${node.target.join(" ")}`);
            if (node.failureSummary) {
              console.log(`    ${node.failureSummary.replace(/\n/g, "\n    ")}`);
            }
          }
          if (v.nodes.length > 10) {
            console.log(`  ... and ${v.nodes.length - 10} more`);
          }
        }
      }
      checked += 1;
    }

    for (const o of outside) {
      problems += 1;
      console.log(`\n${o.page}: asked for ${o.url}: the site must not fetch anything`);
    }
    for (const e of scriptErrors) {
      problems += 1;
      console.log(`\n${e.page}: script error: ${e.message}`);
    }

    // "Exit this page": Shift three times blanks the page at once and
    // leaves for the neutral site, replacing this page in the history so
    // Back does not come back to it.
    const pagesOnly = files.filter((f) => !f.endsWith(`${path.sep}index.html`) && !f.endsWith("print.html"));
    if (pagesOnly.length >= 2) {
      const [first, sample] = pagesOnly;
      current = path.relative(path.resolve(dir), sample);
      let blanked = false;
      let leavingSaid = "";
      await page.exposeFunction("careguideBlanked", (said) => {
        blanked = true;
        leavingSaid = said;
      });
      await page.goto(pathToFileURL(first).href, { waitUntil: "load" });
      await page.goto(pathToFileURL(sample).href, { waitUntil: "load" });
      exitStub = await page.$eval("#exit", (a) => a.getAttribute("href"));
      // Escape twice is not the shortcut (it stops a page loading).
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await new Promise((r) => setTimeout(r, 500));
      if (page.url() !== pathToFileURL(sample).href) {
        problems += 1;
        console.log(`\n${current}: Escape twice left the page`);
      }
      // One press: a dot is filled beside the button, and it is said.
      await page.keyboard.press("Shift");
      await new Promise((r) => setTimeout(r, 300));
      const shown = await page.evaluate(() => {
        const p = document.querySelector(".exit-progress");
        const s = document.getElementById("exit-status");
        const visible = p && !p.hidden && p.getBoundingClientRect().height > 0;
        return { dots: visible ? p.querySelectorAll("span.on").length : -1, said: s ? s.textContent : "" };
      });
      console.log(`exit progress after one Shift: ${shown.dots} dot(s), said "${shown.said}"`);
      if (shown.dots !== 1 || !shown.said.trim()) {
        problems += 1;
        console.log(`\n${current}: one Shift press must show one dot and say how many are left`);
      }
      // Past the 5 seconds the count starts again.
      await new Promise((r) => setTimeout(r, 5500));
      const expired = await page.$eval(".exit-progress", (p) => p.hidden);
      if (!expired) {
        problems += 1;
        console.log(`\n${current}: the count did not start again after 5 seconds`);
      }
      await page.evaluate(() => {
        new MutationObserver(() => {
          const left = [...document.body.children];
          if (left.every((c) => c.id === "exit-status")) {
            window.careguideBlanked(document.getElementById("exit-status")?.textContent || "");
          }
        }).observe(document.body, { childList: true });
      });
      const left = page.waitForNavigation({ waitUntil: "load", timeout: 15000 }).then(() => true, () => false);
      // Three presses 4 seconds apart: each within 5 seconds of the last.
      for (let i = 0; i < 3; i += 1) {
        if (i > 0) {
          await new Promise((r) => setTimeout(r, 4000));
        }
        await page.keyboard.press("Shift");
      }
      const navigated = await left;
      const at = page.url();
      await page.goBack({ waitUntil: "load" });
      const back = page.url();
      const ok = navigated && blanked && leavingSaid.trim() !== "" && at.startsWith(exitStub) && back === pathToFileURL(first).href;
      console.log(`exit shortcut: blanked ${blanked}, said "${leavingSaid}", went to ${at}, Back went to ${path.basename(back)}`);
      if (!ok) {
        problems += 1;
        console.log(`\n${current}: Shift 3 times must blank the page, go to ${exitStub} and leave it out of the history`);
      }
      exitStub = null;
    }
  } finally {
    await browser.closeAndClean();
  }

  console.log(`\naxe: checked ${checked} pages (${SCHEMES.join(" and ")} colours), ${violations} violations, ${problems} other problems`);
  process.exit(violations === 0 && problems === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
