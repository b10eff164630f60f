// The capability map in a real browser: a council admin maps a service from the LGBM
// checklist and records what meets a capability; the service's page across councils and
// the component's page show it; a platform admin reviews a proposed component. axe-core
// checks every page on the way.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, signOut, fillDate, navigate } from './support.mjs'

const env = withService()

test('map a service, record what meets a capability, see it across councils', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base

  // Alex, the admin of Wokingham (which has no map yet), maps household waste collection.
  await signIn(page, base, 'alex.morgan@wokingham.gov.uk')
  await navigate(page, 'Capability map')
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Capability map of Wokingham Borough Council' }).click()
  await assertAccessible(page, assert)
  // The box suggests services as Alex types (back-office ones too); Alex picks one.
  await page.locator('.autocomplete__wrapper').waitFor()
  await page.getByLabel('Map a service').fill('household waste coll')
  await page.getByRole('option', { name: 'Household waste collection', exact: true }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL(/\/councils\/WOK\/map\/524\/capabilities$/)
  await assertAccessible(page, assert)
  // Those the LGBM links to the service are ticked already; Alex adds taking payments.
  assert.equal(await page.getByLabel('Applications for service').isChecked(), true)
  await page.getByLabel('Take a payment').check()
  await page.getByLabel('Notify a resident').check()
  await page.getByLabel('Publish content').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/councils\/WOK\/map\/524\?saved=capabilities$/)
  await assertAccessible(page, assert)

  await page.getByRole('link', { name: 'Change Take a payment' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel(/^A component/).check()
  await page.getByLabel('Component', { exact: true }).selectOption({ label: 'Civica Pay' })
  await page.getByLabel('Bought').check()
  await fillDate(page, 'When does the contract end? (optional)', '2027-09-30')
  await page.getByLabel('What does it cost a year? (optional)').selectOption({ label: '£10,000 to £49,999' })
  await page.getByLabel('4 – good').check()
  await page.getByLabel('Note (optional)').fill('Renewal under review')
  await page.getByLabel('Keep the cost and note to our council').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/councils\/WOK\/map\/524\?saved=entry$/)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Civica Pay/)
  assert.match(await page.textContent('main'), /Contract ends 30 September 2027/)

  // A mistake is shown in the GOV.UK pattern, with the other fields kept.
  await page.getByRole('link', { name: 'Change Notify a resident' }).click()
  await page.getByLabel(/^A component/).check()
  await page.getByRole('button', { name: 'Save' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /Choose the component you use/)
  await page.getByLabel('Component', { exact: true }).selectOption({ label: 'GOV.UK Notify' })
  await page.getByLabel('Shared with another council').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/saved=entry$/)

  // The service across councils, and the component's users.
  await page.getByRole('link', { name: /How other councils run/ }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /councils have mapped this service/)
  await page.getByRole('link', { name: 'Civica Pay' }).first().click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Wokingham Borough Council/)
  await page.goto(`${base}/maps/components`)
  await assertAccessible(page, assert)

  // Alex imports more of the map from a CSV file; a mistake is named by row and column.
  await page.goto(`${base}/councils/WOK/map`)
  await page.getByRole('link', { name: 'Import a map from a CSV file' }).click()
  await assertAccessible(page, assert)
  const header = 'lgsl_id,capability_id,meets,component,provision,satisfaction\n'
  await page.getByLabel('Upload a file').setInputFiles({ name: 'map.csv', mimeType: 'text/csv', buffer: Buffer.from(header + '528,1004,component,GOV.UK Pay,shared_with_council,9\n') })
  await page.getByRole('button', { name: 'Import' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main table'), /satisfaction/)
  await page.getByLabel('Upload a file').setInputFiles({ name: 'map.csv', mimeType: 'text/csv', buffer: Buffer.from(header + '528,1004,component,GOV.UK Pay,shared_with_council,4\n') })
  await page.getByRole('button', { name: 'Import' }).click()
  await page.waitForURL(/\/councils\/WOK\/map\?imported=1$/)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Bulky household waste collections/)

  // Alex proposes Wokingham's own component; the platform admin lists it.
  await page.goto(`${base}/maps/components`)
  await page.getByRole('link', { name: 'Propose a component for the list' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Name').fill('Wokingham waste round planner')
  await page.getByLabel('Built in-house').check()
  await page.getByRole('button', { name: 'Propose component' }).click()
  await page.waitForURL(/\/maps\/components\/\d+\?saved=yes$/)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Waiting for review/)

  // Nothing publishes Wokingham's content yet: the open-source components other councils
  // use for it are offered, and Alex dismisses one with a reason.
  await page.goto(`${base}/councils/WOK/map`)
  await page.getByRole('link', { name: 'Sharing opportunities for Wokingham Borough Council' }).click()
  await assertAccessible(page, assert)
  const offered = await page.textContent('main')
  assert.match(offered, /Publish content/)
  assert.match(offered, /LocalGov Drupal|WordPress|Drupal/)
  await page.getByRole('link', { name: /^Dismiss/ }).first().click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /Enter why you are dismissing/)
  await page.getByLabel('Why are you dismissing it?').fill('We are moving the website next year anyway')
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await page.waitForURL(/\/councils\/WOK\/sharing\?done=dismissed$/)
  await assertAccessible(page, assert)
  // The products Wokingham buys, with the councils whose contracts end near its own.
  await page.getByRole('link', { name: /^See the products you buy/ }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('h1'), /Products you could buy with other councils/)

  // The matrix of services and capabilities, as a grid and as a list.
  await page.goto(`${base}/maps`)
  await page.getByRole('link', { name: 'Capability matrix' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Kind of council').selectOption({ label: 'Unitary authority' })
  await page.getByRole('button', { name: 'Show' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Show as a list' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Household waste collection/)
  await signOut(page)

  await signIn(page, base, 'operator@microcontracts.invalid')
  await page.goto(`${base}/admin`)
  await page.getByRole('link', { name: 'Proposed components' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'List Wokingham waste round planner' }).click()
  await page.waitForURL(/\/admin\/components$/)
  assert.match(await page.textContent('main'), /No components are waiting for review/)
  await signOut(page)

  // Another council sees Wokingham's map without the private cost and note.
  await signIn(page, base, 'ruth.adeyemi@leeds.gov.uk')
  await page.goto(`${base}/councils/WOK/map/524`)
  await assertAccessible(page, assert)
  const shown = await page.textContent('main')
  assert.match(shown, /Civica Pay/)
  assert.doesNotMatch(shown, /Renewal under review|£10,000/)
  // Its history lists every version, still without them.
  await page.getByRole('link', { name: "See every change to this service's map" }).click()
  await assertAccessible(page, assert)
  const changes = await page.textContent('main')
  assert.match(changes, /Civica Pay/)
  assert.doesNotMatch(changes, /Renewal under review|£10,000/)
  await page.goto(`${base}/councils/LDS/map`)
  await assertAccessible(page, assert)

  // Ruth, a buyer at Leeds, turns one of Leeds's sharing opportunities into a draft.
  await page.getByRole('link', { name: 'Sharing opportunities for Leeds City Council' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: /^Turn into a draft opportunity/ }).first().click()
  await page.waitForURL(/\/opportunities\/\d+\/edit$/)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Adopt|Procure/)
})
