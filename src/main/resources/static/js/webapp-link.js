// A link into a Camunda webapp (e.g. a task in a notice mail: /camunda/app/tasklist/default/#/?task=...) reaches
// this login page with its fragment; the server never sees the fragment, so the redirect after logging in would drop
// it. Keep it for the webapp, which picks it up (app/cdtt/single-sign-on.js).
if (/^#!?\//.test(window.location.hash)) {
  window.sessionStorage.setItem('cdtt-sso-link', JSON.stringify({hash: window.location.hash, at: Date.now()}));
}
