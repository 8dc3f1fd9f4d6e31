/* careguide: "Exit this page".
 *
 * Without JavaScript the "Exit this page" link simply goes to a neutral
 * website. With it, the link and a keyboard shortcut (Shift 3 times, each
 * press within 5 seconds of the last, as GOV.UK's Exit this page; not
 * Escape, which also stops a page loading) blank the page at once and
 * replace it in the history, so the Back button does not come back here.
 * Each press fills one of three dots beside the button, and screen
 * readers hear the progress through a live region that stays on the
 * blanked page, so "Leaving this page" is read too. The words come from
 * the page (data-* attributes), so they are translated like every other
 * word.
 */
(function () {
  "use strict";

  var link = document.getElementById("exit");
  if (!link || !document.addEventListener) {
    return;
  }
  var exitUrl = link.getAttribute("href");
  var status = document.getElementById("exit-status");
  var hint = document.getElementById("exit-hint");
  var WINDOW_MS = 5000;
  var NEEDED = 3;
  var shift = { count: 0, timer: null };
  var leaving = false;

  // The visible progress: three dots, one filled for each Shift press.
  var progress = document.createElement("span");
  progress.className = "exit-progress";
  progress.setAttribute("aria-hidden", "true");
  progress.hidden = true;
  for (var d = 0; d < NEEDED; d += 1) {
    progress.appendChild(document.createElement("span"));
  }
  link.parentNode.appendChild(progress);

  function showProgress(count) {
    progress.hidden = count === 0;
    for (var i = 0; i < NEEDED; i += 1) {
      progress.children[i].className = i < count ? "on" : "";
    }
  }

  // The shortcut only exists with JavaScript, so only now is it shown.
  if (hint) {
    hint.hidden = false;
    link.setAttribute("aria-describedby", "exit-hint");
  }

  function say(text) {
    if (!status || !text) {
      return;
    }
    // Emptied first so the same words are read again.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  function reset(counter) {
    counter.count = 0;
    showProgress(0);
    if (counter.timer) {
      window.clearTimeout(counter.timer);
      counter.timer = null;
    }
  }

  function exitPage() {
    if (leaving) {
      return;
    }
    leaving = true;
    // A blank, neutral page straight away: nothing of this page stays on
    // the screen while the other website loads. The live region stays,
    // so what it says is read.
    var body = document.body;
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    body.className = "exited";
    document.title = "\u00a0";
    if (status) {
      status.textContent = link.getAttribute("data-leaving") || "";
      body.appendChild(status);
    }
    // A moment for the screen reader to start reading, then leave.
    window.setTimeout(function () {
      window.location.replace(exitUrl);
    }, 150);
  }

  // Counts Shift presses; NEEDED presses, each within WINDOW_MS of the
  // last, exit.
  function press(counter, messages) {
    counter.count += 1;
    if (counter.timer) {
      window.clearTimeout(counter.timer);
    }
    if (counter.count >= NEEDED) {
      counter.count = 0;
      showProgress(NEEDED);
      exitPage();
      return;
    }
    showProgress(counter.count);
    say(messages[NEEDED - counter.count]);
    counter.timer = window.setTimeout(function () {
      reset(counter);
    }, WINDOW_MS);
  }

  // Once the top band has scrolled away, the button floats: in the
  // corner of the window where the margin beside the text is wide enough
  // for it, otherwise as a band across the top of the window (a line
  // under a band is hidden whole, never cut). Its slot keeps the space so
  // nothing below moves.
  var box = link.parentNode;
  var slot = box.parentNode;
  var band = slot.parentNode;
  var root = document.documentElement;
  var main = document.getElementById("main");

  // The free margin beside the text, on the side the button floats to.
  function margin() {
    if (!main) {
      return 0;
    }
    var r = main.getBoundingClientRect();
    var style = window.getComputedStyle(main);
    if (style.direction === "rtl") {
      return r.left + parseFloat(style.paddingLeft);
    }
    return root.clientWidth - r.right + parseFloat(style.paddingRight);
  }

  function place(away) {
    // In its place at the top and already there (the first call, as the
    // page loads): nothing to measure, so no layout is forced.
    if (!away && !box.classList.contains("floating")) {
      return;
    }
    if (away && !box.classList.contains("floating")) {
      slot.style.width = box.offsetWidth + "px";
      slot.style.height = box.offsetHeight + "px";
    } else if (!away) {
      slot.style.width = "";
      slot.style.height = "";
    }
    // 0.5rem from the window's edge and as much again from the text.
    var gap = parseFloat(window.getComputedStyle(root).fontSize);
    var corner = margin() >= slot.offsetWidth + gap;
    box.classList.toggle("floating", away);
    box.classList.toggle("band", away && !corner);
    // A focused link scrolls into view below the band, not under it.
    root.style.scrollPaddingBlockStart = away && !corner ? box.offsetHeight + gap + "px" : "";
  }

  if (window.IntersectionObserver && box.classList && band) {
    var away = false;
    new window.IntersectionObserver(function (entries) {
      away = !entries[0].isIntersecting;
      place(away);
    }).observe(band);
    window.addEventListener("resize", function () {
      place(away);
    });
    // Browsers do not scroll a focused link out from under a band that
    // is already over it: move the page so the link shows below it.
    document.addEventListener("focusin", function (event) {
      if (!box.classList.contains("band") || box.contains(event.target) || !event.target.getBoundingClientRect) {
        return;
      }
      var under = box.getBoundingClientRect().bottom - event.target.getBoundingClientRect().top;
      if (under > 0) {
        window.scrollBy(0, -under - 8);
      }
    });
  }

  link.addEventListener("click", function (event) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    exitPage();
  });

  document.addEventListener("keydown", function (event) {
    if (event.repeat) {
      return;
    }
    if (event.key === "Shift") {
      press(shift, {
        2: link.getAttribute("data-two-more"),
        1: link.getAttribute("data-one-more")
      });
    } else {
      // Typing a capital letter is not the shortcut.
      reset(shift);
    }
  });

  // Coming back through the browser's history after leaving: leave again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && leaving) {
      window.location.replace(exitUrl);
    }
  });
})();
