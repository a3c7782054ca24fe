// Draws the county console's charts with ECharts (wwwroot/lib/echarts). Each element with data-chart="ID" is drawn
// from the JSON block <script type="application/json" id="ID"> that the page writes from the same rows as the table
// beside the chart: { kind: "bar" | "line" | "stacked", unit, categories: [...], series: [{ name, data, color? }] }.
// The tables stay the accessible, printable form; the charts are decoration of the same numbers.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var palette = ['#1f4e79', '#b71c1c', '#2e7d32', '#8e24aa', '#ef6c00', '#00838f', '#5d4037'];
  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var source = document.getElementById(element.getAttribute('data-chart'));
    if (!source) {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var stacked = spec.kind === 'stacked';
    var option = {
      color: palette,
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '—' : v + ' ' + (spec.unit || ''); } },
      legend: { show: spec.series.length > 1, top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: spec.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', name: spec.unit || '', minInterval: spec.unit === '%' ? 0 : 1 },
      series: spec.series.map(function (s) {
        return {
          name: s.name,
          type: spec.kind === 'line' ? 'line' : 'bar',
          stack: stacked ? 'total' : undefined,
          data: s.data,
          itemStyle: s.color ? { color: s.color } : undefined,
          label: { show: !stacked && spec.kind === 'bar', position: 'top' },
          connectNulls: false,
          barMaxWidth: 48
        };
      })
    };
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
