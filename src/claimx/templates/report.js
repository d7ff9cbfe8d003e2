// claimx report: tooltips on hover and keyboard focus, panel links that scroll to and focus a
// highlight, and n / p to move between highlights. No outside resources.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var marks = Array.prototype.slice.call(document.querySelectorAll("[data-tip]"));

  function show(el) {
    tip.textContent = el.getAttribute("data-tip");
    tip.hidden = false;
    // above the highlight's first line, or below its last when there is no room above: never over it
    var rects = el.getClientRects();
    var first = rects[0] || el.getBoundingClientRect(), last = rects[rects.length - 1] || first;
    var left = Math.max(8, Math.min(first.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    var top = first.top + window.scrollY - tip.offsetHeight - 6;
    if (first.top - tip.offsetHeight - 12 < 0) top = last.bottom + window.scrollY + 6;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function hide() { tip.hidden = true; }
  function markOf(node) { return node && node.closest ? node.closest("[data-tip]") : null; }

  document.addEventListener("mouseover", function (e) { var m = markOf(e.target); if (m) show(m); });
  document.addEventListener("mouseout", function (e) { if (markOf(e.target) && document.activeElement !== markOf(e.target)) hide(); });
  document.addEventListener("focusin", function (e) { var m = markOf(e.target); if (m) show(m); else hide(); });
  document.addEventListener("focusout", hide);

  function go(el) {
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
  }
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("a[data-target]");
    if (!link) return;
    var el = document.getElementById(link.getAttribute("data-target"));
    if (!el) return;
    e.preventDefault();
    go(el);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); return; }
    if (e.altKey || e.ctrlKey || e.metaKey || (e.key !== "n" && e.key !== "p")) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (!marks.length) return;
    var i = marks.indexOf(markOf(document.activeElement));
    if (i < 0) {
      // from the reading position: the first highlight below the top of the window
      i = marks.findIndex(function (m) { return m.getBoundingClientRect().top > 0; });
      if (i < 0) i = marks.length - 1;
      if (e.key === "n") i -= 1;
    }
    var next = marks[(i + (e.key === "n" ? 1 : -1) + marks.length) % marks.length];
    e.preventDefault();
    go(next);
  });
})();
