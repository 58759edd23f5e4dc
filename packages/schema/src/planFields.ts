/**
 * Names of the shared types inside a plan's Y.Doc. The web editor, the server and export all
 * read the document through these names; renaming one orphans every stored plan.
 */
export const PLAN_BODY_FIELD = 'body'
