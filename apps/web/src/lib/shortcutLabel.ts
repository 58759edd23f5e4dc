const isApple = (): boolean => /Mac|iPhone|iPad/.test(navigator.userAgent)

/** "Mod-Shift-z" as the platform writes it: "⌘⇧Z" on Apple devices, "Ctrl+Shift+Z" elsewhere. */
export const shortcutLabel = (shortcut: string): string => {
  const apple = isApple()
  const names: Record<string, string> = apple
    ? { Mod: '⌘', Shift: '⇧', Alt: '⌥' }
    : { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt' }
  return (
    shortcut
      .split('-')
      // Letters as printed on the keys; named keys (Enter) as they are.
      .map((part) => names[part] ?? (part.length === 1 ? part.toUpperCase() : part))
      .join(apple ? '' : '+')
  )
}
