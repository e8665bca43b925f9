#!/usr/bin/env node
// Peer benchmark: the standard approval happy path in bpmn-engine (Node.js).
//
//   node run-bpmn-engine.mjs <file.bpmn> <cases> [--warmup N] [--trace]
//
// --warmup N: unmeasured cases run first (default 200); --trace: print the sample case path.
//
// The BPMN file is parsed once (bpmn-moddle) and serialized once (moddle-context-serializer);
// every case gets a new Engine built from that serialized context (the `sourceContext` option),
// so the timed loop measures execution, not XML parsing.
//
// Each case is driven from outside like a clerk workbench would: after every step the waiting
// user task is looked up among the postponed activities, the process variable `outcome` is set
// to the happy-path action (accept, review, approve, issue) and the task is signalled. The case
// must end at end event `closed`; anything else exits non-zero.
//
// Prints one JSON line with the timing of the measured (post-warm-up) cases.

import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import BpmnModdle from 'bpmn-moddle';
import * as elements from 'bpmn-elements';
import Serializer, { TypeResolver } from 'moddle-context-serializer';
import { Engine } from 'bpmn-engine';

/** Outcome to set when each user task of the happy path waits. */
const HAPPY_PATH = new Map([
  ['accept', 'accept'],
  ['review', 'review'],
  ['approve', 'approve'],
  ['issue', 'issue'],
]);
const EXPECTED_END = 'closed';
/** Activities the happy path must pass, in order; checked on one sample case before timing. */
const EXPECTED_PATH = ['apply', 'accept', 'acceptDecision', 'review', 'reviewDecision', 'approve', 'approveDecision', 'issue', 'closed'];
const COMPLETIONS_PER_CASE = HAPPY_PATH.size;

function fail(message) {
  process.stderr.write(`run-bpmn-engine: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const positional = [];
  let warmup = 200;
  let trace = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--warmup') warmup = Number(argv[++i]);
    else if (argv[i] === '--trace') trace = true;
    else positional.push(argv[i]);
  }
  const [file, casesText] = positional;
  const cases = Number(casesText);
  if (!file || !Number.isInteger(cases) || cases < 1 || !Number.isInteger(warmup) || warmup < 0) {
    fail('usage: node run-bpmn-engine.mjs <file.bpmn> <cases> [--warmup N] [--trace]');
  }
  return { file, cases, warmup, trace };
}

/**
 * bpmn-elements' default expression handler only resolves property paths and function calls:
 * `${outcome == 'accept'}` is looked up as a property literally named "outcome == 'accept'",
 * which is undefined, so every condition is false. Camunda/Flowable-style files need the
 * comparison, so this handler adds `${path == 'literal'}` / `${path != 'literal'}` (string,
 * number, true/false/null literals), reading the left side from the process variables the way
 * JUEL does, and defers everything else to the default handler.
 */
function comparisonExpressions(defaults) {
  const comparison = /^\$\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*(===|!==|==|!=)\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?)|(true|false|null))\s*\}$/;
  const cache = new Map();

  function parse(text) {
    let parsed = cache.get(text);
    if (parsed === undefined) {
      const m = typeof text === 'string' ? comparison.exec(text.trim()) : null;
      if (!m) {
        parsed = null;
      } else {
        let literal;
        if (m[3] !== undefined) literal = m[3];
        else if (m[4] !== undefined) literal = m[4];
        else if (m[5] !== undefined) literal = Number(m[5]);
        else literal = m[6] === 'null' ? null : m[6] === 'true';
        parsed = { path: m[1].split('.'), negate: m[2].startsWith('!'), literal };
      }
      cache.set(text, parsed);
    }
    return parsed;
  }

  return {
    isExpression: defaults.isExpression,
    hasExpression: defaults.hasExpression,
    resolveExpression(text, context, fnContext) {
      const parsed = parse(text);
      if (!parsed) return defaults.resolveExpression(text, context, fnContext);
      let value = context?.environment?.variables;
      for (const key of parsed.path) value = value == null ? undefined : value[key];
      const equal = value === parsed.literal || (value == null && parsed.literal === null);
      return parsed.negate ? !equal : equal;
    },
  };
}

async function loadSourceContext(file) {
  const xml = readFileSync(file, 'utf8');
  const moddleContext = await new BpmnModdle().fromXML(xml);
  for (const warning of moddleContext.warnings ?? []) {
    // Foreign attributes (hall:, camunda:) are kept by bpmn-moddle as $attrs; report anything else.
    process.stderr.write(`bpmn-moddle warning: ${warning.message}\n`);
  }
  return Serializer(moddleContext, TypeResolver({ ...elements }));
}

/** Runs one case to its end; resolves with the id of the end event reached. */
async function runCase(sourceContext, expressions, caseNo, listener) {
  const engine = new Engine({ name: `case-${caseNo}`, sourceContext, expressions, ...(listener && { listener }) });
  let failure;
  const ended = new Promise((resolve) => {
    engine.once('end', () => resolve());
    engine.once('error', (err) => {
      failure = err;
      resolve();
    });
  });

  const execution = await engine.execute({ variables: { applicant: `applicant-${caseNo}` } });

  for (let step = 0; step < COMPLETIONS_PER_CASE && !failure; step++) {
    if (execution.state !== 'running') break;
    const waiting = execution.getPostponed().find((api) => HAPPY_PATH.has(api.id));
    if (!waiting) {
      const ids = execution.getPostponed().map((api) => api.id);
      failure = new Error(`case ${caseNo}: no happy-path user task waiting (postponed: ${ids.join(', ') || 'none'})`);
      break;
    }
    waiting.environment.variables.outcome = HAPPY_PATH.get(waiting.id);
    execution.signal({ id: waiting.id });
  }

  if (!failure && execution.state === 'running') {
    const ids = execution.getPostponed().map((api) => api.id);
    failure = new Error(`case ${caseNo}: still running after ${COMPLETIONS_PER_CASE} completions (waiting: ${ids.join(', ') || 'none'})`);
  }
  if (failure) {
    engine.stop();
    throw failure;
  }
  await ended;

  const reached = [];
  for (const definition of execution.definitions) {
    for (const bp of definition.getProcesses()) {
      for (const activity of bp.getActivities()) {
        if (activity.type === 'bpmn:EndEvent' && activity.counters.taken > 0) reached.push(activity.id);
      }
    }
  }
  return reached.join(',');
}

async function main() {
  const { file, cases, warmup, trace } = parseArgs(process.argv.slice(2));
  const sourceContext = await loadSourceContext(file);
  const probe = new Engine({ sourceContext });
  // The package does not export package.json; its saved state carries the version instead.
  const { engineVersion } = await probe.getState();
  const expressions = comparisonExpressions(probe.environment.expressions);

  // One sample case with a listener: the activities must be exactly the happy path.
  const path = [];
  const listener = new EventEmitter();
  listener.on('activity.end', (api) => path.push(api.id));
  const sampleEnd = await runCase(sourceContext, expressions, "sample", listener);
  if (trace) process.stderr.write(`sample case path: ${path.join(' -> ')} (ended at ${sampleEnd})\n`);
  if (path.join() !== EXPECTED_PATH.join()) fail(`sample case took ${path.join(' -> ')}, expected ${EXPECTED_PATH.join(' -> ')}`);

  const check = async (caseNo) => {
    const end = await runCase(sourceContext, expressions, caseNo);
    if (end !== EXPECTED_END) fail(`case ${caseNo} ended at '${end ?? 'nothing'}', expected '${EXPECTED_END}'`);
  };

  for (let i = 0; i < warmup; i++) await check(-1 - i);

  const started = performance.now();
  for (let i = 0; i < cases; i++) await check(i);
  const seconds = (performance.now() - started) / 1000;

  process.stdout.write(
    JSON.stringify({
      engine: 'bpmn-engine',
      version: engineVersion,
      node: process.version,
      cases,
      warmup,
      seconds: Number(seconds.toFixed(3)),
      casesPerSecond: Number((cases / seconds).toFixed(1)),
      completionsPerSecond: Number(((cases * COMPLETIONS_PER_CASE) / seconds).toFixed(1)),
    }) + '\n'
  );
}

let finished = false;
// A case that stops without ending or erroring would leave an unsettled promise and let Node exit 0.
process.on('beforeExit', () => {
  if (!finished) fail('the run stopped before all cases finished');
});
main()
  .then(() => {
    finished = true;
  })
  .catch((err) => fail(err?.stack ?? String(err)));
