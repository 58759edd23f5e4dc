import type { ReactNode } from 'react'
import { useT } from '../i18n/useT'
import { AppHeader } from '../shell/AppHeader'
import { useDocumentTitle } from '../ui/useDocumentTitle'

interface AuthPageLayoutProps {
  title: string
  intro?: ReactNode
  children: ReactNode
}

/** The frame of the pages used before signing in: a card in the middle of the page. */
export const AuthPageLayout = ({ title, intro, children }: AuthPageLayoutProps) => {
  const t = useT()
  useDocumentTitle(`${title} · ${t('app.name')}`)
  return (
    <>
      <AppHeader>
        <span className="brand brand-alone">{t('app.name')}</span>
        <span className="header-subtitle">{t('app.tagline')}</span>
      </AppHeader>
      <main className="auth-main">
        <section className="auth-card" aria-labelledby="auth-title">
          <h1 id="auth-title" className="auth-title">
            {title}
          </h1>
          {intro && <p className="auth-intro">{intro}</p>}
          {children}
        </section>
      </main>
    </>
  )
}
