// Optional: keeps a report job's progress up to date and shows the outputs when the job is done.
// A file of its own, not inline, so that the pages' Content-Security-Policy can forbid inline scripts.
(function () {
  var script = document.currentScript;
  var status = script.dataset.status;
  var template = script.dataset.template;
  var timer = setInterval(function () {
    fetch(status, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        if (job.percent !== null) {
          document.getElementById('progress').value = job.percent;
          document.getElementById('progress-text').textContent = template.replace('{0}', job.percent).replace('{1}', job.records);
        }
        if (job.state !== 'QUEUED' && job.state !== 'RUNNING') {
          clearInterval(timer);
          window.location.reload();
        }
      });
  }, 1500);
})();
