import { useTranslation } from 'react-i18next'
import type { StorageProblem } from './preferences-storage'

export function StorageNotice({ problem, onDismiss }: { problem: StorageProblem; onDismiss: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="notice" role="status">
      <p>{t(`storageNotice.${problem}`)}</p>
      <button type="button" onClick={onDismiss}>
        {t('storageNotice.dismiss')}
      </button>
    </div>
  )
}
