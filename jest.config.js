/** Jest: ts-jest (isolatedModules: type checks run separately with `tsc --noEmit`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
  // jsdom resolves packages' "browser" builds; uuid's (used by ExcelJS) is ES modules, which Jest cannot load.
  moduleNameMapper: { "^uuid$": require.resolve("uuid") },
};
