// Progressive enhancement only: every form works without this file.
(function () {
  "use strict";
  // Move focus to the error summary so screen readers announce it.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }
  // Stop a double click from sending the form twice (the server also makes a double submit create one case).
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("[data-prevent-double-click]");
      if (!button) { return; }
      if (form.dataset.sent === "1") { return; }
      form.dataset.sent = "1";
      setTimeout(function () { button.disabled = true; }, 0);
      setTimeout(function () { button.disabled = false; form.dataset.sent = ""; }, 8000);
    });
  });
})();
