import { LANGS, isLang } from './languages'
import { useI18n } from './useI18n'

export const LanguageSwitch = () => {
  const { lang, setLang, t } = useI18n()
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('lang.label')}</span>
      <select
        data-testid="language-switch"
        value={lang}
        onChange={(event) => {
          if (isLang(event.target.value)) setLang(event.target.value)
        }}
      >
        {LANGS.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`lang.${option}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
