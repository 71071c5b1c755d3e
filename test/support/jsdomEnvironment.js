/**
 * jsdom as the pane's tests need it: jest's jsdom lacks structuredClone, TextEncoder and TextDecoder,
 * which browsers (and the in-memory Excel and the export writers running in them) have. Node's own
 * are handed over.
 */
const { TestEnvironment } = require("jest-environment-jsdom");

class PaneEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.structuredClone = structuredClone;
    this.global.TextEncoder = TextEncoder;
    this.global.TextDecoder = TextDecoder;
  }
}

module.exports = PaneEnvironment;
