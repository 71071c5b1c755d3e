export * from "./bigrams";
export * from "./normalize";
export * from "./numerals";
export * from "./rocDate";
export * from "./units";
export * from "./years";
