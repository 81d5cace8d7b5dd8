// Keyboard for the search boxes' typeahead (udemy_clone/web/kit/search_box.py): ArrowDown and
// ArrowUp move between the box and its suggestions, Escape closes them. Client-side only.
document.addEventListener("keydown", function (event) {
  var wrap = event.target && event.target.closest ? event.target.closest(".search-wrap") : null;
  if (!wrap) return;
  var items = Array.prototype.slice.call(wrap.querySelectorAll(".suggest-item"));
  var field = wrap.querySelector("input");
  var at = items.indexOf(document.activeElement);
  if (event.key === "ArrowDown" && items.length) {
    event.preventDefault();
    items[Math.min(at + 1, items.length - 1)].focus();
  } else if (event.key === "ArrowUp" && items.length) {
    event.preventDefault();
    if (at <= 0) { field && field.focus(); } else { items[at - 1].focus(); }
  } else if (event.key === "Escape") {
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  }
});
