/** Stroke paths on a 24×24 grid, drawn for this toolbar. */
const PATHS = {
  bold: 'M7 5h6a3.5 3.5 0 0 1 0 7H7z M7 12h7.5a3.5 3.5 0 0 1 0 7H7z',
  italic: 'M19 4h-9 M14 20H5 M15 4 9 20',
  strike:
    'M16 6.5C15.3 5 13.8 4 12 4c-2.5 0-4 1.4-4 3.2 0 1.3.8 2.2 2.2 2.8 M4 12h16 M8 17c.7 1.8 2.2 3 4.3 3 2.6 0 4.2-1.4 4.2-3.3 0-.6-.1-1.1-.4-1.7',
  code: 'M16 18l6-6-6-6 M8 6l-6 6 6 6',
  bulletList: 'M9 6h11 M9 12h11 M9 18h11 M4.5 6h.01 M4.5 12h.01 M4.5 18h.01',
  orderedList:
    'M10 6h10 M10 12h10 M10 18h10 M4 4.5h1.2V9 M4 9h2.4 M4 14.8c.3-.5.8-.8 1.3-.8.8 0 1.3.5 1.3 1.1 0 1-2.6 2-2.6 3.4h2.6',
  blockquote: 'M4 18V12c0-3 1.5-5 4-6 M4 12h4v6H4 M13 18V12c0-3 1.5-5 4-6 M13 12h4v6h-4',
  codeBlock: 'M4 4h16v16H4z M10 9.5 7.5 12l2.5 2.5 M14 9.5l2.5 2.5-2.5 2.5',
  horizontalRule: 'M3 12h18 M7 6h10 M7 18h10',
  link: 'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7 M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7',
  insertTable: 'M3 4h18v16H3z M3 9.3h18 M3 14.7h18 M9 4v16 M15 4v16',
  addRowAfter: 'M3 3h18v9H3z M3 7.5h18 M9 3v9 M15 3v9 M12 15v6 M9 18h6',
  deleteRow: 'M3 3h18v9H3z M3 7.5h18 M9 3v9 M15 3v9 M9 18h6',
  addColumnAfter: 'M3 3h9v18H3z M3 9h9 M3 15h9 M7.5 3v18 M18 9v6 M15 12h6',
  deleteColumn: 'M3 3h9v18H3z M3 9h9 M3 15h9 M7.5 3v18 M15 12h6',
  deleteTable: 'M3 4h13v11H3z M3 9.5h13 M9.5 4v11 M15 16l5 5 M20 16l-5 5',
  undo: 'M9 14 4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5 M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  comment:
    'M20 11.5a7.5 7.5 0 0 1-10.9 6.7L4 19.5l1.3-4.6A7.5 7.5 0 1 1 20 11.5z M12.5 8v7 M9 11.5h7',
  comments:
    'M20 11.5a7.5 7.5 0 0 1-10.9 6.7L4 19.5l1.3-4.6A7.5 7.5 0 1 1 20 11.5z M9 10h7 M9 13.5h4.5',
} as const

export type IconName = keyof typeof PATHS

export const ToolbarIcon = ({ name }: { name: IconName }) => (
  <svg
    className="toolbar-icon"
    viewBox="0 0 24 24"
    width="18"
    height="18"
    fill="none"
    stroke="currentColor"
    strokeWidth={name === 'bold' ? 2.4 : 2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d={PATHS[name]} />
  </svg>
)
