import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { createPlanExtensions } from './planExtensions'

/** The ProseMirror schema of a plan, built from the same extensions the editor uses. */
export const createPlanSchema = (): Schema => getSchema(createPlanExtensions())
