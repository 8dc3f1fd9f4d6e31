#!/usr/bin/env node
// Phone numbers are never broken across lines in the published HTML: at
// 320, 375 and 1280 px, on the English, Arabic and Ukrainian easy-read
// pages and in the Get help now box, every phone number (each tel: link,
// and each number with spaces between its groups found in the page's
// text, such as "0800 528 0731") is on one line: its text has one line
// box (Range.getClientRects(), rectangles on one line merged).
//
// Usage: node tests/axe/phones.js <dist/html>
// Environment: CHROMIUM (default /usr/bin/chromium).

"use strict";

const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { launch } = require("./chromium");

const WIDTHS = [320, 375, 1280];
const PAGES = ["easy-read/next.html", "easy-read/outcome-1.html", "easy-read/index.html"];
const LANGS = ["en-GB", "ar", "uk"];

let failures = 0;
function fail(msg) {
  failures += 1;
  console.log(`FAIL ${msg}`);
}

// In the page: each phone number with the number of lines it takes.
function measure() {
  // Lines a range's text takes: its rectangles grouped by their middle.
  const lines = (range) => {
    const mids = [];
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) {
        continue;
      }
      const mid = (r.top + r.bottom) / 2;
      if (!mids.some((m) => Math.abs(m - mid) < r.height / 2)) {
        mids.push(mid);
      }
    }
    return mids.length;
  };
  const hidden = (el) => !el || el.closest(".visually-hidden, [hidden]") || el.getClientRects().length === 0;
  const found = [];
  for (const a of document.querySelectorAll('a[href^="tel:"]')) {
    if (hidden(a)) {
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(a);
    found.push({ what: `link ${a.textContent.trim()}`, lines: lines(range) });
  }
  // Numbers in running text: digits, then groups after single spaces.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const number = /\d+(?:[ \u00a0]\d+)+/g;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (hidden(node.parentElement) || node.parentElement.closest('a[href^="tel:"], script, style')) {
      continue;
    }
    for (const m of node.data.matchAll(number)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      found.push({ what: `text ${m[0]}`, lines: lines(range) });
    }
  }
  return found;
}

async function main() {
  const dir = path.resolve(process.argv[2] || "");
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error("usage: node tests/axe/phones.js <dist/html>");
    process.exit(2);
  }
  const browser = await launch("phones", ["--allow-file-access-from-files"]);
  const page = await browser.newPage();
  let checked = 0;
  try {
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: 800 });
      for (const lang of LANGS) {
        for (const rel of PAGES) {
          const file = path.join(dir, lang, rel);
          if (!fs.existsSync(file)) {
            fail(`${lang}/${rel} was not built`);
            continue;
          }
          await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
          const numbers = await page.evaluate(measure);
          if (numbers.length === 0) {
            fail(`${lang}/${rel} at ${width} px: no phone number found`);
          }
          for (const n of numbers) {
            checked += 1;
            if (n.lines !== 1) {
              fail(`${lang}/${rel} at ${width} px: ${n.what} takes ${n.lines} lines`);
            }
          }
        }
      }
    }
  } finally {
    await browser.closeAndClean();
  }
  console.log(`phone numbers: ${checked} checked at ${WIDTHS.join(", ")} px, ${failures} problems`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
