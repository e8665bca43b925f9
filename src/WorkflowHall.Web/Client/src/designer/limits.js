// Keeps the modeler to what the engine runs (see the engine's BpmnReader and FlowNodeReader): none start
// and end events (terminate too), user and service tasks (plain and manual tasks pass through), exclusive,
// parallel and inclusive gateways, timer catch and timer boundary events, expanded sub-processes and
// sequence flows. Palette, context pad and replace menu offer nothing else.
import { is } from 'bpmn-js/lib/util/ModelUtil';

const TOOLS = ['hand-tool', 'lasso-tool', 'space-tool', 'global-connect-tool', 'tool-separator'];

const REPLACE_WITH = new Set([
  'replace-with-none-start', 'replace-with-none-end', 'replace-with-terminate-end',
  'replace-with-user-task', 'replace-with-service-task', 'replace-with-task', 'replace-with-manual-task',
  'replace-with-exclusive-gateway', 'replace-with-parallel-gateway', 'replace-with-inclusive-gateway',
  'replace-with-timer-intermediate-catch', 'replace-with-timer-boundary', 'replace-with-non-interrupting-timer-boundary',
  'replace-with-subprocess', 'replace-with-expanded-subprocess',
  'replace-with-sequence-flow', 'replace-with-default-flow', 'replace-with-conditional-flow',
]);

const CONTEXT_PAD = new Set(['append.end-event', 'append.gateway', 'replace', 'delete', 'connect']);

function HallLimits(palette, contextPad, popupMenu, elementFactory, create, autoPlace, modeling, selection, translate) {
  this._elementFactory = elementFactory;
  this._create = create;
  this._autoPlace = autoPlace;
  this._modeling = modeling;
  this._selection = selection;
  this._translate = translate;
  palette.registerProvider(500, { getPaletteEntries: () => (entries) => this._palette(entries) });
  contextPad.registerProvider(500, { getContextPadEntries: (element) => (entries) => this._contextPad(element, entries) });
  popupMenu.registerProvider('bpmn-replace', 500, {
    getPopupMenuEntries: () => (entries) => pick(entries, (id) => REPLACE_WITH.has(id)),
    getPopupMenuHeaderEntries: (element) => (entries) => pick(entries, (id) =>
      id === 'toggle-non-interrupting' || ((id === 'toggle-parallel-mi' || id === 'toggle-sequential-mi') && is(element, 'bpmn:UserTask'))),
  });
}

HallLimits.$inject = ['palette', 'contextPad', 'popupMenu', 'elementFactory', 'create', 'autoPlace', 'modeling', 'selection', 'translate'];

HallLimits.prototype._palette = function(entries) {
  const t = this._translate;
  const result = {};
  TOOLS.filter((id) => entries[id]).forEach((id) => { result[id] = entries[id]; });
  const add = (id, group, className, title, shape) => {
    const start = (event) => this._create.start(event, typeof shape === 'function' ? shape() : this._elementFactory.createShape(shape));
    result[id] = { group, className, title: t(title), action: { dragstart: start, click: start } };
  };
  add('create.start-event', 'event', 'bpmn-icon-start-event-none', 'Create start event', { type: 'bpmn:StartEvent' });
  add('create.end-event', 'event', 'bpmn-icon-end-event-none', 'Create end event', { type: 'bpmn:EndEvent' });
  add('create.timer-event', 'event', 'bpmn-icon-intermediate-event-catch-timer',
    'Create timer event (drop it on a task border for a boundary timer)',
    { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' });
  add('create.exclusive-gateway', 'gateway', 'bpmn-icon-gateway-xor', 'Create exclusive gateway', { type: 'bpmn:ExclusiveGateway' });
  add('create.parallel-gateway', 'gateway', 'bpmn-icon-gateway-parallel', 'Create parallel gateway', { type: 'bpmn:ParallelGateway' });
  add('create.inclusive-gateway', 'gateway', 'bpmn-icon-gateway-or', 'Create inclusive gateway', { type: 'bpmn:InclusiveGateway' });
  add('create.user-task', 'activity', 'bpmn-icon-user-task', 'Create user task', { type: 'bpmn:UserTask' });
  add('create.service-task', 'activity', 'bpmn-icon-service-task', 'Create service task', { type: 'bpmn:ServiceTask' });
  if (entries['create.subprocess-expanded']) {
    result['create.subprocess-expanded'] = { ...entries['create.subprocess-expanded'], title: t('Create expanded sub-process') };
  }
  return result;
};

HallLimits.prototype._contextPad = function(element, entries) {
  const result = pick(entries, (id) => CONTEXT_PAD.has(id));
  const bo = element.businessObject;
  const isFlowNode = is(bo, 'bpmn:FlowNode') && !is(bo, 'bpmn:EndEvent');
  if (isFlowNode && !element.labelTarget) {
    result['append.user-task'] = this._append('bpmn-icon-user-task', 'Append user task', { type: 'bpmn:UserTask' });
    result['append.timer-event'] = this._append('bpmn-icon-intermediate-event-catch-timer', 'Append timer intermediate catch event',
      { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' });
  }
  if (is(bo, 'bpmn:UserTask') || is(bo, 'bpmn:ServiceTask') || is(bo, 'bpmn:SubProcess')) {
    result['attach.timer'] = {
      group: 'model',
      className: 'bpmn-icon-intermediate-event-catch-timer designer-attach-timer',
      title: this._translate('Attach timer boundary event'),
      action: { click: () => this._attachTimer(element) },
    };
  }
  return result;
};

HallLimits.prototype._append = function(className, title, shape) {
  const append = (_, element) => this._autoPlace.append(element, this._elementFactory.createShape(shape));
  const dragstart = (event, element) => this._create.start(event, this._elementFactory.createShape(shape), { source: element });
  return { group: 'model', className, title: this._translate(title), action: { click: append, dragstart } };
};

HallLimits.prototype._attachTimer = function(host) {
  const boundary = this._elementFactory.createShape({ type: 'bpmn:BoundaryEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' });
  const taken = (host.attachers || []).length;
  const position = { x: host.x + host.width - 18 - taken * 40, y: host.y + host.height };
  this._selection.select(this._modeling.createShape(boundary, position, host, { attach: true }));
};

function pick(entries, keep) {
  const result = {};
  Object.keys(entries).filter(keep).forEach((id) => { result[id] = entries[id]; });
  return result;
}

export const limitsModule = {
  __init__: ['hallLimits'],
  hallLimits: ['type', HallLimits],
};
