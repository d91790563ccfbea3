import { useTranslation } from 'react-i18next'

export type CopyResult = { readonly isCopied: boolean; readonly url: string }

function linkToUnit(unitId: string): string {
  const url = new URL(window.location.href)
  url.hash = unitId
  return url.href
}

export function CopyLinkButton({ unitId, onResult }: { unitId: string; onResult: (result: CopyResult) => void }) {
  const { t } = useTranslation('reader')

  async function copy() {
    const url = linkToUnit(unitId)
    try {
      // Undefined outside secure contexts: the TypeError lands in the same catch as a refusal.
      await navigator.clipboard.writeText(url)
      onResult({ isCopied: true, url })
    } catch {
      onResult({ isCopied: false, url })
    }
  }

  return (
    <button type="button" className="copy-link" onClick={() => void copy()}>
      {t('copyLink')} <span className="visually-hidden">{t('copyLinkTarget')}</span>
    </button>
  )
}
