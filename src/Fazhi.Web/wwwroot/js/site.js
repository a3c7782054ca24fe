// Confirmation before destructive actions: any form or button with data-confirm asks first.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var submitter = event.submitter;
  var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// The page's Content-Security-Policy allows no inline script (ADR 0013): buttons and links say what they do with
// data attributes and this file does it.
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  if (!target) {
    return;
  }
  if (target.closest('[data-print]')) {
    window.print();
    return;
  }
  var back = target.closest('a[data-back]');
  if (back && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
