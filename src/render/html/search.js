// Search and keys, offline and from file://. The page works without it:
// the search form stays hidden, and the links do the paging.
//
// - Left and Right arrows (when not typing, and when the page does not
//   scroll sideways) go to the previous and next page: on a right-to-left
//   page the next page is on the left, as its "Next" link is. There is no
//   single-letter shortcut (such as "/"): WCAG 2.1.4 asks that a
//   character key alone does nothing unless it can be turned off, as
//   speech input types such keys by itself;
// - the search field finds pages and words explained in this edition,
//   whatever the case and the accents ("zrodlo" finds "źródło", "اطفال"
//   finds "أطفال"), and a live region says how many pages it found.
//
// The index (search-index.js, beside the pages) is added to the page the
// first time the reader goes to the search field. Results are built with
// text nodes only: no word from the index is ever read as HTML.
(function () {
  "use strict";

  var form = document.getElementById("search");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");

  function typing(el) {
    return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) {
      return;
    }
    if (typing(e.target)) {
      if (e.key === "Escape" && e.target === input && input.value !== "") {
        input.value = "";
        show(null);
      }
      return;
    }
    var root = document.documentElement;
    if ((e.key === "ArrowLeft" || e.key === "ArrowRight") && root.scrollWidth <= root.clientWidth) {
      var rtl = root.getAttribute("dir") === "rtl";
      var forward = (e.key === "ArrowRight") !== rtl;
      var link = document.querySelector(forward ? ".pager a[rel~='next']" : ".pager a[rel~='prev']");
      if (link) {
        e.preventDefault();
        window.location.href = link.href;
      }
    }
  });

  if (!form || !input || !status || !list) {
    return;
  }
  form.hidden = false;

  // Folding: lower case, no accents or vowel marks, one form of the
  // letters that are written in two ways (Arabic and Persian yeh and kaf,
  // alef with hamza), no tatweel or joiners, one apostrophe, Western
  // digits. Each folded character remembers where it came from, to mark
  // the match in the original words.
  var SAME = {
    "ł": "l", "đ": "d", "ø": "o", "ß": "ss", "ı": "i", "æ": "ae", "œ": "oe",
    "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه",
    "ـ": "", "\u200c": "", "\u200d": "", "\u00ad": "", "\u2068": "", "\u2069": "",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'",
  };
  var MARKS = /\p{M}/gu;

  function foldChar(ch) {
    var c = ch.toLowerCase();
    if (Object.prototype.hasOwnProperty.call(SAME, c)) {
      return SAME[c];
    }
    var code = c.codePointAt(0);
    if (code >= 0x660 && code <= 0x669) {
      return String(code - 0x660);
    }
    if (code >= 0x6f0 && code <= 0x6f9) {
      return String(code - 0x6f0);
    }
    var f = c.normalize("NFD").replace(MARKS, "");
    return SAME[f] !== undefined ? SAME[f] : f;
  }

  function fold(s) {
    var text = "";
    var at = [];
    for (var i = 0; i < s.length; ) {
      var ch = String.fromCodePoint(s.codePointAt(i));
      var f = foldChar(ch);
      for (var k = 0; k < f.length; k += 1) {
        text += f[k];
        at.push(i);
      }
      i += ch.length;
    }
    at.push(s.length);
    return { text: text, at: at };
  }

  var index = null;
  var loading = false;

  function prepare(raw) {
    return {
      lang: raw.lang,
      dir: raw.dir,
      pages: raw.pages.map(function (p) {
        return {
          url: p.url,
          title: p.title,
          folded: fold(p.title).text,
          sections: p.sections.map(function (s) {
            return { anchor: s[0], words: s[1], folded: fold(s[1]) };
          }),
        };
      }),
    };
  }

  function load() {
    if (index || loading) {
      return;
    }
    if (window.careguideSearchIndex) {
      index = prepare(window.careguideSearchIndex);
      return;
    }
    loading = true;
    var script = document.createElement("script");
    script.src = form.getAttribute("data-index");
    script.onload = function () {
      loading = false;
      if (window.careguideSearchIndex) {
        index = prepare(window.careguideSearchIndex);
        run();
      }
    };
    script.onerror = function () {
      loading = false;
    };
    document.head.appendChild(script);
  }

  function find(query) {
    var words = fold(query).text.split(/[\s.,;:!?()"«»„“”/\\-]+/).filter(Boolean);
    if (words.length === 0) {
      return null;
    }
    var found = [];
    index.pages.forEach(function (page, order) {
      var score = 0;
      var first = null;
      for (var w = 0; w < words.length; w += 1) {
        var inTitle = page.folded.indexOf(words[w]) >= 0;
        var hit = null;
        for (var s = 0; s < page.sections.length && !hit; s += 1) {
          var at = page.sections[s].folded.text.indexOf(words[w]);
          if (at >= 0) {
            hit = { section: page.sections[s], at: at, length: words[w].length };
          }
        }
        if (!inTitle && !hit) {
          return;
        }
        score += inTitle ? 10 : 1;
        if (!first && hit) {
          first = hit;
        }
      }
      found.push({ page: page, hit: first, score: score, order: order });
    });
    found.sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    });
    return found;
  }

  // The words around a match, with the match marked.
  function snippet(hit) {
    var p = document.createElement("p");
    var words = hit.section.words;
    var at = hit.section.folded.at;
    var start = at[hit.at];
    var end = at[hit.at + hit.length];
    var from = Math.max(0, words.lastIndexOf(" ", Math.max(0, start - 60)));
    var to = words.indexOf(" ", Math.min(words.length, end + 80));
    if (to < 0) {
      to = words.length;
    }
    p.appendChild(document.createTextNode((from > 0 ? "… " : "") + words.slice(from, start).trimStart()));
    var mark = document.createElement("mark");
    mark.textContent = words.slice(start, end);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(words.slice(end, to) + (to < words.length ? " …" : "")));
    return p;
  }

  function show(found) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (found === null) {
      status.textContent = "";
      list.hidden = true;
      return;
    }
    var pageLang = document.documentElement.getAttribute("lang");
    if (index.lang !== pageLang) {
      list.setAttribute("lang", index.lang);
      list.setAttribute("dir", index.dir);
    }
    found.forEach(function (f) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      var url = f.page.url;
      if (f.hit && f.hit.section.anchor && url.indexOf("#") < 0) {
        url += "#" + f.hit.section.anchor;
      }
      a.href = url;
      a.textContent = f.page.title;
      li.appendChild(a);
      if (f.hit) {
        li.appendChild(snippet(f.hit));
      }
      list.appendChild(li);
    });
    list.hidden = found.length === 0;
    status.textContent =
      found.length === 0
        ? form.getAttribute("data-none")
        : form.getAttribute("data-found") + " " + found.length;
  }

  var timer = null;

  function run() {
    if (!index) {
      load();
      return;
    }
    show(find(input.value));
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
})();
