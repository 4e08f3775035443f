// The template spec types, for the template files: declared in the plan layer (core/plan/templateSpec.ts), which they build on.
export type * from '../plan/templateSpec';
