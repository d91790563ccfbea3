// Builds the service worker with the list of files it precaches baked in (issue 4, offline).
//
// The list must cover every file of the build, including HTML pages that other plugins write after
// the bundle (prerendered articles are written in a `writeBundle` hook). So the worker is built
// at the very end: `closeBundle`, ordered 'post' and sequential, walks the output folder as it
// finally is, then bundles the worker on its own with the manifest defined in. A separate bundle,
// not a chunk of the app's, so the bundler can never split code the two share into a chunk the
// worker would have to import.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { build, type Plugin } from 'vite'
import { manifestPlaceholder, type PrecacheManifest } from '../service-worker/precache-manifest.ts'
import { createPrecacheManifest, serviceWorkerFileName, type BuiltFile } from './precache-list.ts'

const workerSource = join(import.meta.dirname, '../service-worker/service-worker.ts')

export function precachePlugin(): Plugin {
  let isBundleWritten = false
  return {
    name: 'selaras:precache',
    apply: 'build',
    // Only the browser build has a worker; a server build for prerendering must not get one.
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      isBundleWritten = false
    },
    writeBundle() {
      isBundleWritten = true
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        // A failed build also ends here; its own error is the one to report, and there is nothing to list.
        if (!isBundleWritten) return
        const { root, base, build: buildOptions, mode } = this.environment.config
        const outDir = resolve(root, buildOptions.outDir)
        const files = await readBuiltFiles(outDir)
        const manifest = createPrecacheManifest(files, base)
        await writeFile(join(outDir, serviceWorkerFileName), await bundleWorker(root, mode, manifest))
        const bytes = files.filter((file) => manifest.urls.includes(encodeURI(base + file.path)))
        const kib = Math.round(bytes.reduce((sum, file) => sum + file.content.byteLength, 0) / 1024)
        this.info(`${serviceWorkerFileName} precaches ${manifest.urls.length} files, ${kib} KiB; version ${manifest.version}`)
      },
    },
  }
}

async function readBuiltFiles(outDir: string): Promise<BuiltFile[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true })
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
  return Promise.all(
    paths.map(async (path) => ({ path: relative(outDir, path).split(sep).join('/'), content: await readFile(path) })),
  )
}

/** The worker as one classic script (no imports, so every browser can start it), minified. */
async function bundleWorker(root: string, mode: string, manifest: PrecacheManifest): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    mode,
    logLevel: 'warn',
    publicDir: false,
    define: { [manifestPlaceholder]: JSON.stringify(manifest) },
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      rolldownOptions: { input: workerSource, output: { format: 'iife', entryFileNames: serviceWorkerFileName } },
    },
  })
  const outputs = Array.isArray(result) ? result : [result]
  for (const output of outputs) {
    if (!('output' in output)) continue
    const chunk = output.output.find((item) => item.type === 'chunk' && item.fileName === serviceWorkerFileName)
    if (chunk?.type === 'chunk') return chunk.code
  }
  throw new Error(`building ${workerSource} produced no ${serviceWorkerFileName}`)
}
