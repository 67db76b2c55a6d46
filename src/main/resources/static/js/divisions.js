/* The place selects (templates/shared/divisions.html): choosing a level loads the next one. Plain script, no
   inline code (the pages' content security policy allows only scripts from this site). */
(function () {
  'use strict';

  function init(box) {
    if (box.getAttribute('data-cascade-ready')) {
      return;
    }
    box.setAttribute('data-cascade-ready', '1');
    var url = box.getAttribute('data-children-url');
    var selects = [1, 2, 3].map(function (level) {
      return box.querySelector('select[data-level="' + level + '"]');
    });

    function clearFrom(index) {
      for (var i = index; i < selects.length; i++) {
        selects[i].length = 1;
        selects[i].value = '';
        selects[i].hidden = true;
      }
    }

    function fill(select, options, placeholder, label) {
      select.options[0].text = placeholder;
      if (label) {
        select.setAttribute('aria-label', label); // a municipality's second level is 区县, a province's 城市
      }
      options.forEach(function (option) {
        select.add(new Option(option.name, option.code));
      });
      select.hidden = options.length === 0;
    }

    [0, 1].forEach(function (index) {
      var select = selects[index];
      select.addEventListener('change', function () {
        var code = select.value;
        clearFrom(index + 1);
        if (!code) {
          return;
        }
        fetch(url + encodeURIComponent(code) + '/children', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (options) {
            if (select.value !== code) {
              return; // the user has chosen again meanwhile
            }
            var districts = index === 1 || options.every(function (o) { return o.leaf; });
            fill(selects[index + 1], options, box.getAttribute(districts ? 'data-choose-district' : 'data-choose-city'),
                box.getAttribute(districts ? 'data-label-district' : 'data-label-city'));
          })
          .catch(function () { /* the server still checks the choice and says what is missing */ });
      });
    });
  }

  document.querySelectorAll('[data-division-cascade]').forEach(init);
})();
