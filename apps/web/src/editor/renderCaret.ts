/**
 * A collaborator's caret for CollaborationCaret: a bar in their colour, without text. The name
 * label is drawn outside the editable element by `CaretLabels`, which reads `data-name` and
 * `data-color` from here.
 */
export const renderCaret = (user: Record<string, unknown>): HTMLElement => {
  const caret = document.createElement('span')
  caret.classList.add('collaboration-carets__caret')
  caret.style.borderColor = String(user.color)
  caret.dataset.name = String(user.name ?? '')
  caret.dataset.color = String(user.color)
  return caret
}
