/** The formats a plan exports to, in the order the export dialog offers them. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html'] as const

export type ExportFormat = (typeof EXPORT_FORMATS)[number]
