export default {
  // Single sign-on: leave the webapp's own login view for the product's login page, and let that view not fetch
  // /camunda-welcome (an anonymous request racing the product's login page for a new session).
  customScripts: ['scripts/form-js-dynamic-list-errors.js', '../cdtt/single-sign-on.js'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
