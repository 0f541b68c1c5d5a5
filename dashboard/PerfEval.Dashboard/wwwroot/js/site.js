// Draws every chart on the page from the JSON option beside it, and submits filter forms when a select changes.
(function () {
  'use strict';
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  // Data items carry a "tip" (HTML already encoded on the server); anything else is encoded here.
  function formatter(params) {
    var list = Array.isArray(params) ? params : [params];
    return list.map(function (p) {
      if (p.data && typeof p.data === 'object' && p.data.tip) { return p.data.tip; }
      return p.marker + esc(p.seriesName) + ' ' + esc(p.name) + '：' + esc(p.value);
    }).join('<br>');
  }
  function draw(el) {
    var source = document.getElementById(el.getAttribute('data-chart'));
    if (!source || !window.echarts) { return; }
    var option = JSON.parse(source.textContent);
    option.tooltip = Object.assign({ confine: true }, option.tooltip || {}, { formatter: formatter });
    option.textStyle = { fontFamily: '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif' };
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.querySelectorAll('[data-chart]').forEach(draw);

  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      (select.getAttribute('data-clears') || '').split(' ').forEach(function (name) {
        var child = name && select.form.elements[name];
        if (child) { child.value = ''; child.disabled = true; }
      });
      select.form.submit();
    });
  });
})();
