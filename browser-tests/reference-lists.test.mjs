// Reference lists in a real browser: a platform admin adds a skill (after a refused empty
// name) and a role with its levels, and a buyer can search the pool by the new skill; the
// admin retires the skill, and the search no longer offers it. axe-core checks every page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, signOut } from './support.mjs'

const env = withService()

test('a platform admin adds a skill and a role, then retires the skill', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  const skillOffered = async () => {
    await page.goto(`${base}/pool`)
    return page.locator('#skill option', { hasText: 'Low-code platforms' }).count()
  }

  await signIn(page, base, 'operator@microcontracts.invalid')
  await page.goto(`${base}/admin`)
  await page.getByRole('link', { name: 'Reference lists' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Skills' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Add a skill' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Add a skill' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /Enter a name/)
  await page.getByLabel('Name', { exact: true }).fill('Low-code platforms')
  await page.getByLabel('Description').fill('Building and running services on low-code platforms.')
  await page.getByRole('button', { name: 'Add a skill' }).click()
  await page.waitForURL(/\/admin\/reference\/skills\?done=added$/)
  await assertAccessible(page, assert)
  await page.getByLabel('Find by name').fill('low-code')
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await assertAccessible(page, assert)
  assert.ok(await page.getByRole('link', { name: 'Low-code platforms' }).count() > 0)

  await page.goto(`${base}/admin/reference/roles`)
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Add a role' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Name', { exact: true }).fill('Low-code developer')
  await page.getByLabel('Family').fill('Software development')
  await page.getByLabel('Band 2').fill('Junior low-code developer')
  await page.getByLabel('Band 4').fill('Low-code developer')
  await page.getByRole('button', { name: 'Add a role' }).click()
  await page.waitForURL(/\/admin\/reference\/roles\?done=added$/)
  await page.goto(`${base}/admin/reference/roles?q=low-code`)
  await page.getByRole('link', { name: 'Low-code developer' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Band 4: Low-code developer/)
  await signOut(page)

  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  assert.equal(await skillOffered(), 1, 'the pool search offers the new skill')
  await signOut(page)

  await signIn(page, base, 'operator@microcontracts.invalid')
  await page.goto(`${base}/admin/reference/skills?q=low-code`)
  await page.getByRole('link', { name: 'Low-code platforms' }).click()
  await page.getByRole('button', { name: 'Retire it' }).click()
  await page.waitForURL(/\/admin\/reference\/skills\?done=retired$/)
  await assertAccessible(page, assert)
  await signOut(page)

  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  assert.equal(await skillOffered(), 0, 'retired: no longer offered')
  await signOut(page)
})
