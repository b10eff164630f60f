// Moderation in a real browser: a platform admin hides a practitioner's profile with a
// reason, and it leaves the pool; the practitioner reads why and appeals once; the admin
// restores it, and it is back. axe-core checks every page on the way.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, signOut } from './support.mjs'

const env = withService()

test('a platform admin hides a profile, its owner appeals, the admin restores it', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  const meiInPool = async () => {
    await page.goto(`${base}/pool?q=Mei+Chen`)
    return page.getByRole('link', { name: 'Mei Chen' }).count()
  }
  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  assert.ok(await meiInPool() > 0, 'listed before')
  await signOut(page)

  await signIn(page, base, 'operator@microcontracts.invalid')
  await meiInPool()
  await page.getByRole('link', { name: 'Mei Chen' }).first().click()
  await page.getByRole('link', { name: 'Hide (moderation)' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Hide it' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /Enter why it is hidden/)
  await page.getByLabel('Why it is hidden').fill('The summary gives a personal phone number.')
  await page.getByRole('button', { name: 'Hide it' }).click()
  await page.waitForURL(/\/admin\/moderation\?done=hidden$/)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /The summary gives a personal phone number\./)
  await signOut(page)

  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  assert.equal(await meiInPool(), 0, 'gone from the pool')
  await signOut(page)

  await signIn(page, base, 'mei.chen@leeds.gov.uk')
  await page.goto(`${base}/notifications`)
  await page.getByRole('link', { name: /A platform admin hid/ }).first().click()
  await assertAccessible(page, assert)
  await page.getByLabel('Appeal', { exact: true }).fill('I have taken the number out of my summary.')
  await page.getByRole('button', { name: 'Send appeal' }).click()
  await page.waitForURL(/\/moderation\/\d+\?done=appealed$/)
  await assertAccessible(page, assert)
  assert.equal(await page.getByRole('button', { name: 'Send appeal' }).count(), 0, 'once')
  await signOut(page)

  await signIn(page, base, 'operator@microcontracts.invalid')
  await page.goto(`${base}/admin/moderation`)
  await assertAccessible(page, assert)
  await page.getByLabel('Restore it: show it again').first().check()
  await page.getByRole('button', { name: /Decide/ }).first().click()
  await page.waitForURL(/\/admin\/moderation\?done=decided$/)
  await assertAccessible(page, assert)
  await signOut(page)

  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  assert.ok(await meiInPool() > 0, 'back in the pool')
  await signOut(page)
})
