// 增加一行 / 删除 of the deposit form's rows without a round-trip to the server. Without script the same buttons
// post the form and the server adds or removes the row (DepositRows), so this file only saves that round-trip.
(function () {
  'use strict';

  function renumber(section) {
    var list = section.getAttribute('data-rows');
    var rows = section.querySelectorAll('.row-card');
    var add = section.querySelector('.add-row');
    rows.forEach(function (row, index) {
      row.querySelectorAll('[name], [id], label[for]').forEach(function (el) {
        ['name', 'id', 'for'].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value) {
            el.setAttribute(attr, value.replace(new RegExp(list + '(\\[)?\\d+(\\])?\\.'), function (m, open, close) {
              return list + (open || '') + index + (close || '') + '.';
            }));
          }
        });
      });
      var remove = row.querySelector('.remove-row');
      if (remove) {
        remove.value = 'remove:' + list + ':' + index;
      }
      var legend = row.querySelector('legend');
      if (legend) {
        legend.textContent = legend.textContent.replace(/\d+/, String(index + 1));
      }
    });
    if (add) {
      add.disabled = rows.length >= Number(section.getAttribute('data-max') || 99);
    }
  }

  function clear(row) {
    row.querySelectorAll('input').forEach(function (input) {
      input.value = '';
      input.classList.remove('invalid');
    });
    row.querySelectorAll('.field-error').forEach(function (p) { p.remove(); });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[name="rowAction"]');
    if (!button) {
      return;
    }
    var section = button.closest('[data-rows]');
    if (!section) {
      return;
    }
    event.preventDefault();
    var rows = section.querySelectorAll('.row-card');
    if (button.classList.contains('add-row')) {
      var copy = rows[rows.length - 1].cloneNode(true);
      clear(copy);
      rows[rows.length - 1].after(copy);
      renumber(section);
      var first = copy.querySelector('input');
      if (first) {
        first.focus();
      }
    } else if (rows.length > 1) {
      button.closest('.row-card').remove();
      renumber(section);
    } else {
      clear(button.closest('.row-card'));
    }
  });
})();
