import { useTranslation } from 'react-i18next'
import { uiLanguages, type UiLanguage } from '../../lib/ui-languages'

// Each language is named in itself, so a reader who cannot read the current UI still finds theirs.
const ownNames: Record<UiLanguage, string> = { en: 'English', id: 'Bahasa Indonesia' }

export function UiLanguageSelect({ value, onChange }: { value: UiLanguage; onChange: (language: UiLanguage) => void }) {
  const { t } = useTranslation()
  return (
    <label className="select">
      {/* A phone's banner hides the words and shows the globe (app.css); the select keeps its name. */}
      <span className="select-label">{t('uiLanguage.label')}</span>
      <svg className="select-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.5 3.75 5.5 3.75 9S14.5 18.5 12 21M12 3C9.5 5.5 8.25 8.5 8.25 12S9.5 18.5 12 21" />
      </svg>
      <select
        value={value}
        onChange={(event) => {
          const language = uiLanguages.find((candidate) => candidate === event.target.value)
          if (language) onChange(language)
        }}
      >
        {uiLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {ownNames[language]}
          </option>
        ))}
      </select>
    </label>
  )
}
