// What a narrow window does not show: run in the page (page.evaluate),
// it gives how wide the page is and the first elements that stick out of
// the window sideways or are cut by a box that hides what overflows it.
// Used by site.js (text spacing at 320 px, 400% zoom).
"use strict";

function overflowing() {
  const vw = document.documentElement.clientWidth;
  const over = [];
  for (const el of document.querySelectorAll("body *")) {
    const b = el.getBoundingClientRect();
    if (b.width <= 1 || getComputedStyle(el).position === "fixed") {
      continue;
    }
    // Cut off: wider than its box, in a box that hides it.
    const cut = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "hidden" &&
      !el.classList.contains("visually-hidden") && !el.closest(".visually-hidden, .skip-link, .exit-hint");
    if ((b.right > vw + 1 || b.left < -1 || cut) && !el.closest(".visually-hidden, .skip-link")) {
      over.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(b.left)}..${Math.round(b.right)})`);
    }
  }
  return { scroll: document.documentElement.scrollWidth, vw, over: over.slice(0, 3) };
}

module.exports = { overflowing };
