// The case replay island (auditors): the case's definition diagram in a bpmn-js NavigatedViewer, stepped
// through the trail. The page renders every step's details (hidden but one) and a JSON block with each
// version's diagram and, per step, the element ids to mark; this script shows one step at a time, marks
// the diagram, switches diagrams when a migration moved the case to another version, and plays the trail.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

const MARKERS = { visited: 'replay-visited', current: 'replay-current', open: 'replay-open', trouble: 'replay-trouble' };
const PLAY_INTERVAL_MS = 1600;

function start(root) {
  const data = JSON.parse(document.getElementById('replay-data').textContent);
  const canvasElement = root.querySelector('[data-replay-canvas]');
  const steps = data.steps;
  const articles = Array.from(root.querySelectorAll('[data-replay-step]'));
  const slider = root.querySelector('[data-replay-slider]');
  const position = root.querySelector('[data-replay-position]');
  const versionLabel = root.querySelector('[data-replay-version]');
  const playButton = root.querySelector('[data-replay-action="play"]');

  const viewer = new NavigatedViewer({ container: canvasElement });
  let shownVersion = null;
  let marked = [];
  let current = Math.min(Math.max(data.start || 0, 0), Math.max(steps.length - 1, 0));
  let timer = null;
  // Steps are shown in order even when clicks come faster than a diagram imports.
  let queue = Promise.resolve();

  async function showDiagram(version) {
    if (shownVersion === version) return;
    const xml = data.diagrams[String(version)];
    if (!xml) throw new Error(`no diagram for version ${version}`);
    await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport', 'auto');
    shownVersion = version;
    marked = [];
    canvasElement.dataset.version = String(version);
    if (versionLabel) versionLabel.textContent = (canvasElement.dataset.versionFormat || '{0}').replace('{0}', String(version));
  }

  function mark(step) {
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    for (const [id, marker] of marked) canvas.removeMarker(id, marker);
    marked = [];
    const add = (ids, marker) => {
      for (const id of ids || []) {
        if (!registry.get(id)) continue; // an element of another version
        canvas.addMarker(id, marker);
        marked.push([id, marker]);
      }
    };
    add(step.visited, MARKERS.visited);
    add(step.open, MARKERS.open);
    add(step.current, MARKERS.current);
    if (step.trouble) add(step.current, MARKERS.trouble);
  }

  function showDetails(index) {
    for (const article of articles) article.hidden = Number(article.dataset.replayStep) !== index;
    if (slider) slider.value = String(index);
    if (position) position.textContent = (position.dataset.format || '{0} / {1}').replace('{0}', String(index + 1)).replace('{1}', String(steps.length));
    root.dataset.currentStep = String(index);
    for (const button of root.querySelectorAll('[data-replay-action="first"], [data-replay-action="previous"]')) button.disabled = index === 0;
    for (const button of root.querySelectorAll('[data-replay-action="next"], [data-replay-action="last"]')) button.disabled = index === steps.length - 1;
  }

  function go(index) {
    if (steps.length === 0) return queue;
    current = Math.min(Math.max(index, 0), steps.length - 1);
    const target = current;
    showDetails(target);
    queue = queue.then(async () => {
      if (target !== current) return; // a later click already moved on
      const step = steps[target];
      await showDiagram(step.version);
      mark(step);
      canvasElement.dataset.markedStep = String(target);
    }).catch((error) => {
      canvasElement.dataset.error = 'true';
      canvasElement.textContent = canvasElement.dataset.errorText || String(error);
      console.error(error);
    });
    return queue;
  }

  function setPlaying(playing) {
    if (!playButton) return;
    const label = playButton.querySelector('span');
    const icon = playButton.querySelector('i');
    if (label) label.textContent = playing ? playButton.dataset.labelPause : playButton.dataset.labelPlay;
    if (icon) icon.className = playing ? 'bi bi-pause-fill' : 'bi bi-play-fill';
    playButton.setAttribute('aria-pressed', String(playing));
    root.dataset.playing = String(playing);
  }

  function pause() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    setPlaying(false);
  }

  function play() {
    if (current >= steps.length - 1) go(0);
    setPlaying(true);
    timer = setInterval(() => {
      if (current >= steps.length - 1) pause();
      else go(current + 1);
    }, PLAY_INTERVAL_MS);
  }

  root.addEventListener('click', (event) => {
    const action = event.target.closest('[data-replay-action]');
    if (action) {
      const name = action.dataset.replayAction;
      if (name === 'play') { timer === null ? play() : pause(); return; }
      pause();
      if (name === 'first') go(0);
      else if (name === 'previous') go(current - 1);
      else if (name === 'next') go(current + 1);
      else if (name === 'last') go(steps.length - 1);
    }
  });

  // Links elsewhere on the page (the integrity banner, the trail table) jump to a step.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-replay-goto]');
    if (!link) return;
    event.preventDefault();
    pause();
    go(Number(link.dataset.replayGoto));
    root.scrollIntoView({ behavior: 'smooth', block: 'start' });
  });

  if (slider) slider.addEventListener('input', () => { pause(); go(Number(slider.value)); });

  root.addEventListener('keydown', (event) => {
    if (event.target.matches('input, textarea, select')) return;
    if (event.key === 'ArrowRight') { pause(); go(current + 1); }
    else if (event.key === 'ArrowLeft') { pause(); go(current - 1); }
  });

  // Refit when the canvas itself changes size (not on every window resize: a full-page screenshot or print
  // preview resizes the window with the canvas unchanged, and fitting then finds nothing to measure).
  let fittedSize = `${canvasElement.clientWidth}x${canvasElement.clientHeight}`;
  new ResizeObserver(() => {
    const size = `${canvasElement.clientWidth}x${canvasElement.clientHeight}`;
    if (shownVersion === null || size === fittedSize || canvasElement.clientWidth === 0 || canvasElement.clientHeight === 0) return;
    fittedSize = size;
    const canvas = viewer.get('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
  }).observe(canvasElement);

  go(current).then(() => { root.dataset.ready = 'true'; });
}

function init() {
  const root = document.getElementById('case-replay');
  if (root && document.getElementById('replay-data')) start(root);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
