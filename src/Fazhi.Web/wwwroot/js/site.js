// Fazhi's page behaviour, loaded on every page (no inline script: the pages' Content-Security-Policy forbids it).

// Confirmation before destructive actions: any form or button with data-confirm asks first.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var submitter = event.submitter;
  var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// data-print prints the page; data-back goes back in history (links keep an href for when script is off).
document.addEventListener('click', function (event) {
  var target = event.target.closest && event.target.closest('[data-print], [data-back]');
  if (!target) {
    return;
  }
  if (target.hasAttribute('data-print')) {
    event.preventDefault();
    window.print();
  } else if (window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});

// A table wider than its box scrolls inside .table-responsive; keyboard users must be able to reach and scroll it,
// so such a box becomes a focusable, named region (WCAG 2.1.1). Re-checked when the window changes size.
function markScrollableTables() {
  document.querySelectorAll('.table-responsive').forEach(function (box) {
    if (box.scrollWidth > box.clientWidth + 1) {
      if (!box.hasAttribute('tabindex')) {
        var table = box.querySelector('table');
        var caption = table && table.querySelector('caption');
        var section = box.closest('section');
        var heading = section && section.querySelector('h2, h3');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', (caption || heading || { textContent: '表格' }).textContent.trim() + '（可左右滚动）');
      }
    } else if (box.getAttribute('role') === 'region') {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  });
}
markScrollableTables();
window.addEventListener('resize', markScrollableTables);
