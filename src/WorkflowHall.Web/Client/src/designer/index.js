// The workflow designer island (administrators): bpmn-js modeler with the hall's palette, moddle
// extension and properties panel. Filled in by the designer work.
