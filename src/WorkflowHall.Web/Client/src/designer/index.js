// The workflow designer island (administrators): the bpmn-js modeler with the hall's palette, moddle
// extension, properties panel and steps table on the designer page, and two marked viewers on the compare
// page. Pages opt in with data-hall-designer / data-hall-compare, naming the JSON block with their data.
import { startDesigner } from './designer.js';
import { startCompare } from './compare.js';

function start() {
  document.querySelectorAll('[data-hall-designer]').forEach((root) => startDesigner(root));
  document.querySelectorAll('[data-hall-compare]').forEach((root) => startCompare(root));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
