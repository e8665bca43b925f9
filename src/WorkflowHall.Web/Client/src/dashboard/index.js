// The supervision dashboard island (auditors): draws each chart container ([data-chart]) with ECharts from the
// figures the page embeds as JSON (<script type="application/json" id="dashboard-data">; the CSP allows no inline
// script, and a JSON block is never run). The tables under the charts carry the same numbers without JavaScript.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

const palette = ['#0d6efd', '#fd7e14', '#6c757d', '#198754', '#dc3545', '#6f42c1', '#20c997', '#ffc107'];

const withSuffix = (suffix) => (value) => (value === null || value === undefined ? '—' : `${value}${suffix || ''}`);

function barOption(spec) {
  const format = withSuffix(spec.suffix);
  const valueAxis = { type: 'value', max: spec.max ?? null, axisLabel: { formatter: format } };
  const categoryAxis = {
    type: 'category',
    data: spec.categories,
    inverse: spec.horizontal,
    axisLabel: { width: 160, overflow: 'truncate' },
  };
  return {
    animation: false,
    color: spec.colors || palette,
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    legend: spec.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 40, top: spec.series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      stack: spec.stacked ? 'total' : undefined,
      barMaxWidth: 22,
      label: { show: !spec.stacked, position: spec.horizontal ? 'right' : 'top', formatter: (p) => format(p.value), fontSize: 10 },
    })),
  };
}

function pieOption(spec) {
  const series = spec.series[0];
  return {
    animation: false,
    color: spec.colors || palette,
    aria: { enabled: true },
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [{
      type: 'pie',
      name: series.name,
      radius: ['35%', '65%'],
      center: ['50%', '45%'],
      label: { formatter: '{b}\n{d}%' },
      data: spec.categories.map((name, i) => ({ name, value: series.values[i] })),
    }],
  };
}

function draw() {
  const source = document.getElementById('dashboard-data');
  if (!source) return;
  const { charts = [] } = JSON.parse(source.textContent || '{}');
  const byId = new Map(charts.map((c) => [c.id, c]));
  const drawn = [];
  document.querySelectorAll('[data-chart]').forEach((element) => {
    const spec = byId.get(element.dataset.chart);
    if (!spec || spec.categories.length === 0) return;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(spec.kind === 'pie' ? pieOption(spec) : barOption(spec));
    element.dataset.rendered = 'true';
    drawn.push(chart);
  });
  window.addEventListener('resize', () => drawn.forEach((chart) => chart.resize()));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
else draw();
