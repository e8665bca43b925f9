// "步骤与时限": the user tasks as a list, for staff who prefer one. Edits go through the same modeling
// commands as the properties panel; focusing a row selects its task in the diagram.
import { el, select, show } from './dom.js';
import { LIMIT_UNITS, stepOf, updateStep, userTasks } from './model.js';

export class StepsTable {
  constructor(container, modeler, t) {
    this._container = container;
    this._modeler = modeler;
    this._t = t;
    this._tasks = null;
    this._rows = [];
  }

  refresh() {
    const tasks = userTasks(this._modeler.get('elementRegistry'));
    // Rebuilt when tasks come, go, move or are replaced (a replaced task keeps its id but is a new element).
    if (!this._tasks || tasks.length !== this._tasks.length || tasks.some((task, i) => task !== this._tasks[i])) {
      this._tasks = tasks;
      this._build(tasks);
    }
    this._rows.forEach((row) => row.refresh());
  }

  _build(tasks) {
    const t = this._t;
    this._rows = [];
    if (tasks.length === 0) {
      this._container.replaceChildren(el('p', { className: 'text-muted small mb-0', text: t('没有用户任务。') }));
      return;
    }
    const head = el('thead', {}, el('tr', {}, [t('步骤'), t('岗位'), t('时限'), t('计时'), t('预警')].map((h) => el('th', { scope: 'col', text: h }))));
    const body = el('tbody', {}, tasks.map((task) => this._row(task)));
    this._container.replaceChildren(el('div', { className: 'table-responsive' },
      el('table', { className: 'table table-sm align-middle mb-0 designer-steps', 'data-testid': 'steps-table' }, head, body)));
  }

  _row(task) {
    const t = this._t;
    const modeling = this._modeler.get('modeling');
    const inputs = {
      name: el('input', { className: 'form-control form-control-sm', 'data-field': 'name', 'aria-label': t('名称') }),
      post: el('input', { className: 'form-control form-control-sm', 'data-field': 'post', list: 'hall-posts', 'aria-label': t('岗位') }),
      timeLimit: el('input', { className: 'form-control form-control-sm', 'data-field': 'timeLimit', type: 'number', min: '0', step: 'any', 'aria-label': t('时限') }),
      timeLimitUnit: select(LIMIT_UNITS.map(([v, zh]) => [v, t(zh)]), 'workingDays', { 'data-field': 'timeLimitUnit', 'aria-label': t('计时') }),
      warning: el('input', { className: 'form-control form-control-sm', 'data-field': 'warning', type: 'number', min: '0', step: 'any', 'aria-label': t('预警') }),
      warningKind: select([['before', t('到期前')], ['share', t('已用比例（%）')]], 'before', { 'data-field': 'warningKind', 'aria-label': t('预警方式') }),
    };
    for (const [field, input] of Object.entries(inputs)) {
      input.addEventListener('change', () => updateStep(modeling, task, field, input.value));
      input.addEventListener('focus', () => this._modeler.get('selection').select(task));
    }
    this._rows.push({
      refresh: () => {
        const step = stepOf(task);
        Object.entries(inputs).forEach(([field, input]) => show(input, step[field]));
      },
    });
    return el('tr', { 'data-testid': 'step-row', 'data-element-id': task.id },
      el('td', { className: 'designer-step-name' }, inputs.name),
      el('td', {}, inputs.post),
      el('td', { className: 'designer-step-number' }, inputs.timeLimit),
      el('td', {}, inputs.timeLimitUnit),
      el('td', {}, el('div', { className: 'input-group input-group-sm flex-nowrap' }, inputs.warningKind, inputs.warning)));
  }
}
