// careguide: the play buttons of `build --audio`. Each button plays its
// statement's audio file and becomes a Stop button while it plays (its
// name says what a press does, so it is not also a toggle with a
// pressed state: a toggle's name must not change); one
// statement plays at a time; nothing plays until a button is pressed. It
// works from file:// (an Audio element, no fetch).
(function () {
  "use strict";
  var playing = null;
  function label(button) {
    return button.querySelector(".listen-label");
  }
  function stop() {
    if (!playing) return;
    playing.audio.pause();
    playing.audio.currentTime = 0;
    label(playing.button).textContent = playing.button.dataset.listen;
    playing.button.removeAttribute("data-playing");
    playing = null;
  }
  function press(button) {
    var was = playing && playing.button;
    stop();
    if (was === button) return;
    var audio = new Audio(button.dataset.audio);
    playing = { button: button, audio: audio };
    audio.addEventListener("ended", function () {
      if (playing && playing.audio === audio) stop();
    });
    label(button).textContent = button.dataset.stop;
    button.setAttribute("data-playing", "");
    audio.play().catch(stop);
  }
  function start() {
    var buttons = document.querySelectorAll("button.listen[data-audio]");
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      b.dataset.listen = label(b).textContent;
      b.hidden = false;
      b.addEventListener("click", function (e) {
        press(e.currentTarget);
      });
    }
    // Leaving the page quickly (Exit this page, Escape) stops the sound.
    window.addEventListener("pagehide", stop);
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape") stop();
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
