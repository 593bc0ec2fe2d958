export default {
  // Single sign-on: leave the webapp's own login view for the product's login page.
  customScripts: ['../cdtt/single-sign-on.js']
};
