import type { ReactNode } from 'react'
import { UserMenu } from '../auth/UserMenu'
import { LanguageSwitch } from '../i18n/LanguageSwitch'
import { NotificationsMenu } from '../notifications/NotificationsMenu'

interface AppHeaderProps {
  /** The left part: brand and page title. */
  children: ReactNode
  /** Page-specific items placed before notifications, language and the signed-in person. */
  actions?: ReactNode
}

export const AppHeader = ({ children, actions }: AppHeaderProps) => (
  <header className="app-header">
    <div className="app-header-main">{children}</div>
    <div className="app-header-actions">
      {actions}
      <NotificationsMenu />
      <LanguageSwitch />
      <UserMenu />
    </div>
  </header>
)
