import { useT } from '../i18n/useT'

/** A whole page waiting for something: code to load, or the server to say who is signed in. */
export const PageLoading = ({ message }: { message?: string }) => {
  const t = useT()
  return (
    <p className="page-note" role="status">
      {message ?? t('app.loading')}
    </p>
  )
}
