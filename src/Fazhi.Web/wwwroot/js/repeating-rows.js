// Repeating rows (meeting views, risk points, draft options): the form is served with spare blank rows, which the
// server ignores; this adds a button that appends one more row, renumbering its field names (Views[5].Member) and ids.
(function () {
  function renumber(row, index) {
    row.querySelectorAll('[name],[id],[for],[data-valmsg-for]').forEach(function (el) {
      ['name', 'id', 'for', 'data-valmsg-for'].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) {
          el.setAttribute(attr, value.replace(/\[\d+\]/, '[' + index + ']').replace(/-\d+-/, '-' + index + '-'));
        }
      });
    });
    var number = row.querySelector('[data-row-number]');
    if (number) {
      number.textContent = String(index + 1);
    }
  }

  function clear(row) {
    row.querySelectorAll('input, textarea, select').forEach(function (el) {
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = false;
      } else if (el.type === 'hidden') {
        return;
      } else if (el.tagName === 'SELECT') {
        el.selectedIndex = 0;
      } else {
        el.value = '';
      }
      el.classList.remove('input-validation-error');
    });
    row.querySelectorAll('.field-error').forEach(function (el) { el.textContent = ''; });
  }

  document.querySelectorAll('[data-repeating]').forEach(function (container) {
    var body = container.querySelector('[data-rows]') || container;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-outline-secondary btn-sm';
    button.textContent = container.getAttribute('data-add-label') || '增加一行';
    button.addEventListener('click', function () {
      var rows = body.querySelectorAll('[data-row]');
      var last = rows[rows.length - 1];
      var copy = last.cloneNode(true);
      clear(copy);
      renumber(copy, rows.length);
      last.after(copy);
      var first = copy.querySelector('input:not([type=hidden]), textarea, select');
      if (first) {
        first.focus();
      }
    });
    container.appendChild(button);
  });
})();
