/* careguide: "Exit this page".
 *
 * Without JavaScript the "Exit this page" link simply goes to a neutral
 * website. With it, the link and a keyboard shortcut (Shift 3 times, or
 * Escape 2 times, within 2 seconds, like GOV.UK's Exit this page) blank
 * the page at once and replace it in the history, so the Back button does
 * not come back here. Screen readers hear the progress through a live
 * region. The words come from the page (data-* attributes), so they are
 * translated like every other word.
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
  var WINDOW_MS = 2000;
  var shift = { count: 0, timer: null };
  var escape = { count: 0, timer: null };
  var leaving = false;

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
    say(link.getAttribute("data-leaving"));
    // A blank, neutral page straight away: nothing of this page stays on
    // the screen while the other website loads.
    var body = document.body;
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    body.className = "exited";
    document.title = "\u00a0";
    window.location.replace(exitUrl);
  }

  // Counts presses of one key; `needed` presses within the time exit.
  function press(counter, needed, messages) {
    counter.count += 1;
    if (counter.timer) {
      window.clearTimeout(counter.timer);
    }
    if (counter.count >= needed) {
      reset(counter);
      exitPage();
      return;
    }
    say(messages[needed - counter.count]);
    counter.timer = window.setTimeout(function () {
      reset(counter);
    }, WINDOW_MS);
  }

  // Once the top band has scrolled away, the button floats in the corner
  // of the screen; its slot keeps the space so nothing below moves.
  var box = link.parentNode;
  var slot = box.parentNode;
  var band = slot.parentNode;
  if (window.IntersectionObserver && box.classList && band) {
    new window.IntersectionObserver(function (entries) {
      var away = !entries[0].isIntersecting;
      if (away && !box.classList.contains("floating")) {
        slot.style.width = box.offsetWidth + "px";
        slot.style.height = box.offsetHeight + "px";
      } else if (!away) {
        slot.style.width = "";
        slot.style.height = "";
      }
      box.classList.toggle("floating", away);
    }).observe(band);
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
      reset(escape);
      press(shift, 3, {
        2: link.getAttribute("data-two-more"),
        1: link.getAttribute("data-one-more")
      });
    } else if (event.key === "Escape" || event.key === "Esc") {
      reset(shift);
      press(escape, 2, { 1: link.getAttribute("data-escape-one-more") });
    } else {
      // Typing a capital letter is not the shortcut.
      reset(shift);
      reset(escape);
    }
  });

  // Coming back through the browser's history after leaving: leave again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && leaving) {
      window.location.replace(exitUrl);
    }
  });
})();
