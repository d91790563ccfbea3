import { useTranslation } from 'react-i18next'
import { uiLanguages, type UiLanguage } from '../../lib/ui-languages'

// Each language is named in itself, so a reader who cannot read the current UI still finds theirs.
const ownNames: Record<UiLanguage, string> = { en: 'English', id: 'Bahasa Indonesia' }

export function UiLanguageSelect({ value, onChange }: { value: UiLanguage; onChange: (language: UiLanguage) => void }) {
  const { t } = useTranslation()
  return (
    <label className="select">
      <span>{t('uiLanguage.label')}</span>
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
