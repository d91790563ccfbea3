// The update flow against a fake browser: when a new version is announced, and that it is swapped
// in only when the app applies it. (The browser test proves the same with a real worker.)
import { expect, test, vi } from 'vitest'
import { registerServiceWorker } from './register-service-worker'

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing'
  readonly postMessage = vi.fn()

  moveTo(state: ServiceWorkerState) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null
  waiting: FakeWorker | null = null
  active: FakeWorker | null = null

  startUpdate(): FakeWorker {
    const worker = new FakeWorker()
    this.installing = worker
    this.dispatchEvent(new Event('updatefound'))
    return worker
  }
}

async function setUp(registration: FakeRegistration) {
  const container = new EventTarget()
  const register = vi.fn(async () => registration)
  const onUpdateReady = vi.fn<(apply: () => void) => void>()
  const reload = vi.fn()
  await registerServiceWorker({
    scriptUrl: '/sw.js',
    scope: '/',
    onUpdateReady,
    // The fake implements only what registration uses; the cast is to the browser's full interface.
    container: Object.assign(container, { register }) as unknown as ServiceWorkerContainer,
    reload,
  })
  return { container, register, onUpdateReady, reload }
}

test('the first install is not announced: there is no old version to replace', async () => {
  const registration = new FakeRegistration()
  const { register, onUpdateReady } = await setUp(registration)
  expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' })
  const first = registration.startUpdate()
  first.moveTo('installed')
  first.moveTo('activated')
  expect(onUpdateReady).not.toHaveBeenCalled()
})

test('a new version that installs while one is active is announced, and waits', async () => {
  const registration = new FakeRegistration()
  registration.active = new FakeWorker()
  const { onUpdateReady, reload } = await setUp(registration)
  const next = registration.startUpdate()
  expect(onUpdateReady).not.toHaveBeenCalled()
  next.moveTo('installed')
  expect(onUpdateReady).toHaveBeenCalledTimes(1)
  expect(next.postMessage).not.toHaveBeenCalled()
  expect(reload).not.toHaveBeenCalled()
})

test('applying the update tells the waiting worker to take over, and reloads once it has', async () => {
  const registration = new FakeRegistration()
  registration.active = new FakeWorker()
  registration.waiting = new FakeWorker() // installed on an earlier visit
  const { container, onUpdateReady, reload } = await setUp(registration)
  const applyUpdate = onUpdateReady.mock.calls[0]?.[0]
  if (!applyUpdate) throw new Error('the waiting worker was not announced')

  applyUpdate()
  expect(registration.waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
  expect(reload).not.toHaveBeenCalled()
  container.dispatchEvent(new Event('controllerchange'))
  expect(reload).toHaveBeenCalledTimes(1)
  container.dispatchEvent(new Event('controllerchange'))
  expect(reload).toHaveBeenCalledTimes(1)
})

test('a controller change the reader did not ask for reloads nothing', async () => {
  const registration = new FakeRegistration()
  const { container, reload } = await setUp(registration)
  // The first worker claiming the page changes its controller too.
  container.dispatchEvent(new Event('controllerchange'))
  expect(reload).not.toHaveBeenCalled()
})

test('applying an update another tab has already swapped in reloads at once', async () => {
  const registration = new FakeRegistration()
  registration.active = new FakeWorker()
  const { onUpdateReady, reload } = await setUp(registration)
  const next = registration.startUpdate()
  next.moveTo('installed')
  const applyUpdate = onUpdateReady.mock.calls[0]?.[0]
  if (!applyUpdate) throw new Error('the new version was not announced')
  // The reader pressed Reload in another tab: the worker took over there, and here too.
  next.moveTo('activating')
  next.moveTo('activated')

  applyUpdate()
  expect(reload).toHaveBeenCalledTimes(1)
  expect(next.postMessage).not.toHaveBeenCalled()
})
