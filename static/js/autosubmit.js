// A filter that applies as soon as it changes: <select data-autosubmit> submits its form, and
// <select data-navigate> opens the address chosen (no inline handlers, which the Content-Security-Policy blocks).
document.addEventListener("change", function (event) {
  var field = event.target;
  if (field.matches && field.matches("[data-autosubmit]") && field.form) {
    field.form.submit();
  } else if (field.matches && field.matches("[data-navigate]") && field.value) {
    window.location.href = field.value;
  }
});
