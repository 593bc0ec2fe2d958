// Camunda 7.24's Tasklist enables "Complete" only while form-js's errors object has no key at all
// (camunda-tasklist-bootstrap.js: form.on('changed', e => notifyFormValidated(!!Object.keys(e.errors).length))).
// form-js 1.13's Form#_update leaves an empty entry, e.g. {"Field_MemberName": []}, for every edited field inside a
// dynamic list, so "Complete" stays disabled on a valid form. Drop the entries that hold no message before form-js
// stores its state; real errors stay, so an invalid form still disables "Complete".
const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
chunks.push([['cdtt-form-js-dynamic-list-errors'], {}, require => {
  const isFormJs = exports => exports && exports.Form && exports.Form.prototype
    && typeof exports.Form.prototype._setState === 'function'
    && typeof exports.Form.prototype.importSchema === 'function';
  // 57661 is @bpmn-io/form-js in Camunda 7.24's lib/deps.js; other builds: the module that exports FormPlayground.
  const id = require.m[57661] ? 57661
    : Object.keys(require.m).find(key => String(require.m[key]).includes('FormPlayground'));
  const formJs = id === undefined ? null : require(id);
  if (!isFormJs(formJs)) {
    console.warn('cdtt: form-js not found; Tasklist keeps disabling Complete after edits in dynamic lists');
    return;
  }
  const Form = formJs.Form;
  if (Form.prototype.cdttDropsEmptyErrors) {
    return;
  }
  const hasMessage = value => typeof value === 'string'
    || (value !== null && typeof value === 'object' && Object.values(value).some(hasMessage));
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors) {
      const errors = {};
      Object.entries(state.errors).forEach(([id, value]) => {
        if (hasMessage(value)) {
          errors[id] = value;
        }
      });
      state = {...state, errors};
    }
    return setState.call(this, state);
  };
  Form.prototype.cdttDropsEmptyErrors = true;
}]);
