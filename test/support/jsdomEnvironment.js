/**
 * jsdom as the pane's tests need it: jest's jsdom lacks structuredClone, which browsers (and the
 * in-memory Excel running in them) have. Node's own is handed over.
 */
const { TestEnvironment } = require("jest-environment-jsdom");

class PaneEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.structuredClone = structuredClone;
  }
}

module.exports = PaneEnvironment;
