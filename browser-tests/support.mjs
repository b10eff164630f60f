// Starts the service on demo data in a temporary folder and drives Debian's Chromium.
import { wordsIn } from './catalogue.mjs'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
import { before, after } from 'node:test'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const DEMO_PASSWORD = 'demo-password-2026'

async function freePort () {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export async function startService () {
  const bin = process.env.MICROCONTRACTS_BIN
  if (!bin) throw new Error('MICROCONTRACTS_BIN must name the built microcontracts binary')
  const dir = mkdtempSync(join(tmpdir(), 'microcontracts-browser-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const mailFolder = join(dir, 'mail')
  const child = spawn(bin, ['demo', '--demo-password', DEMO_PASSWORD], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite://${join(dir, 'demo.db')}`,
      BIND: `127.0.0.1:${port}`,
      BASE_URL: base,
      MAIL_FOLDER: mailFolder,
      SECRETS_KEY_FILE: join(dir, 'secrets.key'),
      OUTBOX_POLL_SECONDS: '1',
      RUST_LOG: 'warn'
    },
    stdio: ['ignore', 'inherit', 'inherit']
  })
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      const r = await fetch(`${base}/readyz`)
      if (r.ok) break
    } catch {}
    if (Date.now() > deadline) throw new Error('the service did not start within 60 seconds')
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  return {
    base,
    mailFolder,
    async stop () {
      child.kill('SIGTERM')
      await new Promise(resolve => child.once('exit', resolve))
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export async function launchBrowser () {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  })
}

// New browser context. The page's CSP forbids inline script, so axe is injected with CSP bypassed.
export async function newPage (browser) {
  const context = await browser.newContext({ bypassCSP: true })
  return context.newPage()
}

const checked = new Set()

// Runs axe-core on the page as it is now; fails on any WCAG 2.2 AA violation.
export async function assertAccessible (page, assert) {
  await page.addScriptTag({ content: axeSource })
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
  })
  const problems = results.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)
  assert.deepEqual(problems, [], `axe violations on ${page.url()}`)
  await assertReflows(page, assert)
  checked.add(new URL(page.url()).pathname)
}

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide the page does not scroll sideways (tables
// may scroll inside their own region). Names the elements that stick out.
export async function assertReflows (page, assert) {
  const size = page.viewportSize()
  await page.setViewportSize({ width: 320, height: 800 })
  const overflow = await page.evaluate(() => {
    const doc = document.documentElement
    if (doc.scrollWidth <= doc.clientWidth) return null
    const wide = [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > doc.clientWidth + 1 && !e.closest('.app-table-scroll'))
      .slice(-5)
      .map(e => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') +
        (typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''))
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide }
  })
  await page.setViewportSize(size)
  assert.equal(overflow, null, `${page.url()} scrolls sideways at 320 CSS pixels: ${JSON.stringify(overflow)}`)
}

export function pagesChecked () {
  return [...checked].sort()
}

// The newest email to `to` (with `containing` in it, if given) that the folder transport
// wrote, waiting for the outbox worker.
export async function emailTo (mailFolder, to, containing = '') {
  const deadline = Date.now() + 30_000
  for (;;) {
    let files = []
    try { files = readdirSync(mailFolder).sort().reverse() } catch {}
    for (const file of files) {
      const raw = readFileSync(join(mailFolder, file), 'utf8')
      if (raw.includes(`To: ${to}`)) {
        // Undo quoted-printable soft line breaks and escapes, should the transport use them.
        const text = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
        if (text.includes(containing)) return text
      }
    }
    if (Date.now() > deadline) throw new Error(`no email to ${to} in ${mailFolder}`)
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}

// Signs in with the demo password and waits for the start page. In Welsh (`language`
// 'cy'), the visitor chooses Welsh first, so the person's pages are Welsh too.
export async function signIn (page, base, email, language = 'en') {
  const say = wordsIn(language)
  await page.goto(language === 'en' ? `${base}/sign-in` : `${base}/language/${language}?return_to=/sign-in`)
  await page.getByLabel(say('Work email address')).fill(email)
  await page.getByLabel(say('Password'), { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: say('Sign in') }).click()
  await page.waitForURL(`${base}/`)
}

// Fills a GOV.UK date input (or month input, for YYYY-MM) found by its legend (named in
// English, said in the page's language).
export async function fillDate (page, legend, iso, language = 'en') {
  const say = wordsIn(language)
  const [year, month, day] = iso.split('-')
  const group = page.getByRole('group', { name: say(legend) })
  if (day) await group.getByLabel(say('Day'), { exact: true }).fill(day)
  await group.getByLabel(say('Month'), { exact: true }).fill(month)
  await group.getByLabel(say('Year'), { exact: true }).fill(year)
}

// Follows a link of the service navigation (the start page links to the same pages too),
// named in English and said in the page's language.
export async function navigate (page, name, language = 'en') {
  const say = wordsIn(language)
  await page.getByRole('navigation', { name: say('Main navigation') }).getByRole('link', { name: say(name), exact: true }).click()
}

export async function signOut (page, language = 'en') {
  await page.getByRole('button', { name: wordsIn(language)('Sign out'), exact: true }).click()
  await page.waitForURL(/\/signed-out$/)
}

// Starts the service and the browser before a file's tests, and stops them after,
// listing the pages axe-core checked.
export function withService () {
  const env = {}
  before(async () => {
    env.service = await startService()
    env.browser = await launchBrowser()
  })
  after(async () => {
    await env.browser?.close()
    await env.service?.stop()
    console.log(`axe-core checked: ${pagesChecked().join(' ')}`)
  })
  return env
}
