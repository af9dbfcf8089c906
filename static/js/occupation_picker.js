// The occupation picker's choice handling (occupations/widgets.py); a static file, as the CSP allows no inline script.
if (!window.occupationPickerReady) {
  window.occupationPickerReady = true;
  document.addEventListener("click", function (event) {
    const option = event.target.closest("[data-occupation-code]");
    const picker = option && option.closest("[data-occupation-picker]");
    if (!picker) { document.querySelectorAll(".occupation-options").forEach(function (box) { box.innerHTML = ""; }); return; }
    const input = picker.querySelector("input");
    input.value = option.dataset.occupationCode;
    picker.querySelector(".occupation-chosen").textContent = option.dataset.occupationCode + " " + option.dataset.occupationName;
    const nameField = picker.dataset.nameField && input.form && input.form.elements[picker.dataset.nameField];
    if (nameField && !nameField.value) { nameField.value = option.dataset.occupationName; }
    picker.querySelector(".occupation-options").innerHTML = "";
  });
}
