// The labour-market charts (supply and demand by occupation, age structure, monthly trend), drawn from the
// statistics the page puts in a JSON script element and the Chinese labels in the charts' data attributes (no
// inline script under the Content-Security-Policy).
(function () {
  function draw() {
    var stats = document.getElementById("market-stats"), box = document.getElementById("market-charts");
    if (!window.echarts || !stats || !box) { return; }
    var s = JSON.parse(stats.textContent), t = box.dataset;
    var names = s.ratios.map(function (r) { return r.name; });
    echarts.init(document.getElementById("chart-ratio")).setOption({
      // The title above, the legend below the plot: they never share a line, whatever the width.
      title: {text: t.ratio, left: "center", top: 0, textStyle: {fontSize: 14}}, tooltip: {},
      legend: {bottom: 0}, grid: {top: 40, bottom: 56, left: 8, right: 8, containLabel: true},
      xAxis: {type: "category", data: names, axisLabel: {interval: 0, rotate: names.length > 4 ? 30 : 0}},
      yAxis: {type: "value", minInterval: 1},
      series: [{name: t.supply, type: "bar", data: s.ratios.map(function (r) { return r.supply; })},
               {name: t.demand, type: "bar", data: s.ratios.map(function (r) { return r.demand; })}]
    });
    echarts.init(document.getElementById("chart-age")).setOption({
      title: {text: t.age, textStyle: {fontSize: 14}}, tooltip: {},
      series: [{type: "pie", radius: "60%", data: s.supply_by_age.map(function (r) { return {name: r.band, value: r.count}; })}]
    });
    var trend = document.getElementById("chart-trend");
    if (trend && s.trend) {
      echarts.init(trend).setOption({
        title: {text: t.trend, textStyle: {fontSize: 14}}, tooltip: {trigger: "axis"}, legend: {top: 24},
        grid: {top: 60}, xAxis: {type: "category", data: s.trend.map(function (r) { return r.month; })}, yAxis: {type: "value"},
        series: [{name: t.supply, type: "line", data: s.trend.map(function (r) { return r.supply; })},
                 {name: t.demand, type: "line", data: s.trend.map(function (r) { return r.demand; })}]
      });
    }
  }
  draw();
})();
