/* 注册院校用户: choosing a department loads its schools in place (without script the page's 查看学校 button sends the
   form back with them). Plain script from this site only (the pages' content security policy). */
(function () {
  'use strict';
  var form = document.getElementById('register-form');
  if (!form) {
    return;
  }
  var department = document.getElementById('departmentCode');
  var school = document.getElementById('schoolCode');
  var go = document.getElementById('department-go');
  var url = form.getAttribute('data-schools-url');
  if (go) {
    go.hidden = true;
  }
  department.addEventListener('change', function () {
    var chosen = department.value;
    school.length = 1;
    school.value = '';
    if (!chosen) {
      return;
    }
    fetch(url + '?department=' + encodeURIComponent(chosen), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (schools) {
        if (department.value !== chosen) {
          return;
        }
        schools.forEach(function (s) { school.add(new Option(s.name, s.code)); });
      })
      .catch(function () { if (go) { go.hidden = false; } });
  });
})();
