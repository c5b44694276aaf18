// Claims report: focusing or clicking a highlighted claim shows its evidence card.
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.claim"));
  if (!marks.length) { return; }
  var hint = document.getElementById("ev-hint");
  var panel = document.getElementById("evidence");
  var current = null;

  // A price claim's card borrows the page's chart of its dates, with that claim in front.
  function bringChart(card, key) {
    var slot = card.querySelector(".chart-slot");
    if (!slot) { return; }
    var fig = document.getElementById(slot.getAttribute("data-chart"));
    if (!fig) { return; }
    slot.appendChild(fig);
    fig.classList.add("has-active");
    Array.prototype.forEach.call(fig.querySelectorAll('g[id^="claim"]'), function (g) {
      g.classList.toggle("dim", g.id.indexOf("claim" + key + "-") !== 0);
    });
  }

  function returnChart(card) {
    var fig = card.querySelector(".chart-slot .chart");
    if (!fig) { return; }
    var home = document.getElementById("home-" + fig.id);
    fig.classList.remove("has-active");
    if (home) { home.appendChild(fig); }
  }

  function show(mark) {
    if (current === mark) { return; }
    if (current) {
      current.classList.remove("selected");
      current.setAttribute("aria-pressed", "false");
      var old = document.getElementById("ev-" + current.dataset.key);
      if (old) { returnChart(old); old.hidden = true; }
    }
    current = mark;
    mark.classList.add("selected");
    mark.setAttribute("aria-pressed", "true");
    var card = document.getElementById("ev-" + mark.dataset.key);
    if (card) { bringChart(card, mark.dataset.key); card.hidden = false; }
    if (hint) { hint.hidden = true; }
    if (panel) { panel.scrollTop = 0; }
  }

  function go(key) {
    var mark = document.getElementById("c-" + key);
    if (mark) { mark.focus(); show(mark); }
  }

  marks.forEach(function (mark) {
    mark.addEventListener("focus", function () { show(mark); });
    mark.addEventListener("click", function () { show(mark); });
    mark.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); show(mark); }
    });
  });

  document.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a[data-goto]") : null;
    if (link) { ev.preventDefault(); go(link.getAttribute("data-goto")); }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var tag = (ev.target && ev.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA") { return; }
    if (ev.key !== "n" && ev.key !== "p") { return; }
    var i = current ? marks.indexOf(current) : -1;
    i = ev.key === "n" ? Math.min(marks.length - 1, i + 1) : Math.max(0, i - 1);
    marks[i].focus();
    show(marks[i]);
  });

  var m = /^#c-(\d+)$/.exec(window.location.hash);
  if (m) { go(m[1]); }
}());
