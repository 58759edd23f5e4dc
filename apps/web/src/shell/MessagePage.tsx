import { useT } from '../i18n/useT'
import { Link } from '../router/Link'
import { AppHeader } from './AppHeader'
import { useDocumentTitle } from '../ui/useDocumentTitle'

/**
 * A page that only explains why there is nothing to show here (no such page, not allowed),
 * with the way back to the plans.
 */
export const MessagePage = ({ message, testId }: { message: string; testId?: string }) => {
  const t = useT()
  useDocumentTitle(t('app.name'))
  return (
    <>
      <AppHeader>
        <Link className="brand" href="/">
          {t('app.name')}
        </Link>
      </AppHeader>
      <main className="page-main">
        <div className="page-note page-error" role="alert" data-testid={testId}>
          <p>{message}</p>
          <Link className="button" href="/">
            {t('app.goHome')}
          </Link>
        </div>
      </main>
    </>
  )
}
