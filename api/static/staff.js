// Keep keyboard focus in place when htmx replaces the dashboard (after an action or a refresh):
// remember the focused control by its nearest element with an id and its position there, and
// focus the same place (or the nearest control still there) afterwards.
(function () {
  var CONTROLS = "a[href], button, summary, input:not([type=hidden]), select, textarea";
  var saved = null;
  document.addEventListener("htmx:beforeSwap", function () {
    var active = document.activeElement;
    var holder = active && active !== document.body ? active.closest("[id]") : null;
    saved = holder ? { id: holder.id, index: Array.prototype.indexOf.call(holder.querySelectorAll(CONTROLS), active) } : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    var holder = saved && document.getElementById(saved.id);
    if (!holder) { saved = null; return; }
    var controls = holder.querySelectorAll(CONTROLS);
    var target = controls.length ? controls[Math.max(0, Math.min(saved.index, controls.length - 1))] : holder;
    if (target === holder && !holder.hasAttribute("tabindex")) holder.setAttribute("tabindex", "-1");
    saved = null;
    target.focus({ preventScroll: true });
  });
})();
