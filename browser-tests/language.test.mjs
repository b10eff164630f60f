// Welsh and English in a real browser: a visitor switches the service to Welsh under the
// banner, signs in, and their pages stay Welsh (the choice goes with the account); switching
// back returns to the same page in English. A buyer of a Welsh council books a practitioner
// from start to finish in Welsh, a refused form included. axe-core checks every Welsh page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, DEMO_PASSWORD } from './support.mjs'

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

test('a buyer of a Welsh council books a practitioner in Welsh', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  await signIn(page, base, 'owain.price@cardiff.gov.uk')
  await page.goto(`${base}/language/cy?return_to=/pool`)
  await page.waitForURL(`${base}/pool`)
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  assert.equal(await page.locator('h1').textContent(), 'Dod o hyd i bobl mewn cynghorau eraill')
  await assertAccessible(page, assert)

  // Found by words, the practitioner's English headline marked as English.
  await page.goto(`${base}/pool?q=payment+forms`)
  await assertAccessible(page, assert)
  assert.ok(await page.locator('main [lang="en"]').count() > 0, "people's English words are marked")
  await page.getByRole('link', { name: 'Sam Okafor' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Archebu Sam Okafor' }).click()
  assert.match(await page.locator('main').textContent(), /Oriau rhydd yn y 12 wythnos nesaf/)
  await assertAccessible(page, assert)

  // Sent empty: the error summary and each field's error are Welsh.
  await page.getByRole('button', { name: 'Parhau' }).click()
  const summary = await page.locator('.govuk-error-summary').textContent()
  assert.match(summary, /Mae problem wedi codi/)
  assert.match(summary, /Rhowch nifer o oriau/)
  assert.match(summary, /Dewiswch wythnos/)
  assert.match(await page.locator('.govuk-error-message').first().textContent(), /^\s*Gwall:/)
  await assertAccessible(page, assert)

  await page.getByLabel('Yr un oriau bob wythnos').check()
  await page.getByLabel('Oriau bob wythnos', { exact: true }).fill('2')
  const weeks = await page.locator('#from_week option').evaluateAll(options => options.map(o => o.value).filter(v => v))
  await page.getByLabel('Yr wythnos gyntaf').selectOption(weeks[9])
  await page.getByLabel('Yr wythnos olaf').selectOption(weeks[10])
  await page.getByLabel("Ar gyfer beth mae'r gwaith?").fill('Adolygu ein ffurflen trwyddedau parcio cyn iddi fynd yn fyw.')
  await page.getByLabel("Arian (wedi'i anfonebu)").check()
  await page.getByRole('button', { name: 'Parhau' }).click()
  assert.equal(await page.locator('h1').textContent(), 'Gwiriwch eich cais i archebu')
  assert.match(await page.locator('main').textContent(), /£288\.00 ar £72\.00 yr awr, cyn unrhyw TAW/)
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Anfon y cais' }).click()
  await page.waitForURL(/\/bookings\/\d+\?done=requested$/)
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /Mae eich cais wedi cael ei anfon/)
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  await assertAccessible(page, assert)
})
