/** The languages the add-in speaks: Traditional Chinese (Taiwan) first, English second. One type for core, CLI and pane. */
export type Locale = "zh-TW" | "en";
