// Keyboard shortcuts of the legalisation queue (the legend on each page lists them).
// Queue: j/k select the next/previous card, Enter opens it. Card: a/r/t choose the decision,
// Enter saves, j/k open the next/previous card, Esc leaves a text field.
(function () {
  "use strict";
  var typing = function (el) { return el && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && el.type !== "radio"; };
  var table = document.querySelector("[data-shortcuts=queue]");
  var form = document.querySelector("[data-shortcuts=card]");
  var go = function (rel) { var link = document.querySelector("a[rel=" + rel + "]"); if (link) { location.href = link.href; } };
  function choose(value) {
    var radio = form.querySelector("input[name=decision][value=" + value + "]");
    radio.checked = true;
    var needsReason = value !== "disahkan";
    form.querySelector("select[name=reason]").required = needsReason;
    form.querySelector("textarea[name=note]").required = needsReason;
    (needsReason ? form.querySelector("select[name=reason]") : form.querySelector("button[type=submit]")).focus();
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey) { return; }
    if (typing(document.activeElement)) {
      if (event.key === "Escape") { document.activeElement.blur(); }
      return;
    }
    if (table) {
      var links = Array.prototype.slice.call(table.querySelectorAll("a.open"));
      var at = links.indexOf(document.activeElement);
      if (event.key === "j" || event.key === "k") {
        var next = event.key === "j" ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
        if (links[next]) { links[next].focus(); event.preventDefault(); }
      }
      return;
    }
    if (event.key === "j") { go("next"); } else if (event.key === "k") { go("prev"); }
    if (!form) { return; }
    var map = {a: "disahkan", r: "revisi", t: "ditolak"};
    if (map[event.key]) { choose(map[event.key]); event.preventDefault(); }
  });
  if (form) {
    form.addEventListener("change", function (event) {
      if (event.target.name === "decision") {
        var needsReason = event.target.value !== "disahkan";
        form.querySelector("select[name=reason]").required = needsReason;
        form.querySelector("textarea[name=note]").required = needsReason;
      }
    });
  }
})();
