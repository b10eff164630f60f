// Welsh and English in a real browser: a visitor switches the service to Welsh under the
// banner, signs in, and their pages stay Welsh (the choice goes with the account); switching
// back returns to the same page in English. axe-core checks the Welsh pages too.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, DEMO_PASSWORD } from './support.mjs'

const env = withService()

test('a visitor switches to Welsh, signs in, and switches back', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  await page.goto(`${base}/sign-in`)
  assert.equal(await page.getAttribute('html', 'lang'), 'en')
  await page.getByRole('navigation', { name: 'Change the language' }).getByRole('link', { name: 'Cymraeg' }).click()
  await page.waitForURL(`${base}/sign-in`)
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  assert.equal(await page.locator('h1').textContent(), 'Mewngofnodi')
  await assertAccessible(page, assert)

  await page.getByLabel('Cyfeiriad e-bost gwaith').fill('kofi.mensah@bristol.gov.uk')
  await page.getByLabel('Cyfrinair').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Mewngofnodi' }).click()
  await page.waitForURL(`${base}/`)
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  await assertAccessible(page, assert)
  await page.goto(`${base}/work`)
  assert.match(await page.locator('h1').textContent(), /Fy ngwaith/)
  await assertAccessible(page, assert)

  await page.getByRole('navigation', { name: 'Newid yr iaith' }).getByRole('link', { name: 'English' }).click()
  await page.waitForURL(`${base}/work`)
  assert.equal(await page.getAttribute('html', 'lang'), 'en')
  assert.match(await page.locator('h1').textContent(), /My work/)
})
