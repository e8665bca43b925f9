// The case replay island (auditors): bpmn-js viewer stepping through a case's trail. Filled in by the replay work.
