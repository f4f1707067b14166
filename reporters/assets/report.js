(function () {
  "use strict";
  // Progressive enhancement: without this script every tab panel shows,
  // one under the other; with it, html.js shows one panel per execution.
  document.documentElement.classList.add("js");

  // Tabs, by event delegation: no set-up per execution, so a page of
  // thousands of executions opens as fast as its markup parses.
  function selectTab(tab, focus) {
    var tabs = tab.parentNode.querySelectorAll('[role="tab"]');
    for (var i = 0; i < tabs.length; i++) {
      var t = tabs[i], on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      if (on) { t.removeAttribute("tabindex"); } else { t.setAttribute("tabindex", "-1"); }
      var panel = document.getElementById(t.getAttribute("aria-controls"));
      if (panel) { panel.classList.toggle("on", on); }
    }
    if (focus) { tab.focus(); }
  }
  function closestTab(ev) {
    return ev.target && ev.target.closest ? ev.target.closest('[role="tab"]') : null;
  }
  document.addEventListener("click", function (ev) {
    var tab = closestTab(ev);
    if (tab) { selectTab(tab, false); }
  });
  document.addEventListener("keydown", function (ev) {
    var tab = closestTab(ev);
    if (!tab) { return; }
    var tabs = Array.prototype.slice.call(tab.parentNode.querySelectorAll('[role="tab"]'));
    var i = tabs.indexOf(tab), n = tabs.length, j = -1;
    switch (ev.key) {
    case "ArrowRight": j = (i + 1) % n; break;
    case "ArrowLeft": j = (i + n - 1) % n; break;
    case "Home": j = 0; break;
    case "End": j = n - 1; break;
    }
    if (j >= 0) {
      ev.preventDefault();
      selectTab(tabs[j], true);
    }
  });

  // A closed execution's details come as the text of a <noscript> (which
  // a browser running scripts parses as text, not as elements: a page of
  // thousands of executions opens in the time it takes to read it, and
  // without scripts the details show as they are); they become elements
  // when the execution is first opened.
  function materialize(d) {
    var lazy = d.querySelector(":scope > noscript.lazy");
    if (!lazy) { return; }
    var t = document.createElement("template");
    t.innerHTML = lazy.textContent;
    lazy.replaceWith(t.content);
    frames(d);
  }
  // pm.visualizer output: rendered in sandboxed frames (no scripts, no network).
  function frames(root) {
    var fs = root.querySelectorAll("iframe.vis");
    for (var i = 0; i < fs.length; i++) {
      if (!fs[i].hasAttribute("srcdoc")) { fs[i].srcdoc = fs[i].getAttribute("data-html"); }
    }
  }
  // before a click opens it (no empty frame), and whenever it opens
  document.addEventListener("click", function (ev) {
    var s = ev.target && ev.target.closest ? ev.target.closest("details.exec > summary") : null;
    if (s) { materialize(s.parentNode); }
  }, true);
  document.addEventListener("toggle", function (ev) {
    var d = ev.target;
    if (d.open && d.classList && d.classList.contains("exec")) { materialize(d); }
  }, true);

  function init() {
    var filter = "all", iteration = "all";
    var buttons = document.querySelectorAll("[data-filter]");
    var iterButtons = document.querySelectorAll("#iterations [data-iteration]");
    var search = document.getElementById("search");
    var sections = document.querySelectorAll("section.iteration");
    var folders = null, execs = null;
    // apply shows the executions the filter, the search and the iteration
    // switcher select, and the folders and iterations holding them.
    function apply() {
      if (!execs) {
        execs = document.querySelectorAll("details.exec");
        folders = document.querySelectorAll("details.folder");
      }
      var q = search ? search.value.toLowerCase() : "";
      var narrowed = filter !== "all" || q !== "";
      for (var i = 0; i < execs.length; i++) {
        var el = execs[i];
        var ok = (filter === "all" || el.getAttribute("data-status") === filter) &&
          (q === "" || (el.getAttribute("data-search") || "").indexOf(q) >= 0);
        el.classList.toggle("hidden", !ok);
      }
      for (var f = 0; f < folders.length; f++) {
        var has = folders[f].querySelector("details.exec:not(.hidden)") !== null;
        folders[f].classList.toggle("hidden", !has);
        if (has && narrowed) { folders[f].open = true; }
      }
      var shown = 0;
      for (var s = 0; s < sections.length; s++) {
        var sec = sections[s];
        var on = iteration === "all" || sec.getAttribute("data-iteration") === iteration;
        sec.classList.toggle("hidden", !on);
        if (on) { shown += sec.querySelectorAll("details.exec:not(.hidden)").length; }
      }
      var count = document.getElementById("shown");
      if (count) { count.textContent = String(shown); }
    }
    function press(list, current) {
      for (var j = 0; j < list.length; j++) {
        list[j].setAttribute("aria-pressed", list[j] === current ? "true" : "false");
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (ev) {
        filter = ev.currentTarget.getAttribute("data-filter");
        press(buttons, ev.currentTarget);
        apply();
      });
    }
    function setIteration(n) {
      iteration = n;
      for (var j = 0; j < iterButtons.length; j++) {
        if (iterButtons[j].getAttribute("data-iteration") === n) { press(iterButtons, iterButtons[j]); }
      }
      apply();
    }
    for (var k = 0; k < iterButtons.length; k++) {
      iterButtons[k].addEventListener("click", function (ev) {
        setIteration(ev.currentTarget.getAttribute("data-iteration"));
      });
    }
    if (search) {
      search.addEventListener("input", apply);
      if (search.value) { apply(); } // a value the browser restored
    }
    var expand = document.getElementById("expand");
    if (expand) {
      expand.addEventListener("click", function () {
        var open = expand.getAttribute("data-open") !== "true";
        var all = document.querySelectorAll("details.exec, details.folder");
        for (var i = 0; i < all.length; i++) {
          if (open && all[i].classList.contains("exec")) { materialize(all[i]); }
          all[i].open = open;
        }
        expand.setAttribute("data-open", open ? "true" : "false");
        expand.textContent = open ? "Collapse all" : "Expand all";
      });
    }
    // reveal opens an execution a link points at, with its folders, and
    // shows it whatever the filters hide.
    function reveal(id) {
      var el = document.getElementById(id);
      if (!el || !el.classList.contains("exec")) { return; }
      var sec = el.closest("section.iteration");
      if (sec && sec.classList.contains("hidden")) { setIteration("all"); }
      materialize(el);
      for (var p = el; p; p = p.parentElement) {
        if (p.tagName === "DETAILS") { p.open = true; p.classList.remove("hidden"); }
      }
    }
    function revealHash() {
      var id = location.hash.slice(1);
      reveal(id);
      var el = id && document.getElementById(id);
      if (el && el.classList.contains("exec")) { el.scrollIntoView(); }
    }
    if (location.hash) { revealHash(); }
    window.addEventListener("hashchange", revealHash);
    document.addEventListener("click", function (ev) {
      var a = ev.target.closest ? ev.target.closest("a[href^='#x']") : null;
      if (a) { reveal(a.getAttribute("href").slice(1)); }
    });
    frames(document);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
