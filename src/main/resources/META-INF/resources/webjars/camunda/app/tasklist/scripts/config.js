// Vietnamese unless English was chosen with ?lang=en (cdtt/locale.js, shared by the four webapps).
import {chosenLocale} from '../../cdtt/locale.js';

const locale = chosenLocale();
const text = (vi, en) => (locale === 'vi' ? vi : en);

export default {
  locales: {availableLocales: [locale], fallbackLocale: locale},
  // Single sign-on: leave the webapp's own login view for the product's login page, and let that view not fetch
  // /camunda-welcome (an anonymous request racing the product's login page for a new session).
  customScripts: ['scripts/form-js-dynamic-list-errors.js', '../cdtt/single-sign-on.js'],
  disableWelcomeMessage: true,
  // The descriptions are shown in Tasklist's keyboard shortcut help.
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: text('nhận công việc đang chọn', 'claims the currently selected task')},
    focusFilter: {key: 'ctrl+shift+f',
      description: text('chuyển đến bộ lọc đầu tiên trong danh sách', 'set the focus to the first filter in the list')},
    focusList: {key: 'ctrl+alt+l',
      description: text('chuyển đến công việc đầu tiên trong danh sách', 'sets the focus to the first task in the list')},
    focusForm: {key: 'ctrl+alt+f', description: text('chuyển đến ô nhập liệu đầu tiên của biểu mẫu công việc',
      'sets the focus to the first input field in a task form')},
    startProcess: {key: 'ctrl+alt+p',
      description: text('mở hộp thoại khởi tạo quy trình', 'opens the start process modal dialog')}
  }
};
