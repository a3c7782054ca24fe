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
