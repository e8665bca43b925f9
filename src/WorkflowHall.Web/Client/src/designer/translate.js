// bpmn-js's `translate` service in Chinese: palette, context pad, replace menu and the hall's own entries.
const chinese = {
  // Tools
  'Activate hand tool': '抓手工具（拖动画布）',
  'Activate lasso tool': '套索工具（框选元素）',
  'Activate create/remove space tool': '插入或移除空白',
  'Activate global connect tool': '连线工具',
  // The hall's palette
  'Create start event': '开始事件',
  'Create end event': '结束事件',
  'Create user task': '用户任务（岗位办理的步骤）',
  'Create service task': '服务任务（系统自动处理）',
  'Create exclusive gateway': '排他网关（按条件走一条分支）',
  'Create parallel gateway': '并行网关（同时办理或汇聚）',
  'Create inclusive gateway': '包容网关（满足条件的分支都走）',
  'Create timer event (drop it on a task border for a boundary timer)': '定时事件（拖到任务边框上即为边界定时器）',
  'Create expanded sub-process': '子流程',
  // Context pad
  'Append end event': '追加结束事件',
  'Append gateway': '追加排他网关',
  'Append user task': '追加用户任务',
  'Append timer intermediate catch event': '追加定时事件',
  'Attach timer boundary event': '添加边界定时器（超时处理）',
  'Change element': '更改类型',
  'Delete': '删除',
  'Connect to other element': '连线到其他元素',
  // Replace menu
  'Start event': '开始事件',
  'End event': '结束事件',
  'Terminate end event': '终止结束事件',
  'Task': '任务（直接通过）',
  'User task': '用户任务',
  'Service task': '服务任务',
  'Manual task': '手工任务（直接通过）',
  'Exclusive gateway': '排他网关',
  'Parallel gateway': '并行网关',
  'Inclusive gateway': '包容网关',
  'Timer intermediate catch event': '定时事件',
  'Timer boundary event': '边界定时器（中断）',
  'Timer boundary event (non-interrupting)': '边界定时器（不中断）',
  'Sub-process (expanded)': '子流程（展开）',
  'Sub-process': '子流程',
  'Sequence flow': '顺序流',
  'Default flow': '默认流',
  'Conditional flow': '条件流',
  'Parallel multi-instance': '同时会签',
  'Sequential multi-instance': '依次会签',
  'Toggle non-interrupting': '切换中断／不中断',
  'Loop': '循环',
  'Collection': '集合',
  'Search in diagram': '在图中搜索',
  'Open {element}': '打开 {element}',
};

function fill(template, replacements) {
  return template.replace(/{([^}]+)}/g, (_, key) => replacements?.[key] ?? `{${key}}`);
}

export function translateModule(culture) {
  const useChinese = !culture || culture.startsWith('zh');
  const translate = (template, replacements) => fill(useChinese ? (chinese[template] ?? template) : template, replacements);
  return { translate: ['value', translate] };
}
