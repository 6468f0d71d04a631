// Search over the index in search/index.js: runs in the browser, no server, no third party.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var entries = window.DOSSIER_SEARCH || [];
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;

  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  var haystacks = entries.map(function (e) { return fold(e.t + " " + e.x + " " + e.d); });

  function render(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = "Type to search."; return; }
    var hits = [];
    for (var i = 0; i < entries.length && hits.length < 100; i++) {
      var h = haystacks[i];
      if (words.every(function (w) { return h.indexOf(w) !== -1; })) hits.push(entries[i]);
    }
    status.textContent = hits.length === 100 ? "The first 100 results." : hits.length + (hits.length === 1 ? " result." : " results.");
    hits.forEach(function (e) {
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e.k;
      var a = document.createElement("a");
      a.href = root + e.h;
      a.textContent = e.t;
      li.appendChild(kind);
      li.appendChild(a);
      if (e.d) {
        var d = document.createElement("span");
        d.className = "meta";
        d.textContent = " · " + e.d;
        li.appendChild(d);
      }
      list.appendChild(li);
    });
  }

  input.addEventListener("input", function () { render(input.value); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; }
  render(input.value);
})();
