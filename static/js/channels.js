// Print buttons on receipts and registers (the pages also print with the browser's own menu).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-print]");
  if (button) { window.print(); }
});
