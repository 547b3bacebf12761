/** The platform-free core of OrgSim. */
export * from './model/result';
export * from './model/types';
export * from './model/dates';
export * from './model/tree';
export * from './model/invariants';
export * from './model/edits';
export * from './model/metrics';
export * from './sample/sampleScenario';
export * from './file/scenarioFile';
export * from './file/migrations';
export * from './layout/treeLayout';
export * from './ipc';
export * from './forecast/readiness';
export * from './forecast/candidates';
export * from './forecast/forecast';
export * from './model/view';
