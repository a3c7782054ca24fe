// The phone form of a 普法 activity: show only the place field the chosen venue needs (village list, school list).
// Without script every field stays visible and the server checks the venue.
(function () {
  var form = document.querySelector('.activity-form');
  if (!form) { return; }
  function update() {
    var chosen = form.querySelector('input[data-venue]:checked');
    var venue = chosen ? chosen.value : '';
    form.querySelectorAll('[data-venue-field]').forEach(function (field) {
      field.hidden = venue !== '' && field.getAttribute('data-venue-field') !== venue;
    });
  }
  form.addEventListener('change', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-venue')) { update(); }
  });
  update();
})();
