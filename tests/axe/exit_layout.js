#!/usr/bin/env node
// Where "Exit this page" sits, measured in Chromium: at 320, 375 and 1280
// CSS pixels wide and at 400% zoom (a 1280 x 900 window at 400% is 320 x
// 225 CSS pixels), scrolled from top to bottom in steps, the control
// never covers part of a line of text. A line it touches must be hidden
// whole (the control then spans the window like its top edge, as a line
// scrolled out of the window is), never cut. Also: the focused skip link
// does not cover the control, the tab order follows the order on screen
// (skip link, the guide's name, Get help now, Exit this page, before the
// main text), and focus is never hidden under the control.
//
// Usage: node tests/axe/exit_layout.js <dir> <page.html>...
// (pages relative to dir). Environment: CHROMIUM (default /usr/bin/chromium).
// Used by tests/html_axe.rs (CAREGUIDE_AXE=1).

"use strict";

const path = require("path");
const { pathToFileURL } = require("url");
const { launch } = require("./chromium");

const VIEWS = [
  { name: "320 px", width: 320, height: 640 },
  { name: "375 px", width: 375, height: 667 },
  { name: "1280 px", width: 1280, height: 900 },
  { name: "400% zoom", width: 320, height: 225, deviceScaleFactor: 4 },
];

// Runs in the page: the lines of text the Exit control cuts at the
// current scroll position.
function cutLines() {
  const box = document.querySelector(".exit-box");
  if (!box) {
    return ["no .exit-box"];
  }
  const c = box.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  if (c.width === 0 || c.bottom <= 0 || c.top >= vh) {
    return [];
  }
  // A control as wide as the window is an edge of it: what it touches is
  // hidden whole, as when it scrolls past the window's top.
  const edge = c.left <= 0.5 && c.right >= vw - 0.5;
  const cut = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || box.contains(node)) {
      continue;
    }
    const el = node.parentElement;
    const style = el && getComputedStyle(el);
    if (!style || style.visibility === "hidden" || el.closest("[hidden], .visually-hidden, .skip-link")) {
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.top >= vh) {
        continue;
      }
      const meets = r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top;
      if (!meets) {
        continue;
      }
      if (edge) {
        continue;
      }
      cut.push(`"${node.textContent.trim().slice(0, 30)}" at y=${Math.round(r.top)}`);
    }
  }
  return cut;
}

async function main() {
  const [dir, ...pages] = process.argv.slice(2);
  if (!dir || pages.length === 0) {
    console.error("usage: node tests/axe/exit_layout.js <dir> <page.html>...");
    process.exit(2);
  }
  const browser = await launch("exit");
  let problems = 0;
  const fail = (msg) => {
    problems += 1;
    console.log(msg);
  };
  try {
    const page = await browser.newPage();
    for (const rel of pages) {
      const url = pathToFileURL(path.join(path.resolve(dir), rel)).href;
      for (const view of VIEWS) {
        await page.setViewport({ width: view.width, height: view.height, deviceScaleFactor: view.deviceScaleFactor || 1 });
        await page.goto(url, { waitUntil: "load" });
        const where = `${rel} at ${view.name}`;

        // Scrolled from the top to the bottom, in steps of a third of the
        // window (at least 40 positions on a long page).
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const step = Math.max(20, Math.floor(view.height / 3));
        let positions = 0;
        let cutAt = 0;
        for (let y = 0; y <= height; y += step) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          // IntersectionObserver callbacks run after a frame.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const cut = await page.evaluate(cutLines);
          positions += 1;
          if (cut.length) {
            cutAt += 1;
            if (cutAt <= 3) {
              fail(`${where}, scrolled to ${y}: Exit this page cuts ${cut.slice(0, 3).join(", ")}`);
            }
          }
        }
        console.log(`${where}: ${positions} scroll positions, the control cuts text at ${cutAt}`);

        // The skip link, focused, leaves the control visible.
        await page.goto(url, { waitUntil: "load" });
        await page.keyboard.press("Tab");
        const skip = await page.evaluate(() => {
          const s = document.activeElement;
          const e = document.getElementById("exit");
          if (!s || !s.classList.contains("skip-link") || !e) {
            return "the first Tab does not reach the skip link";
          }
          const a = s.getBoundingClientRect();
          const b = e.getBoundingClientRect();
          const meets = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
          return meets ? "the focused skip link covers Exit this page" : "";
        });
        if (skip) {
          fail(`${where}: ${skip}`);
        }

        // The tab order follows the screen: skip link, name, help, exit.
        const order = [];
        for (let i = 0; i < 3; i += 1) {
          await page.keyboard.press("Tab");
          order.push(
            await page.evaluate(() => {
              const a = document.activeElement;
              if (!a) return "";
              if (a.id === "exit") return "exit";
              if (a.closest(".brand")) return "name";
              if (a.closest(".help-link")) return "help";
              return a.tagName.toLowerCase() + (a.className ? "." + a.className : "");
            }),
          );
        }
        const wanted = "name,help,exit";
        if (order.join(",") !== wanted) {
          fail(`${where}: Tab after the skip link goes ${order.join(" -> ")}, wanted ${wanted.replace(/,/g, " -> ")}`);
        }
        const positionsOnScreen = await page.evaluate(() => {
          const rtl = document.documentElement.dir === "rtl";
          const x = (sel) => {
            const r = document.querySelector(sel).getBoundingClientRect();
            return { top: Math.round(r.top), bottom: Math.round(r.bottom), start: Math.round(rtl ? -r.right : r.left) };
          };
          return [x(".brand a"), x(".help-link a"), x("#exit")];
        });
        // Reading order on screen: by row (boxes that share some height
        // are on one row), then along the row.
        const sorted = positionsOnScreen
          .map((p, i) => ({ ...p, i }))
          .sort((a, b) => (a.bottom <= b.top || b.bottom <= a.top ? a.top - b.top : a.start - b.start))
          .map((p) => p.i)
          .join(",");
        if (sorted !== "0,1,2") {
          fail(`${where}: on screen the name, help and exit read in the order ${sorted}, not as the Tab order`);
        }

        // Focus is never hidden under the floating control: Tab through
        // the page's first 40 links from halfway down.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        let hidden = 0;
        for (let i = 0; i < 40; i += 1) {
          await page.keyboard.press("Tab");
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const under = await page.evaluate(() => {
            const a = document.activeElement;
            const box = document.querySelector(".exit-box");
            if (!a || !box || box.contains(a) || a === document.body) return false;
            const r = a.getBoundingClientRect();
            const c = box.getBoundingClientRect();
            const inside = r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5 && r.left >= c.left - 0.5 && r.right <= c.right + 0.5;
            return inside ? `"${a.textContent.trim().slice(0, 30)}"` : "";
          });
          if (under) {
            hidden += 1;
            console.log(`${where}: focused ${under} is hidden under Exit this page`);
          }
        }
        if (hidden) {
          fail(`${where}: ${hidden} of 40 focused links were wholly hidden under Exit this page`);
        }
      }
    }
  } finally {
    await browser.closeAndClean();
  }
  console.log(problems === 0 ? "exit layout: no problems" : `exit layout: ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
