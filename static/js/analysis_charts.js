// The charts of an occupation or topic analysis report (monthly supply and demand, age structure of job
// seekers), drawn from the statistics in the page's JSON script element and the Chinese labels in the charts'
// data attributes (no inline script under the Content-Security-Policy).
(function () {
  function draw() {
    var stats = document.getElementById("analysis-stats"), box = document.getElementById("analysis-charts");
    if (!window.echarts || !stats || !box) { return; }
    var s = JSON.parse(stats.textContent), t = box.dataset, trend = s.trend || [];
    echarts.init(document.getElementById("chart-trend")).setOption({
      title: {text: t.trend, textStyle: {fontSize: 14}}, tooltip: {trigger: "axis"}, legend: {top: 24},
      grid: {top: 60}, xAxis: {type: "category", data: trend.map(function (r) { return r.month; })}, yAxis: {type: "value"},
      series: [{name: t.supply, type: "line", data: trend.map(function (r) { return r.supply; })},
               {name: t.demand, type: "bar", data: trend.map(function (r) { return r.demand; })}]
    });
    echarts.init(document.getElementById("chart-age")).setOption({
      title: {text: t.age, textStyle: {fontSize: 14}}, tooltip: {},
      series: [{type: "pie", radius: "60%", data: (s.supply_by_age || []).map(function (r) { return {name: r.band, value: r.count}; })}]
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
