// Two versions side by side: the earlier one with removed (and changed) elements marked, the later one
// with added (and changed) elements marked. The list of changes comes from the engine's DefinitionComparer.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import hallModdle from './hall-moddle.json';
import { createTexts } from './texts.js';

const MARKERS = { Added: 'designer-diff-added', Removed: 'designer-diff-removed', Changed: 'designer-diff-changed' };

export async function startCompare(root) {
  const data = JSON.parse(document.getElementById(root.dataset.source).textContent);
  const t = createTexts(data.culture);
  const show = async (container, xml, kinds) => {
    const viewer = new NavigatedViewer({ container, moddleExtensions: { hall: hallModdle } });
    await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport', 'auto');
    const registry = viewer.get('elementRegistry');
    for (const change of data.changes) {
      if (kinds.includes(change.change) && registry.get(change.elementId)) {
        viewer.get('canvas').addMarker(change.elementId, MARKERS[change.change]);
      }
    }
  };
  try {
    await show(root.querySelector('[data-compare-part="from"]'), data.fromXml, ['Removed', 'Changed']);
    await show(root.querySelector('[data-compare-part="to"]'), data.toXml, ['Added', 'Changed']);
    root.dataset.ready = 'true';
  } catch (error) {
    root.querySelector('[data-compare-part="status"]').textContent = t('流程图无法显示：{0}', error.message);
  }
}
