// Booking to contract in a real browser: a buyer books a practitioner in another council,
// the practitioner accepts, their manager approves, both councils accept, and the contract
// is active. axe-core checks every page on the way.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, signOut, navigate } from './support.mjs'

const env = withService()

test('buyer books, practitioner accepts, manager approves, both councils accept', async () => {
  const page = await newPage(env.browser)

  // Dan, a buyer in Leeds, finds Sam in Wokingham and books two hours a week.
  await signIn(page, env.service.base, 'dan.hughes@leeds.gov.uk')
  await page.goto(`${env.service.base}/pool?q=payment+forms`)
  await page.getByRole('link', { name: 'Sam Okafor' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Book Sam Okafor' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /Free hours in the next 12 weeks/)
  // Only the chosen way of asking shows its fields.
  assert.ok(await page.getByLabel('Hours each week', { exact: true }).isVisible())
  assert.ok(!(await page.getByLabel('Total hours').isVisible()), 'the total is hidden while weekly is chosen')
  await page.getByLabel('A total number of hours between two dates').check()
  assert.ok(await page.getByLabel('Total hours').isVisible())
  assert.ok(!(await page.getByLabel('Hours each week', { exact: true }).isVisible()))
  await assertAccessible(page, assert)
  await page.getByLabel('The same hours each week').check()
  await page.getByLabel('Hours each week', { exact: true }).fill('2')
  const weeks = await page.locator('#from_week option').evaluateAll(options => options.map(o => o.value).filter(v => v))
  await page.getByLabel('First week').selectOption(weeks[9])
  await page.getByLabel('Last week').selectOption(weeks[10])
  await page.getByLabel('What is the work for?').fill('Review our parking permit form before it goes live.')
  await page.getByLabel('Money (invoiced)').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /£288\.00 at £72\.00 an hour/)
  await page.getByRole('button', { name: 'Send the request' }).click()
  await page.waitForURL(/\/bookings\/\d+\?done=requested$/)
  await assertAccessible(page, assert)
  const bookingUrl = page.url().replace(/\?.*$/, '')
  await signOut(page)

  // Sam accepts from "My work".
  await signIn(page, env.service.base, 'sam.okafor@wokingham.gov.uk')
  await navigate(page, 'My work')
  await assertAccessible(page, assert)
  await page.goto(bookingUrl)
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Accept the request' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /accepted the request/)
  await signOut(page)

  // Priya, Sam's manager, approves with the contract's terms, then accepts for Wokingham.
  await signIn(page, env.service.base, 'priya.shah@wokingham.gov.uk')
  await navigate(page, 'My work')
  await assertAccessible(page, assert)
  await page.goto(bookingUrl)
  await assertAccessible(page, assert)
  await page.getByLabel('Local Authorities (Goods and Services) Act 1970').check()
  await page.getByRole('button', { name: 'Approve and propose the contract' }).click()
  await page.waitForURL(/\/contracts\/\d+\?done=proposed$/)
  await assertAccessible(page, assert)
  const contractUrl = page.url().replace(/\?.*$/, '')
  await page.getByRole('button', { name: 'Accept for the supplying council' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /has accepted the contract/)
  await signOut(page)

  // Dan accepts for Leeds: the contract is active.
  await signIn(page, env.service.base, 'dan.hughes@leeds.gov.uk')
  await page.goto(contractUrl)
  await page.getByRole('button', { name: 'Accept for the buying council' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('#status').textContent(), /Active/)
  await page.getByRole('link', { name: 'Printable summary' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /Council to council services agreement/)
  await page.goto(`${contractUrl}/versions/1`)
  await assertAccessible(page, assert)
  await page.goto(`${contractUrl}/variations/new?side=buyer`)
  await assertAccessible(page, assert)
  await navigate(page, 'My work')
  await assertAccessible(page, assert)
  await signOut(page)

  // The agreement pages: a council admin's and the platform's.
  await signIn(page, env.service.base, 'alex.morgan@wokingham.gov.uk')
  await page.goto(`${env.service.base}/councils/WOK/agreement`)
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /Signed for your council by Jo Chief/)
  // The department the council's public contracts register names.
  await page.getByLabel('Department responsible for the contracts you let (optional)').fill('Digital and Customer Services')
  await page.locator('form[action$="/agreement/defaults"] button').click()
  await page.waitForURL(/\/agreement\?done=defaults$/)
  await page.getByRole('link', { name: 'Contracts register' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('#register-about').textContent(), /Digital and Customer Services/)
  await signOut(page)
  await signIn(page, env.service.base, 'operator@microcontracts.invalid')
  await page.goto(`${env.service.base}/admin/agreements`)
  await assertAccessible(page, assert)
  await signOut(page)
})

test('without JavaScript the booking form still shows only the chosen way of asking', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await signIn(page, env.service.base, 'dan.hughes@leeds.gov.uk')
  await page.goto(`${env.service.base}/pool?q=payment+forms`)
  await page.getByRole('link', { name: 'Sam Okafor' }).click()
  await page.getByRole('button', { name: 'Book Sam Okafor' }).click()
  assert.ok(await page.getByLabel('Hours each week', { exact: true }).isVisible())
  assert.ok(!(await page.getByLabel('Total hours').isVisible()))
  await page.getByLabel('A total number of hours between two dates').check()
  assert.ok(await page.getByLabel('Total hours').isVisible())
  assert.ok(!(await page.getByLabel('Hours each week', { exact: true }).isVisible()))
  await context.close()
})
