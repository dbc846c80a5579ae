/* Search as you type, for the search page only. Without this script the page still lists
   every page A to Z; with it, the hidden search box appears and filters search/index.json.
   Result counts are announced through the page's status region. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box || !window.fetch || !document.querySelector) return;
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var form = box.querySelector("form");
  var root = box.getAttribute("data-root") || "./";
  var entries = null;
  var timer = null;
  var limit = 50;

  box.hidden = false;

  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) input.value = params.get("q");

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  });

  fetch(box.getAttribute("data-index"))
    .then(function (response) {
      if (!response.ok) throw new Error("status " + response.status);
      return response.json();
    })
    .then(function (data) {
      entries = data;
      run();
    })
    .catch(function () {
      status.textContent = "Search is not working right now. Use the list of every page below instead.";
    });

  function score(entry, words) {
    var title = entry.title.toLowerCase();
    var text = title + " " + entry.summary.toLowerCase() + " " + entry.kind.toLowerCase();
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      if (text.indexOf(words[i]) === -1) return 0;
      total += title.indexOf(words[i]) === -1 ? 1 : 3;
    }
    return total;
  }

  function run() {
    var query = input.value.trim();
    while (results.firstChild) results.removeChild(results.firstChild);
    if (!query) {
      status.textContent = "";
      return;
    }
    if (!entries) {
      status.textContent = "Loading the search index…";
      return;
    }
    var words = query.toLowerCase().split(/\s+/);
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], words);
      if (s > 0) found.push({ entry: entries[i], score: s, order: i });
    }
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    var count = found.length;
    var message = count === 0 ? "No results for “" + query + "”."
      : count + (count === 1 ? " result" : " results") + " for “" + query + "”"
        + (count > limit ? ", showing the first " + limit + "." : ".");
    status.textContent = message;
    for (var j = 0; j < Math.min(count, limit); j++) {
      var entry = found[j].entry;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + entry.url;
      link.textContent = entry.title;
      item.appendChild(link);
      var kind = document.createElement("span");
      kind.className = "az-list__kind";
      kind.textContent = " " + entry.kind;
      item.appendChild(kind);
      if (entry.summary) {
        item.appendChild(document.createElement("br"));
        var summary = document.createElement("span");
        summary.className = "hint";
        summary.textContent = entry.summary;
        item.appendChild(summary);
      }
      results.appendChild(item);
    }
  }
})();
