import { useT } from '../i18n/useT'
import { useIdentity } from './useIdentity'

/** The header's "you" chip: your colour and name; activating it lets you change the name. */
export const IdentityButton = () => {
  const t = useT()
  const { name, color, openNameDialog } = useIdentity()
  const shown = name ?? t('identity.guest')
  return (
    <button
      type="button"
      className="identity-button"
      data-testid="identity-button"
      aria-label={t('identity.change', { name: shown })}
      title={t('identity.change', { name: shown })}
      onClick={openNameDialog}
    >
      <span className="color-dot" style={{ backgroundColor: color }} aria-hidden="true" />
      <span className="identity-name">{shown}</span>
    </button>
  )
}
