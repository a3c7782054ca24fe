// Searchable pickers (Tom Select, vendored in /lib/tom-select) for long lists on forms: the power catalogue (~300
// items) and the officers of a township. Without script the plain <select> still works; the form posts the same field.
// A select with data-picker-source offers its own options (the most recent) and asks that address for more as the
// user types (?term=…, answered with [{ value, text }]): the list is too long to write into every form.
(function () {
  if (typeof TomSelect === 'undefined') {
    return;
  }
  document.querySelectorAll('select[data-picker]').forEach(function (select) {
    var multiple = select.getAttribute('data-picker') === 'multiple';
    var source = select.getAttribute('data-picker-source');
    var picker = new TomSelect(select, {
      valueField: 'value',
      labelField: 'text',
      shouldLoad: function (query) { return source !== null && query.trim().length > 0; },
      load: function (query, callback) {
        fetch(source + '&term=' + encodeURIComponent(query.trim()), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) { callback(items); })
          .catch(function () { callback(); });
      },
      plugins: multiple ? ['remove_button'] : [],
      maxOptions: null,
      allowEmptyOption: !multiple,
      placeholder: select.getAttribute('data-placeholder') || '输入以搜索',
      searchField: ['text'],
      hidePlaceholder: false,
      closeAfterSelect: !multiple,
      render: {
        no_results: function () { return '<div class="no-results">没有匹配的选项</div>'; },
        option: function (data, escape) {
          var problem = data.$option && data.$option.classList.contains('officer-problem');
          return '<div class="' + (problem ? 'picker-problem' : '') + '">' + escape(data.text) + '</div>';
        },
        item: function (data, escape) {
          var problem = data.$option && data.$option.classList.contains('officer-problem');
          return '<div class="' + (problem ? 'picker-problem' : '') + '">' + escape(data.text) + '</div>';
        }
      }
    });
    // The label names the original select; the search box Tom Select adds takes that name too (WCAG 1.3.1).
    var label = document.querySelector('label[for="' + select.id + '"]');
    if (label && picker.control_input) {
      picker.control_input.setAttribute('aria-label', label.textContent.trim());
    }
  });
})();
