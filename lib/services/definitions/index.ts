// The registry lives in ../registry.ts (built from ../catalogue); these names stay for existing imports.
export { findService, serviceDefinitions } from "../registry";
