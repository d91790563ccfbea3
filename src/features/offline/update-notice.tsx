import { useTranslation } from 'react-i18next'
import { useWaitingUpdate } from './use-waiting-update'

/**
 * Says that a new version is ready and swaps it in only when the reader asks: never mid-read.
 * Polite and non-modal, like the app's other notices (settings/storage-notice.tsx).
 */
export function UpdateNotice() {
  const { t } = useTranslation()
  const applyUpdate = useWaitingUpdate()
  if (!applyUpdate) return null
  return (
    <div className="notice" role="status">
      <p>{t('updateNotice.ready')}</p>
      <button type="button" onClick={applyUpdate}>
        {t('updateNotice.reload')}
      </button>
    </div>
  )
}
