// Every page a person may use is reachable by links from the start page within three
// clicks. For each demo person (read from the start page's table of demo accounts), the
// pages they may use are found by asking for each one: a page that answers 200 is theirs.
// Then the links are followed from `/`, breadth first, three clicks deep.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn } from './support.mjs'

const env = withService()

// Pages that need no council: everything in the service navigation and the home page.
const PERSONAL_PAGES = ['/work', '/timesheet', '/profile', '/applications', '/notifications', '/account',
  '/opportunities', '/pool', '/admin', '/admin/councils', '/admin/audit', '/admin/outbox', '/admin/agreements']
// Pages about one council, after `/councils/{code}/`.
const COUNCIL_PAGES = ['opportunities', 'profiles', 'invoices', 'income', 'rate-card', 'members', 'audit', 'agreement']
const CLICKS = 3

function cells (row) {
  return [...row.matchAll(/<td class="govuk-table__cell">([\s\S]*?)<\/td>/g)].map(m => m[1].trim())
}

function unescapeHtml (text) {
  return text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

async function demoAccounts (base) {
  const html = await (await fetch(`${base}/`)).text()
  const table = html.slice(html.indexOf('id="demo-accounts"'))
  const rows = [...table.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map(m => cells(m[1]))
  return rows.filter(r => r.length === 4).map(([name, email, council]) => ({
    name: unescapeHtml(name), email: unescapeHtml(email), council: unescapeHtml(council)
  }))
}

async function councilCode (base, name) {
  const url = `${base}/api/v1/organisations?q=${encodeURIComponent(name)}&limit=200`
  const body = await (await fetch(url)).json()
  const found = body.items.find(o => o.name === name)
  assert.ok(found, `no council named ${name} in the API`)
  return found.official_code
}

// Same-origin page links on a page, as paths without query or fragment.
function links (html, base) {
  const paths = new Set()
  for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
    const url = new URL(unescapeHtml(href), base)
    if (url.origin !== new URL(base).origin) continue
    if (url.pathname.startsWith('/api/') || /\.(csv|ics|json)$/.test(url.pathname)) continue
    paths.add(url.pathname)
  }
  return paths
}

async function reachable (request, base) {
  const seen = new Set(['/'])
  let frontier = ['/']
  for (let click = 1; click <= CLICKS; click++) {
    const next = []
    for (const path of frontier) {
      const response = await request.get(`${base}${path}`)
      if (response.status() !== 200) continue
      for (const link of links(await response.text(), base)) {
        if (!seen.has(link)) {
          seen.add(link)
          next.push(link)
        }
      }
    }
    frontier = next
  }
  return seen
}

test('every demo person reaches every page they may use within three clicks of the start page', async () => {
  const base = env.service.base
  const accounts = await demoAccounts(base)
  assert.ok(accounts.length >= 5, `expected the demo's people on the start page, found ${accounts.length}`)
  const codes = new Map()
  for (const account of accounts) {
    // A platform admin belongs to no council.
    if (account.council && !codes.has(account.council)) {
      codes.set(account.council, await councilCode(base, account.council))
    }
  }

  for (const account of accounts) {
    const page = await newPage(env.browser)
    await signIn(page, base, account.email)
    await assertAccessible(page, assert)
    const request = page.context().request
    const code = codes.get(account.council)
    const candidates = [...PERSONAL_PAGES, ...(code ? COUNCIL_PAGES.map(p => `/councils/${code}/${p}`) : [])]
    const theirs = []
    for (const path of candidates) {
      const response = await request.get(`${base}${path}`, { maxRedirects: 0 })
      if (response.status() === 200) theirs.push(path)
    }
    assert.ok(theirs.includes('/work'), `${account.email} may not open /work`)
    const found = await reachable(request, base)
    const missing = theirs.filter(path => !found.has(path))
    assert.deepEqual(missing, [], `${account.email} (${account.council}) cannot reach these within ${CLICKS} clicks`)
    await page.context().close()
  }
})

test('a finance officer sees what waits for them and the finance pages on their start page', async () => {
  const base = env.service.base
  const page = await newPage(env.browser)
  await signIn(page, base, 'owain.price@cardiff.gov.uk')
  await assertAccessible(page, assert)
  for (const name of ['Invoices', 'Income, payroll and spend', 'Rate card']) {
    assert.ok(await page.getByRole('link', { name: new RegExp(`^${name}`) }).count() > 0, `no link to ${name}`)
  }
  await page.getByRole('link', { name: /^Invoices/ }).click()
  await page.waitForURL(/\/councils\/CRF\/invoices$/)
  await assertAccessible(page, assert)
  await page.context().close()
})
