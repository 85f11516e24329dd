/** The product's name and version, shown in the status bar and `--version`. */
export const APP_NAME = 'Semantic Studio';
/** Kept in step with package.json by a unit test. */
export const APP_VERSION = '0.1.0';
