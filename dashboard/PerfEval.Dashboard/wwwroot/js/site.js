// Draws every chart on the page from the JSON option beside it, and submits filter forms when a select changes.
(function () {
  'use strict';
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  // Data items carry a "tip" (HTML already encoded on the server), or "t": a title and values for the labels their
  // series lists in "tipLabels" (a scatter of thousands of points would otherwise repeat the same markup in each);
  // anything else is encoded here.
  function formatter(option) {
    var series = [].concat(option.series || []);
    return function (params) {
      var list = Array.isArray(params) ? params : [params];
      return list.map(function (p) {
        var d = p.data;
        if (d && typeof d === 'object' && d.tip) { return d.tip; }
        var labels = (series[p.seriesIndex] || {}).tipLabels;
        if (d && typeof d === 'object' && d.t && labels) {
          return '<b>' + esc(d.t[0]) + '</b>' + labels.map(function (label, i) {
            return '<br>' + esc(label) + '：' + esc(d.t[i + 1]);
          }).join('');
        }
        return p.marker + esc(p.seriesName) + ' ' + esc(p.name) + '：' + esc(p.value);
      }).join('<br>');
    };
  }
  function draw(el) {
    var source = document.getElementById(el.getAttribute('data-chart'));
    if (!source || !window.echarts) { return; }
    var option = JSON.parse(source.textContent);
    option.tooltip = Object.assign({ confine: true }, option.tooltip || {}, { formatter: formatter(option) });
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
