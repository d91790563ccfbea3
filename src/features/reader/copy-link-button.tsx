export type CopyResult = { readonly isCopied: boolean; readonly url: string }

function linkToUnit(unitId: string): string {
  const url = new URL(window.location.href)
  url.hash = unitId
  return url.href
}

interface CopyLinkButtonProps {
  readonly unitId: string
  readonly label: string
  /** Read out after the label: which link it copies. */
  readonly targetLabel: string
  readonly onResult: (result: CopyResult) => void
}

export function CopyLinkButton({ unitId, label, targetLabel, onResult }: CopyLinkButtonProps) {

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
      {label} <span className="visually-hidden">{targetLabel}</span>
    </button>
  )
}
