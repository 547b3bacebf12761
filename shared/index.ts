/** The platform-free core of OrgSim. */
export * from './model/result';
export * from './model/types';
