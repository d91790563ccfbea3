// Registers the offline worker and tells the app when a new version is waiting. Loaded on demand
// after the first render (see use-waiting-update.ts), so none of it weighs on the initial bundle.
import { whenIdle } from '../../lib/when-idle'
import { serviceWorkerPolicyName, skipWaitingMessage } from '../../service-worker/precache-manifest'

/** Called with the function that swaps in the waiting version; the app calls it on the reader's say-so. */
export type OnUpdateReady = (applyUpdate: () => void) => void

export interface RegisterOptions {
  readonly scriptUrl: string
  readonly scope: string
  readonly onUpdateReady: OnUpdateReady
  /** The browser's, unless a test passes a fake. */
  readonly container?: ServiceWorkerContainer
  readonly reload?: () => void
}

export async function registerServiceWorker({
  scriptUrl,
  scope,
  onUpdateReady,
  container = navigator.serviceWorker,
  reload = () => window.location.reload(),
}: RegisterOptions): Promise<void> {
  const registration = await container.register(trustedScriptUrl(scriptUrl), { scope })

  const announce = (waiting: ServiceWorker) => {
    onUpdateReady(() => {
      // Another tab has already swapped it in: it controls this page, and a reload gets it.
      if (waiting.state === 'activating' || waiting.state === 'activated') {
        reload()
        return
      }
      // Reload only once the new version controls this page, so the reload is served by it.
      container.addEventListener('controllerchange', () => reload(), { once: true })
      waiting.postMessage({ type: skipWaitingMessage })
    })
  }

  const watch = (installing: ServiceWorker) => {
    installing.addEventListener('statechange', () => {
      // The very first worker activates at once; a worker that finds an active one waits for us.
      if (installing.state === 'installed' && registration.active) announce(installing)
    })
  }

  if (registration.waiting) announce(registration.waiting)
  // An update the browser started on this navigation may already be installing.
  if (registration.installing) watch(registration.installing)
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing)
  })
}

/**
 * Registers after the load event, when the browser is idle: the worker's first install downloads
 * the whole app, which must not compete with the article the reader came for. Returns a cancel
 * function for a page that goes away first.
 */
export function registerWhenIdle(options: RegisterOptions): () => void {
  const register = () => {
    registerServiceWorker(options).catch((error: unknown) => console.warn('Selaras: offline support is unavailable', error))
  }
  let cancelIdle = () => {}
  const onLoad = () => {
    cancelIdle = whenIdle(register, 5000)
  }
  if (document.readyState === 'complete') onLoad()
  else window.addEventListener('load', onLoad, { once: true })
  return () => {
    window.removeEventListener('load', onLoad)
    cancelIdle()
  }
}

// The Trusted Types API is not in TypeScript's DOM library yet; this is the part used here.
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown }
}

let policy: ReturnType<TrustedTypePolicyFactory['createPolicy']> | undefined

/**
 * The worker's URL as a TrustedScriptURL: under the app's `require-trusted-types-for 'script'`
 * register() refuses a plain string. The one policy the CSP allows, made once (a second
 * createPolicy with its name would throw), vouches only for the app's own worker script.
 */
function trustedScriptUrl(scriptUrl: string): string {
  const factory = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes
  if (!factory) return scriptUrl // a browser without Trusted Types takes the string
  policy ??= factory.createPolicy(serviceWorkerPolicyName, {
    createScriptURL(url) {
      if (new URL(url, window.location.href).pathname.endsWith('/sw.js')) return url
      throw new TypeError(`${serviceWorkerPolicyName} vouches for the app's sw.js only, not ${url}`)
    },
  })
  // A TrustedScriptURL, which register() accepts where its TypeScript signature says string.
  return policy.createScriptURL(scriptUrl) as string
}
