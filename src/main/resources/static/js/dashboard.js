// Draws the children's coverage from the data the page put in #coverage-data; the same numbers are in the table below.
(function () {
  const canvas = document.getElementById('coverage-chart');
  const data = document.getElementById('coverage-data');
  if (!canvas || !data || typeof Chart === 'undefined') {
    return;
  }
  const coverage = JSON.parse(data.textContent);
  window.coverageChart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: coverage.labels,
      datasets: [{label: coverage.label, data: coverage.covered, backgroundColor: '#0b5ed7'}]
    },
    options: {
      animation: false,
      scales: {y: {beginAtZero: true, max: 100}},
      plugins: {legend: {display: true}}
    }
  });
})();
