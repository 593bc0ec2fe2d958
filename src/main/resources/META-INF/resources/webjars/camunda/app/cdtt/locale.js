// Language of the webapps. Camunda takes the first language of the browser (navigator.languages[0], e.g. "en" of
// "en-US") if it is in availableLocales and fallbackLocale otherwise. Officials get Vietnamese whatever their
// browser's language: only "vi" is offered unless English was chosen explicitly by opening a webapp with ?lang=en.
// The choice is remembered in this browser for all four webapps; ?lang=vi switches back to Vietnamese.
const LOCALE_KEY = 'cdtt.camunda.locale';
const SUPPORTED = ['vi', 'en'];

export function chosenLocale() {
  let chosen = null;
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked && SUPPORTED.includes(asked.toLowerCase())) {
      chosen = asked.toLowerCase();
      window.localStorage.setItem(LOCALE_KEY, chosen);
    } else {
      chosen = window.localStorage.getItem(LOCALE_KEY);
    }
  } catch (e) {
    // No storage (private mode, blocked cookies): stay with the default.
  }
  return SUPPORTED.includes(chosen) ? chosen : 'vi';
}
