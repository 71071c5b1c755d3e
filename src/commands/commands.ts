/**
 * The ribbon's function file (manifest.xml <FunctionFile resid="Commands.Url"/>). The only ribbon
 * button opens the task pane (a ShowTaskpane action), so there are no ExecuteFunction handlers to
 * register yet; a future one would be added with Office.actions.associate("name", handler) here.
 */

function onCommandsReady(): void {
  // Nothing to register yet.
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(onCommandsReady);
}

export {};
