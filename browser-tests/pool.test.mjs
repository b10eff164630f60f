// The talent pool in a real browser: a practitioner writes a profile, their manager
// approves it, and a buyer in another council finds it by skill and free hours.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, signOut, navigate, fillDate } from './support.mjs'

const env = withService()

test('practitioner writes a profile, manager approves, buyer elsewhere finds it', async () => {
  const page = await newPage(env.browser)
  await signIn(page, env.service.base, 'jo.fletcher@wokingham.gov.uk')
  await navigate(page, 'Your profile')
  await assertAccessible(page, assert)

  await page.getByRole('link', { name: 'Name, headline and about' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Headline').fill('User researcher who has redesigned garden waste collections')
  await page.getByLabel('About you').fill('Eight years of research with residents.\nHappy to pair with your team.')
  await page.getByLabel('Region').selectOption('South East')
  await page.getByLabel('Works remotely or on site').check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /details have been saved/)

  await page.getByRole('link', { name: 'Roles and levels' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Role and level').selectOption({ label: 'Senior user researcher' })
  await page.getByRole('button', { name: 'Add role' }).click()
  assert.match(await page.locator('.govuk-summary-list').textContent(), /Senior user researcher/)
  await page.getByRole('link', { name: 'Back to your profile' }).click()

  await page.getByRole('link', { name: 'Skills' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Skill').selectOption({ label: 'User research methods' })
  await page.getByRole('button', { name: 'Add skill' }).click()
  await page.getByRole('link', { name: 'Back to your profile' }).click()

  await page.getByRole('link', { name: 'Services worked on' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Service', { exact: true }).selectOption({ label: 'Household garden waste' })
  await page.getByRole('button', { name: 'Add service' }).click()
  await page.getByRole('link', { name: 'Back to your profile' }).click()

  await page.getByRole('link', { name: 'Done before' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Title').fill('Garden waste subscriptions online')
  await page.getByLabel('What was delivered').fill('Discovery with 40 households, then an alpha.')
  await page.getByLabel('Year').fill('2024')
  await page.getByRole('button', { name: 'Add what you have done' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Back to your profile' }).click()

  await page.getByRole('link', { name: 'Hours you can give' }).click()
  await assertAccessible(page, assert)
  const today = new Date().toISOString().slice(0, 10)
  await page.getByLabel('Hours a week').fill('6')
  await fillDate(page, 'Available from', today)
  await page.getByRole('button', { name: 'Save changes' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /hours have been saved/)

  await page.getByRole('button', { name: 'Ask to be listed' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /has been asked to approve/)
  await assertAccessible(page, assert)
  await signOut(page)

  // The manager is notified and approves.
  await signIn(page, env.service.base, 'priya.shah@wokingham.gov.uk')
  await page.getByRole('link', { name: /Notifications \(\d+ new\)/ }).click()
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: /Jo Fletcher has asked to be listed/ }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Approve listing' }).click()
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /Jo Fletcher is listed/)
  await assertAccessible(page, assert)
  await page.goto(`${env.service.base}/councils/WOK/profiles`)
  await assertAccessible(page, assert)
  await page.goto(`${env.service.base}/councils/WOK/rate-card`)
  await assertAccessible(page, assert)
  await signOut(page)

  // A buyer in Leeds finds Jo by skill and free hours.
  await signIn(page, env.service.base, 'dan.hughes@leeds.gov.uk')
  await navigate(page, 'Find people')
  await assertAccessible(page, assert)
  await page.getByLabel('Skill').selectOption({ label: 'User research methods' })
  await page.getByLabel('Region').selectOption('South East')
  await page.getByLabel('At least this many free hours a week').fill('5')
  await page.getByRole('button', { name: 'Search' }).click()
  assert.match(page.url(), /min_hours=5/)
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Jo Fletcher' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /Garden waste subscriptions online/)
  assert.match(await page.locator('#free-hours + p').textContent(), /Up to 6 hours a week/)
  await signOut(page)
})
