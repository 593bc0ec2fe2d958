// Single sign-on with the product (vn.cdtt.security.WebappSingleSignOn): the product's /login is the only login page.
// The webapps fall back to their own login view (#/login) after "Sign out" or when the session has ended; that view
// cannot log anyone in (the server refuses it), so leave it for the product's login page.
const appRoot = document.querySelector('base').getAttribute('app-root'); // context path + /camunda
const productRoot = appRoot.replace(/\/[^/]*$/, '');
const RELOADED_AT = 'cdtt-sso-reloaded-at';
const LINK = 'cdtt-sso-link';
let signedOut = false;

// Notice the webapps' own "Sign out" request (AngularJS $http uses XMLHttpRequest).
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (String(method).toUpperCase() === 'POST' && /\/auth\/user\/[^/]+\/logout$/.test(String(url))) {
    signedOut = true;
  }
  return open.apply(this, arguments);
};

function leaveLoginView() {
  if (!/^#!?\/login/.test(window.location.hash)) {
    return;
  }
  if (signedOut) {
    window.location.replace(productRoot + '/login?logout');
    return;
  }
  // The session ended: load this app's page again; the server sends the browser to /login and back here afterwards.
  // Once only within a few seconds, should the server let the page through while the app still finds no user.
  const last = Number(window.sessionStorage.getItem(RELOADED_AT) || 0);
  if (Date.now() - last < 10000) {
    return;
  }
  window.sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  window.location.replace(window.location.pathname);
}

// Right after the product's login (the redirect after a form post carries no fragment): restore the fragment of the
// link that led to the login page, which that page kept (static/js/webapp-link.js).
function restoreLink() {
  const kept = JSON.parse(window.sessionStorage.getItem(LINK) || 'null');
  window.sessionStorage.removeItem(LINK);
  const fromLogin = document.referrer && new URL(document.referrer).pathname === productRoot + '/login';
  if (kept && fromLogin && Date.now() - kept.at < 15 * 60 * 1000) {
    window.location.replace(window.location.pathname + window.location.search + kept.hash);
  }
}

restoreLink();
window.addEventListener('hashchange', leaveLoginView);
leaveLoginView();
