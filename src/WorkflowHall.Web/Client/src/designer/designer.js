// The designer page: the modeler with the hall's palette, Chinese labels, properties panel and steps table;
// save draft, publish with a note, import and export. The server (cookie login, antiforgery token) saves
// and publishes and answers with the engine's validation problems, shown in the list and on the diagram.
import Modeler from 'bpmn-js/lib/Modeler';
import hallModdle from './hall-moddle.json';
import { createTexts } from './texts.js';
import { translateModule } from './translate.js';
import { limitsModule } from './limits.js';
import { PropertiesPanel } from './properties.js';
import { StepsTable } from './steps.js';
import { ProblemList } from './problems.js';
import { el } from './dom.js';
import { declareCamunda } from './model.js';

export async function startDesigner(root) {
  const data = JSON.parse(document.getElementById(root.dataset.source).textContent);
  const t = createTexts(data.culture);
  const part = (name) => root.querySelector(`[data-designer-part="${name}"]`);
  const status = part('status');
  const say = (text, tone = 'muted') => {
    status.className = `small text-${tone}`;
    status.textContent = text;
  };

  root.append(el('datalist', { id: 'hall-posts' }, (data.posts || []).map((p) => el('option', { value: p.code, text: p.name }))));

  const modeler = new Modeler({
    container: part('canvas'),
    moddleExtensions: { hall: hallModdle },
    additionalModules: [translateModule(data.culture), limitsModule],
  });
  const panel = new PropertiesPanel(part('properties'), modeler, t, data.posts || []);
  const steps = new StepsTable(part('steps'), modeler, t);
  const problems = new ProblemList(part('problems'), modeler, t);
  const setDirty = (value) => {
    root.dataset.dirty = String(value);
    part('dirty').hidden = !value;
  };

  const eventBus = modeler.get('eventBus');
  eventBus.on('selection.changed', ({ newSelection }) => panel.show(newSelection.length === 1 ? newSelection[0] : null));
  eventBus.on('commandStack.changed', () => {
    setDirty(true);
    panel.refresh();
    steps.refresh();
  });

  async function load(xml) {
    await modeler.importXML(xml);
    declareCamunda(modeler.getDefinitions());
    fitBesidePalette(modeler.get('canvas'));
    panel.show(null);
    steps.refresh();
    problems.mark();
  }

  try {
    await load(data.xml);
    problems.show(data.problems || []);
    setDirty(false);
    root.dataset.ready = 'true';
  } catch (error) {
    say(t('流程图无法显示：{0}', error.message), 'danger');
    return;
  }

  const token = () => document.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const post = async (url, body) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token() },
      body: JSON.stringify(body),
    });
    const json = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
    return { ok: response.ok, status: response.status, json };
  };
  // A refusal is a problem details answer: its message in the page's language.
  const refusal = (problem) => (t.chinese ? problem.messageZh : problem.messageEn);
  const busy = (value) => root.querySelectorAll('[data-designer-action]').forEach((b) => { b.disabled = value; });

  async function save() {
    const { xml } = await modeler.saveXML({ format: true });
    const reply = await post(data.urls.save, { bpmn: xml });
    if (!reply.json) throw new Error(String(reply.status));
    problems.show(reply.json.problems || []);
    if (!reply.ok) {
      say(refusal(reply.json) || t('文件无法读取，未保存'), 'danger');
      return false;
    }
    setDirty(false);
    const draftBadge = document.querySelector('[data-designer-draft]');
    if (draftBadge) {
      draftBadge.textContent = t('草稿：第 {0} 次修改，刚刚保存', reply.json.revision);
      draftBadge.className = 'badge text-bg-warning';
    }
    const count = (reply.json.problems || []).length;
    say(count === 0 ? t('草稿已保存（第 {0} 次修改）', reply.json.revision) : t('草稿已保存（第 {0} 次修改），有 {1} 个问题，发布前需改正', reply.json.revision, count),
      count === 0 ? 'success' : 'warning');
    return true;
  }

  async function run(action) {
    busy(true);
    try {
      await action();
    } catch (error) {
      say(t('请求失败：{0}', error.message), 'danger');
    } finally {
      busy(false);
    }
  }

  part('save').addEventListener('click', () => run(async () => {
    say(t('正在保存…'));
    await save();
  }));

  part('publish-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run(async () => {
      say(t('正在保存…'));
      if (!(await save())) return;
      say(t('正在发布…'));
      const reply = await post(data.urls.publish, { note: part('note').value });
      if (reply.ok && reply.json?.version) {
        window.location.assign(`${data.urls.page}?published=${reply.json.version}`);
        return;
      }
      if (!reply.json) throw new Error(String(reply.status));
      problems.show(reply.json.problems || []);
      say(refusal(reply.json) || t('草稿有 {0} 个问题，未发布', (reply.json.problems || []).length), 'danger');
    });
  });

  part('import').addEventListener('change', (event) => run(async () => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      await load(await file.text());
    } catch (error) {
      say(t('文件无法打开：{0}', error.message), 'danger');
      return;
    } finally {
      event.target.value = '';
    }
    // The designer edits this workflow: an imported process takes its key, whatever its file called it.
    const rootElement = modeler.get('canvas').getRootElement();
    if (rootElement.businessObject.id !== data.key) modeler.get('modeling').updateProperties(rootElement, { id: data.key });
    problems.show([]);
    setDirty(true);
    say(t('已导入 {0}，请检查后保存草稿', file.name), 'warning');
  }));

  part('export').addEventListener('click', () => run(async () => {
    const { xml } = await modeler.saveXML({ format: true });
    const link = el('a', { href: URL.createObjectURL(new Blob([xml], { type: 'application/xml' })), download: `${data.key}.bpmn` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }));
}

/** Fits the diagram into the canvas right of the palette (which floats over the canvas's left edge), never enlarged. */
function fitBesidePalette(canvas) {
  const paletteWidth = 110;
  canvas.zoom('fit-viewport', 'auto');
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height) return;
  const scale = Math.min(1, (outer.width - paletteWidth - 20) / inner.width, (outer.height - 40) / inner.height);
  const width = outer.width / scale;
  const height = outer.height / scale;
  canvas.viewbox({
    x: inner.x - paletteWidth / scale,
    y: inner.y - (height - inner.height) / 2,
    width,
    height,
  });
}
