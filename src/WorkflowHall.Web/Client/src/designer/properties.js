// The hall's properties panel: what the selected element means to the engine, edited in place. Each field is
// a binding (read from the model, write through modeling); after every command the panel re-reads all the
// fields but the one being typed in, so the steps table and the panel always show the same model.
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import { el, select, show } from './dom.js';
import {
  ACTIONS, LIMIT_UNITS, STAGES, UNIT_RULES, clean, declareCamunda, expressionBody, formalExpression, stepOf, timerDefinition,
  timerOf, updateStep,
} from './model.js';

export class PropertiesPanel {
  constructor(container, modeler, t, posts) {
    this._container = container;
    this._modeler = modeler;
    this._t = t;
    this._posts = posts;
    this._element = null;
    this._bindings = [];
  }

  /** Shows the element's fields (the process's when nothing is selected). */
  show(element) {
    const canvas = this._modeler.get('canvas');
    // A selected label stands for its element (a flow's or an event's name).
    this._element = element?.labelTarget ?? element ?? canvas.getRootElement();
    this._bindings = [];
    this._container.replaceChildren(...this._build(this._element));
    this._container.dataset.elementId = getBusinessObject(this._element).id;
    this.refresh();
  }

  refresh() {
    const registry = this._modeler.get('elementRegistry');
    if (this._element && !registry.get(this._element.id)) {
      this.show(null);
      return;
    }
    this._bindings.forEach((binding) => binding.refresh());
  }

  _build(element) {
    const t = this._t;
    const bo = getBusinessObject(element);
    const parts = [el('h2', { className: 'h6 mb-2', text: t('属性') })];
    const isRoot = element === this._modeler.get('canvas').getRootElement();
    if (isRoot) parts.push(el('p', { className: 'small text-muted', text: t('未选择元素：下面是整个流程的属性。') }));
    parts.push(this._readonly(t('类型'), isRoot ? t('流程') : bo.$type.replace('bpmn:', '')));
    parts.push(this._readonly(t('标识'), bo.id, 'id'));
    if (!is(bo, 'bpmn:Process') || isRoot) {
      parts.push(this._text(t('名称'), 'name', () => bo.name || '', (v) => {
        if (isRoot) this._modeling().updateProperties(element, { name: clean(v) });
        else this._modeling().updateLabel(element, clean(v) ?? '');
      }));
    }
    if (is(bo, 'bpmn:UserTask')) parts.push(...this._userTask(element));
    if (is(bo, 'bpmn:ServiceTask')) {
      parts.push(this._text(t('处理程序'), 'handler', () => bo.get('hall:handler') || '',
        (v) => this._modeling().updateProperties(element, { 'hall:handler': clean(v) })));
    }
    if (is(bo, 'bpmn:SequenceFlow')) parts.push(...this._flow(element));
    if (timerDefinition(element)) parts.push(...this._timer(element));
    return parts;
  }

  _userTask(element) {
    const t = this._t;
    const modeling = this._modeling();
    const step = () => stepOf(element);
    const write = (field) => (value) => updateStep(modeling, element, field, value);
    const parts = [
      this._select(t('阶段'), 'stage', [['', t('（无）')], ...STAGES.map(([v, zh]) => [v, t(zh)])], () => step().stage, write('stage')),
      this._text(t('候选岗位'), 'post', () => step().post, write('post'), { list: 'hall-posts' }),
      this._select(t('岗位所在单位'), 'unit', UNIT_RULES.map(([v, zh]) => [v, t(zh)]), () => step().unit, write('unit')),
      this._text(t('办理人（表达式）'), 'assignee', () => step().assignee, (v) => {
        declareCamunda(this._modeler.getDefinitions());
        updateStep(modeling, element, 'assignee', v);
      }, { placeholder: t('例如 {0}', '${applicant}') }),
      el('div', { className: 'row g-2' },
        el('div', { className: 'col-6' }, this._text(t('办理时限'), 'timeLimit', () => step().timeLimit, write('timeLimit'), { type: 'number', min: '0', step: 'any' })),
        el('div', { className: 'col-6' }, this._select(t('计时方式'), 'timeLimitUnit', LIMIT_UNITS.map(([v, zh]) => [v, t(zh)]), () => step().timeLimitUnit, write('timeLimitUnit')))),
      el('div', { className: 'row g-2' },
        el('div', { className: 'col-6' }, this._select(t('预警方式'), 'warningKind', [['before', t('到期前')], ['share', t('已用比例（%）')]], () => step().warningKind, write('warningKind'))),
        el('div', { className: 'col-6' }, this._text(t('预警'), 'warning', () => step().warning, write('warning'), { type: 'number', min: '0', step: 'any' }))),
      this._actions(element),
      this._text(t('表单'), 'formKey', () => step().formKey, write('formKey')),
      ...this._countersign(element),
    ];
    return parts;
  }

  _actions(element) {
    const t = this._t;
    const boxes = ACTIONS.map(([value, zh, en]) => {
      const input = el('input', { type: 'checkbox', className: 'form-check-input', value, id: `hall-action-${value}`, 'data-action': value });
      input.addEventListener('change', () => {
        const chosen = [...boxes.map((b) => b.input)].filter((i) => i.checked).map((i) => i.value);
        updateStep(this._modeling(), element, 'actions', chosen);
      });
      this._bindings.push({ refresh: () => show(input, stepOf(element).actions.includes(value)) });
      return { input, node: el('div', { className: 'form-check form-check-inline small' }, input,
        el('label', { className: 'form-check-label', for: input.id, text: t.chinese ? zh : en })) };
    });
    return el('fieldset', { className: 'mb-2', 'data-prop': 'actions' }, el('legend', { className: 'form-label small mb-1', text: t('允许的操作') }),
      boxes.map((b) => b.node));
  }

  _countersign(element) {
    const t = this._t;
    const modeling = this._modeling();
    const bpmnFactory = this._modeler.get('bpmnFactory');
    const loop = () => getBusinessObject(element).loopCharacteristics;
    const isMulti = () => is(loop(), 'bpmn:MultiInstanceLoopCharacteristics');
    const writeLoop = (properties) => {
      if (!isMulti()) return;
      modeling.updateModdleProperties(element, loop(), properties);
    };
    const fields = el('div', { className: 'ps-2 border-start' },
      this._check(t('依次会签（否则同时）'), 'sequential', () => isMulti() && loop().isSequential, (v) => writeLoop({ isSequential: v })),
      this._text(t('会签人列表'), 'collection', () => (isMulti() ? loop().get('camunda:collection') || '' : ''), (v) => {
        declareCamunda(this._modeler.getDefinitions());
        writeLoop({ 'camunda:collection': clean(v) });
      }, { placeholder: t('例如 {0}', '${experts}') }),
      this._text(t('元素变量'), 'elementVariable', () => (isMulti() ? loop().get('camunda:elementVariable') || '' : ''), (v) => {
        declareCamunda(this._modeler.getDefinitions());
        writeLoop({ 'camunda:elementVariable': clean(v) });
      }, { placeholder: t('例如 {0}', 'expert') }),
      this._text(t('会签人数'), 'loopCardinality', () => (isMulti() ? expressionBody(loop().loopCardinality) : ''),
        (v) => writeLoop({ loopCardinality: formalExpression(bpmnFactory, v) })),
      this._text(t('完成条件'), 'completionCondition', () => (isMulti() ? expressionBody(loop().completionCondition) : ''),
        (v) => writeLoop({ completionCondition: formalExpression(bpmnFactory, v) }), { placeholder: t('例如 {0}', '${nrOfOutcomes.reject > 0}') }));
    this._bindings.push({ refresh: () => { fields.hidden = !isMulti(); } });
    return [
      el('h3', { className: 'h6 mt-3', text: t('会签') }),
      this._check(t('启用会签'), 'multiInstance', isMulti, (v) => modeling.updateProperties(element, {
        loopCharacteristics: v ? bpmnFactory.create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: false }) : undefined,
      })),
      fields,
    ];
  }

  _flow(element) {
    const t = this._t;
    const modeling = this._modeling();
    const bo = getBusinessObject(element);
    const bpmnFactory = this._modeler.get('bpmnFactory');
    const parts = [this._text(t('条件'), 'condition', () => expressionBody(getBusinessObject(element).conditionExpression),
      (v) => modeling.updateProperties(element, { conditionExpression: formalExpression(bpmnFactory, v) }), { placeholder: t('例如 {0}', "${outcome == 'approve'}") })];
    const source = element.source;
    if (source && (is(source, 'bpmn:ExclusiveGateway') || is(source, 'bpmn:InclusiveGateway'))) {
      parts.push(this._check(t('默认连线'), 'default', () => getBusinessObject(source).default === bo,
        (v) => modeling.updateProperties(source, { default: v ? bo : undefined })));
    }
    return parts;
  }

  _timer(element) {
    const t = this._t;
    const modeling = this._modeling();
    const bpmnFactory = this._modeler.get('bpmnFactory');
    const current = () => timerOf(timerDefinition(element));
    const write = (kind, value) => modeling.updateModdleProperties(element, timerDefinition(element), {
      timeDuration: undefined, timeDate: undefined, timeCycle: undefined, [kind]: formalExpression(bpmnFactory, value),
    });
    const parts = [
      el('h3', { className: 'h6 mt-3', text: t('定时器') }),
      this._select(t('定时类型'), 'timerKind', [['timeDuration', t('持续时间')], ['timeDate', t('到期日期')], ['timeCycle', t('循环')]],
        () => current().kind, (kind) => write(kind, current().value)),
      this._text(t('定时器'), 'timerValue', () => current().value, (value) => write(current().kind, value), { placeholder: t('例如 {0}', 'P3D, PT48H, R3/PT1H') }),
    ];
    if (is(element, 'bpmn:BoundaryEvent')) {
      parts.push(this._check(t('中断所附任务'), 'cancelActivity', () => getBusinessObject(element).cancelActivity !== false,
        (v) => modeling.updateProperties(element, { cancelActivity: v })));
    }
    return parts;
  }

  _modeling() {
    return this._modeler.get('modeling');
  }

  _readonly(label, value, prop) {
    return el('div', { className: 'mb-2' }, el('div', { className: 'form-label small mb-0 text-muted', text: label }),
      el('div', { className: 'small text-break', 'data-prop': prop, text: value }));
  }

  _text(label, prop, read, write, attributes = {}) {
    const id = `hall-prop-${prop}`;
    const input = el('input', { className: 'form-control form-control-sm', id, 'data-prop': prop, type: 'text', ...attributes });
    input.addEventListener('change', () => write(input.value));
    this._bindings.push({ refresh: () => show(input, read()) });
    return el('div', { className: 'mb-2' }, el('label', { className: 'form-label small mb-0', for: id, text: label }), input);
  }

  _select(label, prop, options, read, write) {
    const id = `hall-prop-${prop}`;
    const input = select(options, read(), { id, 'data-prop': prop });
    input.addEventListener('change', () => write(input.value));
    this._bindings.push({ refresh: () => show(input, read()) });
    return el('div', { className: 'mb-2' }, el('label', { className: 'form-label small mb-0', for: id, text: label }), input);
  }

  _check(label, prop, read, write) {
    const id = `hall-prop-${prop}`;
    const input = el('input', { type: 'checkbox', className: 'form-check-input', id, 'data-prop': prop });
    input.addEventListener('change', () => write(input.checked));
    this._bindings.push({ refresh: () => show(input, read()) });
    return el('div', { className: 'form-check mb-2' }, input, el('label', { className: 'form-check-label small', for: id, text: label }));
  }
}
