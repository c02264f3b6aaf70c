export * from "./registries";
export * from "./identity";
export * from "./eds";
export * from "./applications";
export * from "./notifications";
export * from "./office";
export * from "./results";
export * from "./home-visits";
