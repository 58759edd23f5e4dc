/** The id of the editable element, for the skip link and the toolbar's aria-controls. */
export const EDITOR_CONTENT_ID = 'plan-editor'
