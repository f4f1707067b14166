(function () {
  "use strict";
  var filter = "all";
  var buttons = document.querySelectorAll("[data-filter]");
  var search = document.getElementById("search");
  var execs = document.querySelectorAll("details.exec");
  function apply() {
    var q = search ? search.value.toLowerCase() : "";
    var shown = 0;
    for (var i = 0; i < execs.length; i++) {
      var el = execs[i];
      var ok = (filter === "all" || el.getAttribute("data-status") === filter) &&
        (q === "" || (el.getAttribute("data-search") || "").indexOf(q) >= 0);
      el.classList.toggle("hidden", !ok);
      if (ok) { shown++; }
    }
    var count = document.getElementById("shown");
    if (count) { count.textContent = String(shown); }
  }
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener("click", function (ev) {
      filter = ev.currentTarget.getAttribute("data-filter");
      for (var j = 0; j < buttons.length; j++) {
        buttons[j].setAttribute("aria-pressed", buttons[j] === ev.currentTarget ? "true" : "false");
      }
      apply();
    });
  }
  if (search) { search.addEventListener("input", apply); }
  var expand = document.getElementById("expand");
  if (expand) {
    expand.addEventListener("click", function () {
      var open = expand.getAttribute("data-open") !== "true";
      for (var i = 0; i < execs.length; i++) { execs[i].open = open; }
      expand.setAttribute("data-open", open ? "true" : "false");
      expand.textContent = open ? "Collapse all" : "Expand all";
    });
  }
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a[href^='#x']") : null;
    if (!a) { return; }
    var el = document.getElementById(a.getAttribute("href").slice(1));
    if (el) { el.open = true; el.classList.remove("hidden"); }
  });
  apply();
}());

// pm.visualizer output: rendered in sandboxed frames (no scripts, no network).
document.querySelectorAll('iframe.vis').forEach(function (f) { f.srcdoc = f.getAttribute('data-html'); });
