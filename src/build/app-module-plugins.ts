import react from '@vitejs/plugin-react'
import type { PluginOption } from 'vite'
import { translationTitlePlugin } from './translation-title-plugin.ts'

/**
 * The plugins the app's own modules need in order to load (JSX, a translation's `?title`), and
 * nothing that builds or serves: the app's config and the prerender's SSR loader both take them
 * from here, so a module that loads in one loads in the other.
 */
export function appModulePlugins(): PluginOption[] {
  return [react(), translationTitlePlugin()]
}
