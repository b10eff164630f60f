// The main journeys in a real browser, with axe-core on every page visited.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startService, launchBrowser, newPage, assertAccessible, emailTo, pagesChecked, DEMO_PASSWORD, navigate } from './support.mjs'

let service
let browser

before(async () => {
  service = await startService()
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await service?.stop()
  console.log(`axe-core checked: ${pagesChecked().join(' ')}`)
})

async function signIn (page, email, password) {
  await page.goto(`${service.base}/sign-in`)
  await assertAccessible(page, assert)
  await page.getByLabel('Work email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function signOut (page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await page.waitForURL(/\/signed-out$/)
  assert.equal(await page.locator('h1').textContent(), 'You have signed out')
  await assertAccessible(page, assert)
}

test('sign up, verify, sign in; an admin grants a role; sign out', async () => {
  const page = await newPage(browser)
  await page.goto(service.base)
  await assertAccessible(page, assert)
  assert.match(await page.locator('#demo-accounts').textContent(), /Demo accounts/)

  await page.getByRole('link', { name: 'Create an account' }).first().click()
  await assertAccessible(page, assert)

  // Empty form: the error summary and field errors.
  await page.getByRole('button', { name: 'Send confirmation link' }).click()
  assert.match(await page.title(), /^Error:/)
  await assertAccessible(page, assert)

  // An address at a domain no council has is refused with whom to contact.
  await page.getByLabel('Full name').fill('Robin Newcomer')
  await page.getByLabel('Work email address').fill('robin@example.com')
  await page.getByRole('button', { name: 'Send confirmation link' }).click()
  assert.match(await page.locator('.govuk-error-summary').textContent(), /example\.com is not the email domain of a council/)

  await page.getByLabel('Work email address').fill('robin.newcomer@wokingham.gov.uk')
  await page.getByRole('button', { name: 'Send confirmation link' }).click()
  await page.waitForURL(/check-email/)
  await assertAccessible(page, assert)

  const email = await emailTo(service.mailFolder, 'robin.newcomer@wokingham.gov.uk')
  const link = email.match(/http:\/\/\S+\/verify\/[0-9a-f]+/)[0]
  await page.goto(link)
  await assertAccessible(page, assert)
  await page.getByLabel('Password', { exact: true }).fill('robins long passphrase')
  await page.getByLabel('Confirm password').fill('robins long passphrase')
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.waitForURL(/welcome=1/)
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /signed in at Wokingham Borough Council as: practitioner/)
  await assertAccessible(page, assert)

  await navigate(page, 'Your account')
  await assertAccessible(page, assert)
  await signOut(page)

  await signIn(page, 'robin.newcomer@wokingham.gov.uk', 'robins long passphrase')
  await page.waitForURL(`${service.base}/`)
  await signOut(page)

  // The council admin makes Robin a buyer.
  await signIn(page, 'alex.morgan@wokingham.gov.uk', DEMO_PASSWORD)
  await page.waitForURL(`${service.base}/`)
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Members and roles' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Change roles of Robin Newcomer' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Buyer').check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /Roles of Robin Newcomer updated/)
  const row = page.getByRole('row', { name: /Robin Newcomer/ })
  assert.match(await row.textContent(), /Practitioner, Buyer/)
  await assertAccessible(page, assert)

  // Removing the last admin's own admin role is refused with a message.
  await page.getByRole('link', { name: 'Change roles of Alex Morgan' }).click()
  await page.getByLabel('Council admin').uncheck()
  await page.getByRole('button', { name: 'Save changes' }).click()
  assert.match(await page.locator('.govuk-error-summary').textContent(), /must keep at least one council admin/)
  await assertAccessible(page, assert)

  await page.goto(`${service.base}/councils/WOK/audit`)
  assert.match(await page.locator('table').textContent(), /Changed roles/)
  await assertAccessible(page, assert)
  await signOut(page)
})

test('platform admin onboards a council', async () => {
  const page = await newPage(browser)
  await signIn(page, 'operator@microcontracts.invalid', DEMO_PASSWORD)
  await page.waitForURL(`${service.base}/`)
  await navigate(page, 'Platform admin')
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Councils' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Search councils').fill('York')
  await page.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('link', { name: 'City of York Council' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Email domain').fill('york.gov.uk')
  await page.getByRole('button', { name: 'Add domain' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /york\.gov\.uk added/)
  await assertAccessible(page, assert)
  await page.getByRole('textbox', { name: 'Work email address' }).fill('not an address')
  await page.getByRole('button', { name: 'Make council admin' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('textbox', { name: 'Work email address' }).fill('head.of.digital@york.gov.uk')
  await page.getByRole('button', { name: 'Make council admin' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /We have emailed head\.of\.digital@york\.gov\.uk/)
  await page.goto(`${service.base}/admin/audit`)
  await assertAccessible(page, assert)
  await page.goto(`${service.base}/admin/outbox`)
  await assertAccessible(page, assert)
  await signOut(page)
})

test('information and error pages', async () => {
  const page = await newPage(browser)
  for (const path of ['/cookies', '/accessibility', '/privacy', '/forgot-password', '/no-such-page', '/verify/0000']) {
    await page.goto(`${service.base}${path}`)
    await assertAccessible(page, assert)
  }
  // Works without JavaScript too: the same form posts and redirects.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const plain = await context.newPage()
  await plain.goto(`${service.base}/sign-in`)
  await plain.getByLabel('Work email address').fill('priya.shah@wokingham.gov.uk')
  await plain.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await plain.getByRole('button', { name: 'Sign in' }).click()
  await plain.waitForURL(`${service.base}/`)
  assert.match(await plain.locator('main').textContent(), /Wokingham Borough Council/)
  await context.close()
})
