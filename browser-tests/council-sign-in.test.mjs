// Signing in with one's organisation's account, in a real browser and through a real
// OpenID Connect provider (test-support/oidc-provider.mjs, the `oidc-provider` package):
// Kofi, Bristol's admin, sets the provider up; a new starter at Bristol signs in there and
// comes back signed in with an account made for them; once Bristol requires it, a password
// sign-in is turned towards the provider. axe-core checks every page on the way.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { withService, newPage, assertAccessible, signIn, signOut, DEMO_PASSWORD } from './support.mjs'

const env = withService()
const provider = {}

before(async () => {
  const script = fileURLToPath(new URL('../test-support/oidc-provider.mjs', import.meta.url))
  provider.child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'ignore'] })
  const lines = createInterface({ input: provider.child.stdout })
  const [first] = await Promise.race([
    new Promise(resolve => lines.once('line', line => resolve([line]))),
    new Promise((resolve, reject) => setTimeout(() => reject(new Error('the provider did not start')), 20_000))
  ])
  provider.issuer = JSON.parse(first).issuer
})

after(() => {
  provider.child?.stdin.end()
  provider.child?.kill()
})

async function registerClient (base) {
  const r = await fetch(`${provider.issuer}/reg`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      redirect_uris: [`${base}/sign-in/organisation/callback`],
      token_endpoint_auth_method: 'client_secret_basic'
    })
  })
  assert.equal(r.status, 201)
  return r.json()
}

test('a council sets up its provider and its people sign in there', async () => {
  const base = env.service.base
  const client = await registerClient(base)
  let page = await newPage(env.browser)

  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  await page.goto(`${base}/councils/BST/members`)
  await page.getByRole('link', { name: 'Set up signing in with your organisation\'s accounts' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), new RegExp(`${base}/sign-in/organisation/callback`))
  await page.getByLabel('Issuer address').fill('http://login.example.com')
  await page.getByLabel('Client ID').fill(client.client_id)
  await page.getByRole('button', { name: 'Save sign-in provider' }).click()
  await assertAccessible(page, assert)
  const errors = await page.textContent('.govuk-error-summary')
  assert.match(errors, /starting with https:\/\//)
  assert.match(errors, /Enter the client secret/)
  assert.match(errors, /Select at least one email domain/)
  await page.getByLabel('Issuer address').fill(provider.issuer)
  await page.getByLabel('Client secret').fill(client.client_secret)
  await page.getByLabel('bristol.gov.uk').check()
  await page.getByRole('button', { name: 'Save sign-in provider' }).click()
  await page.waitForURL(/saved=saved/)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /A secret is kept/)
  await signOut(page)

  // A new starter signs in with their organisation and gets an account at Bristol.
  await page.goto(`${base}/sign-in`)
  await page.getByRole('link', { name: 'Sign in with your organisation\'s account' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Work email address').fill('ada.new@bristol.gov.uk')
  await page.getByRole('button', { name: 'Continue to your organisation' }).click()
  await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`))
  await assertAccessible(page, assert)
  assert.equal(await page.getByLabel('Email address').inputValue(), 'ada.new@bristol.gov.uk')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL(`${base}/`)
  await assertAccessible(page, assert)
  await page.goto(`${base}/account`)
  assert.match(await page.textContent('main'), /Ada New/)
  await signOut(page)

  // Bristol requires it: a password sign-in is sent the provider's way.
  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  await page.goto(`${base}/councils/BST/sign-in-provider`)
  await page.getByLabel('Require everyone with these domains to sign in with the provider').check()
  await page.getByRole('button', { name: 'Save sign-in provider' }).click()
  await page.waitForURL(/saved=saved/)
  await signOut(page)
  // Kofi at his own desk: the provider has not signed anyone in in this browser.
  page = await newPage(env.browser)
  await page.goto(`${base}/sign-in`)
  await page.getByLabel('Work email address').fill('kofi.mensah@bristol.gov.uk')
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /not a password here/)
  await page.getByRole('link', { name: 'Continue to your organisation' }).click()
  await page.waitForURL(/\/sign-in\/organisation\?email=kofi/)
  assert.equal(await page.getByLabel('Work email address').inputValue(), 'kofi.mensah@bristol.gov.uk')
  await page.getByRole('button', { name: 'Continue to your organisation' }).click()
  await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`))
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL(`${base}/`)
  await page.goto(`${base}/account`)
  assert.match(await page.textContent('main'), /Kofi Mensah/)
})
