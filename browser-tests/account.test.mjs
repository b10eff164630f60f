// Two-step sign-in in a real browser: Kofi sets up an authenticator from its QR code's
// secret, keeps the recovery codes, signs in again with a code's page that refuses a wrong
// code and takes a recovery code, then requires two-step sign-in of his council. Sam sees
// everything held about him and downloads it as JSON; then Wokingham's admin removes him and
// his profile leaves the pool. axe-core checks every page on the way.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { withService, newPage, assertAccessible, signIn, signOut, DEMO_PASSWORD } from './support.mjs'

const env = withService()

// The RFC 6238 code (HMAC-SHA-1, six digits, 30-second steps) of a base32 secret, now.
function totp (base32, seconds = Math.floor(Date.now() / 1000)) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const c of base32.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0')
  const bytes = []
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(seconds / 30)))
  const mac = createHmac('sha1', Buffer.from(bytes)).update(counter).digest()
  const offset = mac[mac.length - 1] & 0xf
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0')
}

test('a person sets up two-step sign-in and signs in with a recovery code', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  await page.goto(`${base}/account`)
  await page.getByRole('link', { name: 'Ask for a code from an authenticator app as well as your password' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click()
  await assertAccessible(page, assert)
  assert.ok(await page.getByRole('img', { name: /QR code/ }).isVisible())
  const secret = (await page.textContent('#secret')).trim()
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /Enter the code your authenticator app shows now/)
  await page.getByLabel('Code', { exact: true }).fill(totp(secret))
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click()
  await page.waitForURL(/\/account\/two-factor\?done=on/)
  await assertAccessible(page, assert)
  const codes = await page.locator('.app-recovery-codes code').allTextContents()
  assert.equal(codes.length, 10)
  await signOut(page)

  // The password alone is not enough now.
  await page.goto(`${base}/sign-in`)
  await page.getByLabel('Work email address').fill('kofi.mensah@bristol.gov.uk')
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(/\/sign-in\/code/)
  await assertAccessible(page, assert)
  await page.getByLabel('Code', { exact: true }).fill('12345')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /Enter the code your authenticator app shows now/)
  await page.getByLabel('Code', { exact: true }).fill(codes[0])
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${base}/`)

  // Kofi requires it of everyone at Bristol.
  await page.goto(`${base}/councils/BST/members`)
  await page.getByRole('button', { name: 'Require two-step sign-in of everyone in this council' }).click()
  await page.waitForURL(/second_factor=required/)
  await assertAccessible(page, assert)
  await page.goto(`${base}/account/two-factor`)
  assert.match(await page.textContent('main'), /You have 9 recovery codes left/)
  assert.match(await page.textContent('main'), /so it cannot be turned off/)
  await assertAccessible(page, assert)
})

test('a practitioner sees and downloads everything held about them', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  await signIn(page, base, 'sam.okafor@wokingham.gov.uk')
  await page.goto(`${base}/account`)
  await page.getByRole('link', { name: 'See and download everything held about you' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('h1').textContent(), /Data held about Sam Okafor/)
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#data-json').click()])
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'))
  const tables = data.tables.map(t => t.table)
  for (const table of ['users', 'memberships', 'profiles', 'audit_events']) assert.ok(tables.includes(table), table)
  assert.ok(!JSON.stringify(data).includes('password_hash'))
  await signOut(page)
})

test('a council admin removes a member, whose profile leaves the pool', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  const samInPool = async () => {
    await page.goto(`${base}/pool?q=Sam+Okafor`)
    // Wokingham's Sam; the pool has another of that name elsewhere.
    return page.locator('.govuk-summary-card', { hasText: 'Wokingham' })
      .filter({ has: page.getByRole('link', { name: 'Sam Okafor' }) }).count()
  }
  await signIn(page, base, 'dan.hughes@leeds.gov.uk')
  assert.ok(await samInPool() > 0, 'listed before')
  await signOut(page)

  await signIn(page, base, 'alex.morgan@wokingham.gov.uk')
  await page.goto(`${base}/councils/WOK/members`)
  await page.getByRole('link', { name: 'Remove Sam Okafor' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Remove Sam Okafor' }).click()
  await page.waitForURL(/\/councils\/WOK\/members\?left=\d+$/)
  await assertAccessible(page, assert)
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /Sam Okafor is no longer a member/)
  await signOut(page)

  await signIn(page, base, 'dan.hughes@leeds.gov.uk')
  assert.equal(await samInPool(), 0, 'gone from the pool')
  await signOut(page)
})
