import type { ReactNode } from 'react'
import { IdentityButton } from '../identity/IdentityButton'
import { LanguageSwitch } from '../i18n/LanguageSwitch'

interface AppHeaderProps {
  /** The left part: brand and page title. */
  children: ReactNode
  /** Page-specific items placed before the language switch and the name. */
  actions?: ReactNode
}

export const AppHeader = ({ children, actions }: AppHeaderProps) => (
  <header className="app-header">
    <div className="app-header-main">{children}</div>
    <div className="app-header-actions">
      {actions}
      <LanguageSwitch />
      <IdentityButton />
    </div>
  </header>
)
