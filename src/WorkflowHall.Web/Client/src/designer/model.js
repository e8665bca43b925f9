// Reading and writing the hall's settings on the diagram's elements, for the properties panel and the steps
// table alike. Every write goes through bpmn-js's modeling (one undoable command), so both views and the
// diagram follow the same model. Attribute names as the engine's HallAttributeReader reads them.
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

export const CAMUNDA_URI = 'http://camunda.org/schema/1.0/bpmn';

export const STAGES = [['accept', '受理'], ['review', '审核'], ['approve', '审批'], ['issue', '办结·发证']];
export const UNIT_RULES = [['handling', '办理单位'], ['parent', '上级单位'], ['applicant-village', '申请人所在村（社区）']];
export const LIMIT_UNITS = [['workingDays', '工作日'], ['naturalDays', '自然日'], ['hours', '小时']];
export const ACTIONS = [
  ['complete', '办理完成', 'Complete'], ['accept', '受理', 'Accept'], ['refuseAccept', '不予受理', 'Refuse to accept'],
  ['requestSupplement', '告知补正', 'Request supplement'], ['supplement', '提交补正', 'Supplement'],
  ['review', '审核通过', 'Review'], ['return', '退回', 'Return'], ['approve', '准予', 'Approve'], ['refuse', '不予', 'Refuse'],
  ['reject', '会签不同意', 'Reject (countersign)'], ['issue', '发证', 'Issue'], ['reassign', '转办', 'Reassign'],
  ['delegate', '委派', 'Delegate'], ['addSigner', '加签', 'Add signer'], ['removeSigner', '减签', 'Remove signer'],
  ['withdraw', '撤回', 'Withdraw'], ['suspend', '挂起', 'Suspend'], ['extend', '延期', 'Extend'],
];

const blank = (value) => value === undefined || value === null || String(value).trim() === '';
export const clean = (value) => (blank(value) ? undefined : String(value).trim());

export function userTasks(elementRegistry) {
  return elementRegistry.filter((e) => is(e, 'bpmn:UserTask') && !e.labelTarget)
    .sort((a, b) => (a.x - b.x) || (a.y - b.y));
}

/** The hall's settings of a user task, as the inputs show them. */
export function stepOf(element) {
  const bo = getBusinessObject(element);
  const share = bo.get('hall:warningShare');
  const before = bo.get('hall:warningBefore');
  return {
    id: bo.id,
    name: bo.name || '',
    stage: bo.get('hall:stage') || '',
    post: bo.get('hall:post') || '',
    unit: bo.get('hall:unit') || 'handling',
    assignee: bo.get('camunda:assignee') || '',
    timeLimit: bo.get('hall:timeLimit') || '',
    timeLimitUnit: bo.get('hall:timeLimitUnit') || 'workingDays',
    warningKind: !blank(share) && blank(before) ? 'share' : 'before',
    warning: !blank(share) && blank(before) ? percent(share) : (before || ''),
    actions: (bo.get('hall:actions') || '').split(',').map((a) => a.trim()).filter(Boolean),
    formKey: bo.get('hall:formKey') || '',
  };
}

function percent(share) {
  const value = Number(share) * 100;
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : String(share);
}

function fraction(percentText) {
  const value = Number(percentText);
  return Number.isFinite(value) ? String(Math.round(value * 100) / 10000) : percentText;
}

/** Writes one field of a step; the warning and the limit keep their companions consistent. */
export function updateStep(modeling, element, field, value, current = stepOf(element)) {
  const v = clean(value);
  switch (field) {
    case 'name':
      modeling.updateLabel(element, v ?? '');
      return;
    case 'timeLimit':
      modeling.updateProperties(element, { 'hall:timeLimit': v, 'hall:timeLimitUnit': v === undefined ? undefined : current.timeLimitUnit });
      return;
    case 'timeLimitUnit':
      modeling.updateProperties(element, { 'hall:timeLimitUnit': current.timeLimit === '' ? undefined : v });
      return;
    case 'warning':
      modeling.updateProperties(element, current.warningKind === 'share'
        ? { 'hall:warningShare': v === undefined ? undefined : fraction(v), 'hall:warningBefore': undefined }
        : { 'hall:warningBefore': v, 'hall:warningShare': undefined });
      return;
    case 'warningKind':
      if (current.warning === '') return;
      modeling.updateProperties(element, v === 'share'
        ? { 'hall:warningShare': fraction(current.warning), 'hall:warningBefore': undefined }
        : { 'hall:warningBefore': current.warning, 'hall:warningShare': undefined });
      return;
    case 'unit':
      modeling.updateProperties(element, { 'hall:unit': v === 'handling' ? undefined : v });
      return;
    case 'actions':
      modeling.updateProperties(element, { 'hall:actions': clean(value.join(',')) });
      return;
    case 'assignee':
      modeling.updateProperties(element, { 'camunda:assignee': v });
      return;
    default:
      modeling.updateProperties(element, { ['hall:' + field]: v });
  }
}

/** Declares the camunda prefix on the definitions, so that vendor attributes the hall sets are written. */
export function declareCamunda(definitions) {
  if (definitions && !Object.values(definitions.$attrs || {}).includes(CAMUNDA_URI)) {
    definitions.$attrs['xmlns:camunda'] = CAMUNDA_URI;
  }
}

export function expressionBody(expression) {
  return expression?.body ?? '';
}

/** A formal expression for a `${...}` condition or timer value; undefined for none. */
export function formalExpression(bpmnFactory, body) {
  const text = clean(body);
  return text === undefined ? undefined : bpmnFactory.create('bpmn:FormalExpression', { body: text });
}

export function timerDefinition(element) {
  const bo = getBusinessObject(element);
  return (bo.eventDefinitions || []).find((d) => is(d, 'bpmn:TimerEventDefinition'));
}

export function timerOf(definition) {
  if (!definition) return null;
  if (definition.timeDate) return { kind: 'timeDate', value: expressionBody(definition.timeDate) };
  if (definition.timeCycle) return { kind: 'timeCycle', value: expressionBody(definition.timeCycle) };
  return { kind: 'timeDuration', value: expressionBody(definition.timeDuration) };
}
