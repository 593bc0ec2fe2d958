// Draws the children's coverage from the data the page put in `coverage`; the same numbers are in the table below.
(function () {
  const canvas = document.getElementById('coverage-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
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
