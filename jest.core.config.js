/** Jest for the core tests only (test/core/**): used by Stryker (`npm run mutation`, see stryker.config.json). */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/core/**/*.test.ts"],
};
