// The engine's validation problems, in a list and on the diagram: a red marker and a badge on every element
// a problem names; clicking a problem (or a badge) selects its element.
import { el } from './dom.js';

const OVERLAY = 'designer-problem';
const MARKER = 'designer-problem';

export class ProblemList {
  constructor(container, modeler, t) {
    this._container = container;
    this._modeler = modeler;
    this._t = t;
    this._marked = [];
    this._problems = [];
  }

  get count() {
    return this._problems.length;
  }

  show(problems) {
    this._problems = problems || [];
    this._render();
    this.mark();
  }

  /** Puts the markers back (after an import replaced the diagram, say). */
  mark() {
    const canvas = this._modeler.get('canvas');
    const overlays = this._modeler.get('overlays');
    const registry = this._modeler.get('elementRegistry');
    overlays.remove({ type: OVERLAY });
    this._marked.filter((id) => registry.get(id)).forEach((id) => canvas.removeMarker(id, MARKER));
    this._marked = [];
    const root = canvas.getRootElement();
    const byElement = new Map();
    this._problems.forEach((p) => byElement.set(p.elementId, [...(byElement.get(p.elementId) || []), p]));
    for (const [id, list] of byElement) {
      const element = id && registry.get(id);
      if (!element || element === root || element.labelTarget) continue;
      canvas.addMarker(id, MARKER);
      this._marked.push(id);
      const badge = el('button', {
        type: 'button', className: 'designer-problem-badge', 'data-testid': 'problem-badge', 'data-problem-for': id,
        title: list.map((p) => this._message(p)).join('\n'), text: String(list.length),
      });
      badge.addEventListener('click', () => this._select(id));
      overlays.add(id, OVERLAY, { position: { top: -12, right: 12 }, html: badge });
    }
  }

  _render() {
    const t = this._t;
    const container = this._container;
    container.dataset.count = String(this._problems.length);
    if (this._problems.length === 0) {
      container.replaceChildren(el('p', { className: 'text-success small mb-0', 'data-testid': 'no-problems' },
        el('i', { className: 'bi bi-check-circle me-1' }), t('没有发现问题。')));
      return;
    }
    const items = this._problems.map((p) => {
      const label = p.elementId || (p.elementKind === 'document' ? t('(文件)') : t('(流程)'));
      const item = el('li', { className: 'list-group-item list-group-item-action designer-problem-item', role: 'button', tabindex: '0',
        'data-testid': 'problem', 'data-element-id': p.elementId, 'data-code': p.code },
      el('code', { className: 'me-2', text: label }), this._message(p));
      const select = () => this._select(p.elementId);
      item.addEventListener('click', select);
      item.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(); } });
      return item;
    });
    container.replaceChildren(
      el('p', { className: 'small text-muted mb-1', text: t('点击问题可在图中选中相关元素。') }),
      el('ul', { className: 'list-group list-group-flush small' }, items));
  }

  _message(problem) {
    return this._t.chinese ? problem.messageZh : problem.messageEn;
  }

  _select(id) {
    const registry = this._modeler.get('elementRegistry');
    const element = id && registry.get(id);
    if (!element) return;
    const canvas = this._modeler.get('canvas');
    if (element !== canvas.getRootElement()) {
      this._modeler.get('selection').select(element);
      canvas.scrollToElement(element);
    }
  }
}
