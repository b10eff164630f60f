// Peer groups in a real browser: a platform admin creates a group with its first lead; the
// lead invites a council; that council's admin accepts and joins; a visitor reads the
// public pages. axe-core checks every page on the way.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, signOut, navigate } from './support.mjs'

const env = withService()

test('create a peer group, invite a council, accept and join', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base

  // A visitor reads the list and the demo's South group.
  await page.goto(`${base}/`)
  await navigate(page, 'Peer groups')
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'South Digital Peer Group' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Wokingham Borough Council/)
  assert.doesNotMatch(await page.textContent('main'), /Join this group/)

  // The operator creates a group for Wales, led by Gareth at Cardiff.
  await signIn(page, base, 'operator@microcontracts.invalid')
  await navigate(page, 'Peer groups')
  await page.getByRole('link', { name: 'Create a peer group' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Create group' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /Enter the group's name/)
  await page.getByLabel('Name').fill('Wales and West Digital')
  await page.getByLabel('Region').fill('Wales and the South West')
  await page.getByLabel('Description (optional)').fill('Council digital teams either side of the Severn.')
  await page.getByLabel('Incoming webhook address (optional)').fill('https://hooks.slack.com/services/T1/B1/wales1234')
  await page.getByLabel("Email address of the group's first lead").fill('gareth.evans@cardiff.gov.uk')
  await page.getByRole('button', { name: 'Create group' }).click()
  await page.waitForURL(/\/groups\/wales-and-west-digital\?done=created$/)
  await assertAccessible(page, assert)
  await signOut(page)

  // Gareth sees the webhook only masked, and invites Bristol.
  await signIn(page, base, 'gareth.evans@cardiff.gov.uk')
  await page.goto(`${base}/groups/wales-and-west-digital`)
  await page.getByRole('link', { name: "Change the group's details" }).click()
  await assertAccessible(page, assert)
  const form = await page.textContent('main')
  assert.match(form, /hooks\.slack\.com\/…1234/)
  assert.doesNotMatch(form, /wales1234/)
  await page.goto(`${base}/groups/wales-and-west-digital/members`)
  await assertAccessible(page, assert)
  await page.getByLabel('Council', { exact: true }).selectOption({ label: 'Bristol City Council' })
  await page.getByRole('button', { name: 'Invite' }).click()
  await page.waitForURL(/\/members\?done=invited$/)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Councils invited/)
  await signOut(page)

  // Kofi, Bristol's admin, accepts and joins.
  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  await page.goto(`${base}/groups/wales-and-west-digital`)
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Accept Bristol City Council' }).click()
  await page.waitForURL(/\?done=accepted$/)
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Join this group' }).click()
  await page.waitForURL(/\?done=joined$/)
  await page.getByRole('link', { name: "See the group's members" }).click()
  await assertAccessible(page, assert)
  const members = await page.textContent('main')
  assert.match(members, /Gareth Evans/)
  assert.match(members, /Kofi Mensah/)
})

test('a lead schedules a meeting with a "Bring a problem" item and a member registers', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  const year = String(new Date().getFullYear() + 1)

  await signIn(page, base, 'alex.morgan@wokingham.gov.uk')
  await page.goto(`${base}/groups/south-digital-peer-group`)
  await page.getByRole('link', { name: 'Schedule a meeting' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Theme').fill('Data and AI in local government')
  const when = page.getByRole('group', { name: 'Date' })
  await when.getByLabel('Day', { exact: true }).fill('18')
  await when.getByLabel('Month', { exact: true }).fill('3')
  await when.getByLabel('Year', { exact: true }).fill(year)
  await page.getByLabel('Host council').selectOption({ label: 'Wokingham Borough Council' })
  await page.getByLabel('Venue (optional)').fill('Shute End, Wokingham')
  await page.getByLabel('Places').fill('1')
  await page.getByRole('button', { name: 'Schedule meeting' }).click()
  await page.waitForURL(/\/meetings\/\d+\?done=scheduled$/)
  await assertAccessible(page, assert)
  const meeting = page.url().replace(/\?.*$/, '')

  await page.getByRole('link', { name: 'Add an item to the agenda' }).click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Save item' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.textContent('.govuk-error-summary'), /Choose what kind of item it is/)
  await page.getByLabel('Bring a problem').check()
  await page.getByLabel('Title').fill('Bring a problem: booking waste collections')
  await page.getByLabel('How long, in minutes').fill('45')
  await page.getByRole('button', { name: 'Save item' }).click()
  await page.waitForURL(/\?done=agenda#agenda$/)
  await assertAccessible(page, assert)
  await signOut(page)

  // Sam takes the one place; Jo joins the waiting list.
  await signIn(page, base, 'sam.okafor@wokingham.gov.uk')
  await page.goto(meeting)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Bring a problem: booking waste collections/)
  await page.getByRole('button', { name: 'Register for a place' }).click()
  await page.waitForURL(/\?done=registered$/)
  await assertAccessible(page, assert)
  await signOut(page)
  await signIn(page, base, 'jo.fletcher@wokingham.gov.uk')
  await page.goto(meeting)
  await page.getByRole('button', { name: 'Join the waiting list' }).click()
  await page.waitForURL(/\?done=waiting$/)
  await assertAccessible(page, assert)
})

test('a lead records a past meeting and publishes its write-up; members vote on themes', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base

  // Kofi, a member at Bristol, votes for a theme and offers to host.
  await signIn(page, base, 'kofi.mensah@bristol.gov.uk')
  await page.goto(`${base}/groups/south-digital-peer-group`)
  await page.getByRole('button', { name: 'Vote Cyber resilience' }).click()
  await page.waitForURL(/\?done=voted#future$/)
  await assertAccessible(page, assert)
  await page.getByText('Offer to host a meeting').click()
  await page.getByLabel('A note for the leads (optional)').fill('City Hall, any month but August')
  await page.getByRole('button', { name: 'Offer to host' }).click()
  await page.waitForURL(/\?done=offered#future$/)
  await signOut(page)

  // Alex, the lead, accepts the offer, then records the last meeting.
  await signIn(page, base, 'alex.morgan@wokingham.gov.uk')
  await page.goto(`${base}/groups/south-digital-peer-group`)
  await page.getByRole('button', { name: 'Accept Bristol City Council' }).click()
  await page.waitForURL(/\?done=host-accepted#future$/)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /Bristol City Council hosts the next meeting/)
  const writeup = await page.getByRole('link', { name: 'Show and tell', exact: true }).getAttribute('href')
  const meeting = writeup.split('/').pop()
  await page.goto(`${base}/meetings/${meeting}/record`)
  await assertAccessible(page, assert)
  await page.getByLabel('Action', { exact: true }).fill('Write up the waste round planner trial')
  await page.getByLabel('Owner (optional)').selectOption({ label: 'London Borough of Hackney' })
  await page.getByRole('button', { name: 'Add the action' }).click()
  await page.waitForURL(/\/record\?done=action$/)
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Write up the meeting' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Summary (optional)').fill('Show and tell in Bristol, and a trial of the waste round planner.')
  await page.getByRole('button', { name: 'Save the published write-up' }).click()
  await page.waitForURL(new RegExp(`/groups/south-digital-peer-group/write-ups/${meeting}$`))
  await assertAccessible(page, assert)
  const shown = await page.textContent('main')
  assert.match(shown, /Write up the waste round planner trial/)
  assert.match(shown, /Wokingham's waste round planner/)
  await signOut(page)

  // Anyone reads the write-up.
  await page.goto(`${base}${writeup}`)
  await assertAccessible(page, assert)
  assert.match(await page.textContent('main'), /a trial of the waste round planner/)
})
