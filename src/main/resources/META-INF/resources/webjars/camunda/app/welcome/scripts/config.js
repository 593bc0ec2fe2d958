// Vietnamese unless English was chosen with ?lang=en (cdtt/locale.js, shared by the four webapps).
import {chosenLocale} from '../../cdtt/locale.js';

const locale = chosenLocale();

export default {
  locales: {availableLocales: [locale], fallbackLocale: locale},
  // Single sign-on: leave the webapp's own login view for the product's login page, and let that view not fetch
  // /camunda-welcome (an anonymous request racing the product's login page for a new session).
  customScripts: ['../cdtt/single-sign-on.js'],
  disableWelcomeMessage: true
};
