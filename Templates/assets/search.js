// Search over the index in search/index.js: runs in the browser, no server, no third party.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var entries = window.DOSSIER_SEARCH || [];
  var form = document.querySelector(".search-form");
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list || !status) return;
  if (!entries.length) { status.textContent = "The search index could not be loaded."; return; }

  function fold(text) {
    return String(text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  var rank = { Topic: 1, Actor: 2, Weapon: 3, Article: 4, Claim: 5 };
  var haystacks = entries.map(function (e) { return fold(e.t + " " + e.x + " " + e.d + " " + e.k); });

  function render(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = "Type to search."; return; }
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var h = haystacks[i];
      if (words.every(function (w) { return h.indexOf(w) !== -1; })) hits.push(i);
    }
    // Pages about things first (topics, actors, weapons, articles), then claims; each in index order.
    hits.sort(function (a, b) { return (rank[entries[a].k] || 9) - (rank[entries[b].k] || 9) || a - b; });
    var total = hits.length;
    hits = hits.slice(0, 100).map(function (i) { return entries[i]; });
    status.textContent = total === 0 ? "Nothing found." :
      total > 100 ? "The first 100 of " + total + " results." : total + (total === 1 ? " result." : " results.");
    hits.forEach(function (e) {
      var li = document.createElement("li");
      var head = document.createElement("p");
      head.className = "result-meta";
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e.k;
      head.appendChild(kind);
      // Beside the kind: the date of a claim or an article, the category of a weapon, the status of a topic.
      var detail = e.d;
      if (detail) {
        var d = document.createElement("span");
        d.className = "meta";
        d.textContent = detail;
        head.appendChild(d);
      }
      var title = document.createElement("p");
      title.className = "result-title";
      var a = document.createElement("a");
      a.href = root + e.h;
      a.textContent = e.t;
      title.appendChild(a);
      li.appendChild(head);
      li.appendChild(title);
      if (e.k === "Claim" && e.x) {
        // The passages a claim quotes, shortened.
        var x = document.createElement("p");
        x.className = "result-text";
        x.textContent = e.x.length > 220 ? e.x.slice(0, 220).replace(/\s+\S*$/, "") + " …" : e.x;
        li.appendChild(x);
      }
      list.appendChild(li);
    });
  }

  function remember(query) {
    if (!window.history || !history.replaceState) return;
    var url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    try { history.replaceState(null, "", url); } catch (e) { /* file:// pages may refuse */ }
  }

  input.addEventListener("input", function () { render(input.value); remember(input.value); });
  if (form) form.addEventListener("submit", function (event) { event.preventDefault(); render(input.value); remember(input.value); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; }
  render(input.value);
})();
