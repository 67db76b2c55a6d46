/* 信息发布安全承诺书: the agree button stays disabled for a few seconds, counting down in its label ("(4s) 我已阅读并同意"),
   so that the commitment is read before it is accepted (seed 004). Plain script from this site only. */
(function () {
  'use strict';
  var button = document.getElementById('commitment-agree');
  if (!button) {
    return;
  }
  var label = button.getAttribute('data-label');
  var left = parseInt(button.getAttribute('data-seconds'), 10) || 4;
  button.disabled = true;
  function tick() {
    if (left <= 0) {
      button.disabled = false;
      button.textContent = label;
      return;
    }
    button.textContent = '(' + left + 's) ' + label;
    left -= 1;
    window.setTimeout(tick, 1000);
  }
  tick();
})();
