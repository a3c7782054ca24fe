// Searchable pickers (Tom Select, vendored in /lib/tom-select) for long lists on forms: the power catalogue (~300
// items) and the officers of a township. Without script the plain <select> still works; the form posts the same field.
(function () {
  if (typeof TomSelect === 'undefined') {
    return;
  }
  document.querySelectorAll('select[data-picker]').forEach(function (select) {
    var multiple = select.getAttribute('data-picker') === 'multiple';
    var picker = new TomSelect(select, {
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
