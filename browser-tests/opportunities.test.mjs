// An opportunity from draft to contract in a real browser: a buyer writes and publishes
// it, a practitioner in another council asks a question and applies, their manager
// approves, it closes at its closing time, the buyer scores and awards, and the contract
// exists. axe-core checks every page on the way.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, signOut, fillDate, emailTo } from './support.mjs'

const env = withService()

// The London date (YYYY-MM-DD) and time (HH:MM) `minutes` from now.
function londonIn (minutes) {
  const at = new Date(Date.now() + minutes * 60_000)
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
  }).formatToParts(at).map(p => [p.type, p.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

function isoDate (daysAhead) {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10)
}

test('write, publish, ask, apply, approve, close, score, award', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  const closing = londonIn(3)

  // Sam, in Wokingham, is alerted at once to opportunities about parking permits.
  await signIn(page, base, 'sam.okafor@wokingham.gov.uk')
  await page.goto(`${base}/opportunities?q=parking+permit`)
  await page.getByLabel('Name for the search').fill('Parking permits')
  await page.getByLabel('How often').selectOption('immediate')
  await page.getByRole('button', { name: 'Save search' }).click()
  await page.waitForURL(/\/opportunities\/alerts$/)
  await signOut(page)

  // Dan, a buyer in Leeds, writes the opportunity a section at a time.
  await signIn(page, base, 'dan.hughes@leeds.gov.uk')
  await page.getByRole('link', { name: 'Opportunities', exact: true }).click()
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: /Leeds City Council's opportunities/ }).click()
  await assertAccessible(page, assert)
  await page.getByLabel(/A specialist/).check()
  await page.getByRole('button', { name: 'Start' }).click()
  await page.waitForURL(/\/opportunities\/\d+\/edit$/)
  await assertAccessible(page, assert)
  const editUrl = page.url()

  await page.getByRole('link', { name: 'About the work' }).click()
  await page.getByLabel('Title').fill('Accessibility auditor for the parking permit service')
  await page.getByLabel('Summary of the work').fill('Audit our new parking permit forms against WCAG 2.2 AA before launch.')
  await page.getByLabel('Why the work is being done').fill('The service launches in spring and must be accessible.')
  await page.getByLabel('What the specialist will work on').fill('Audit 12 pages and write a short report with fixes.')
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: 'Role and service' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Role').selectOption({ label: 'Accessibility specialist' })
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: 'Location and working arrangements' }).click()
  await page.getByLabel('Remotely', { exact: true }).check()
  await page.getByLabel('Working arrangements').fill('Remote, with one video call a week.')
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: 'Hours, rate and dates' }).click()
  await page.getByLabel('Estimated hours').fill('20')
  await page.getByLabel('Maximum hourly rate').fill('70')
  await fillDate(page, 'Earliest start', isoDate(14))
  await fillDate(page, 'Latest end', isoDate(56))
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: 'Skills and experience' }).click()
  await page.getByLabel('Essential skills and experience').fill('Has audited services against WCAG 2.2\nHas tested with screen readers')
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: 'How you will evaluate' }).click()
  await page.getByLabel('Technical competence (%)').fill('60')
  await page.getByLabel('Cultural fit (%)').fill('10')
  await page.getByLabel('Price (%)').fill('30')
  await page.getByLabel('How many applicants you will evaluate').fill('3')
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: 'Questions, closing and who can apply' }).click()
  await fillDate(page, 'Last day for questions', closing.date)
  await fillDate(page, 'Closing date', closing.date)
  await page.getByLabel('Closing time').fill(closing.time)
  await page.getByLabel('Anyone, including people not signed in').check()
  await page.getByLabel('All councils').check()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await page.waitForURL(editUrl)
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /completed 7 of 7 sections/)
  await page.getByRole('button', { name: 'Publish opportunity' }).click()
  await page.waitForURL(/\/opportunities\/\d+\?done=published$/)
  await assertAccessible(page, assert)
  const opportunityUrl = page.url().replace(/\?.*$/, '')
  await page.goto(`${opportunityUrl}/change`)
  await assertAccessible(page, assert)
  await signOut(page)

  // Sam's alert carries a one-click unsubscribe link; opened in a browser, it asks first.
  let alert = ''
  for (let i = 0; !/\/email\/unsubscribe\//.test(alert); i++) {
    if (i > 30) assert.fail('no alert with an unsubscribe link reached Sam')
    alert = await emailTo(env.service.mailFolder, 'sam.okafor@wokingham.gov.uk')
    if (!/\/email\/unsubscribe\//.test(alert)) await new Promise(resolve => setTimeout(resolve, 500))
  }
  assert.match(alert, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/)
  const unsubscribe = alert.match(/http:\/\/\S+\/email\/unsubscribe\/[0-9a-f]+/)[0]
  await page.goto(unsubscribe)
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /Stop emails about opportunities, applications and alerts/)
  await page.getByRole('button', { name: 'Stop these emails' }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /are stopped/)

  // Visitors see it on the public list.
  await page.goto(`${base}/opportunities?q=parking+permit`)
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: 'Accessibility auditor for the parking permit service' }).click()
  await assertAccessible(page, assert)

  // Sam, in Wokingham, saves a search, asks a question and applies.
  await signIn(page, base, 'sam.okafor@wokingham.gov.uk')
  await page.goto(`${base}/opportunities?q=accessibility`)
  await page.getByLabel('Name for the search').fill('Accessibility work')
  await page.getByRole('button', { name: 'Save search' }).click()
  await page.waitForURL(/\/opportunities\/alerts$/)
  await assertAccessible(page, assert)
  await page.goto(opportunityUrl)
  await page.getByLabel('Ask a question').fill('Do you need a report in a particular format?')
  await page.getByRole('button', { name: 'Send question' }).click()
  await page.waitForURL(/done=asked$/)
  await page.getByRole('link', { name: 'Apply' }).click()
  await assertAccessible(page, assert)
  await page.getByLabel('Has audited services against WCAG 2.2').fill('I audited our payments service and fixed 40 issues.')
  await page.getByLabel('Has tested with screen readers').fill('I test every release with NVDA and VoiceOver.')
  await page.getByLabel('Your hourly rate (£)').fill('65')
  await fillDate(page, 'Earliest start', isoDate(14))
  await page.getByRole('button', { name: 'Send application' }).click()
  await page.waitForURL(/\/applications\/\d+\?done=submitted$/)
  await assertAccessible(page, assert)
  const applicationUrl = page.url().replace(/\?.*$/, '')
  await signOut(page)

  // Dan answers; the answer is public and does not name Sam.
  await signIn(page, base, 'dan.hughes@leeds.gov.uk')
  await page.goto(`${opportunityUrl}/questions`)
  await assertAccessible(page, assert)
  await page.getByLabel('Your answer to question 1').fill('A short report in plain English is fine.')
  await page.getByRole('button', { name: 'Publish answer' }).click()
  await page.goto(opportunityUrl)
  assert.match(await page.locator('main').textContent(), /plain English/)
  assert.doesNotMatch(await page.locator('main').textContent(), /Sam Okafor/)
  await signOut(page)

  // Priya, Sam's manager, approves the application.
  await signIn(page, base, 'priya.shah@wokingham.gov.uk')
  await page.goto(`${base}/applications`)
  await assertAccessible(page, assert)
  await page.goto(applicationUrl)
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Approve' }).click()
  await page.waitForURL(/done=approve$/)
  await signOut(page)

  // The closing time passes and the service closes it without anyone acting.
  for (let i = 0; ; i++) {
    await page.goto(opportunityUrl)
    if (/Closed/.test(await page.locator('#status').textContent())) break
    if (i > 60) assert.fail('the opportunity did not close')
    await new Promise(resolve => setTimeout(resolve, 5_000))
  }

  // Dan scores and awards: the contract is proposed.
  await signIn(page, base, 'dan.hughes@leeds.gov.uk')
  await page.goto(`${opportunityUrl}/evaluate`)
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: /^Score/ }).first().click()
  await assertAccessible(page, assert)
  for (const group of await page.locator('fieldset').all()) {
    await group.getByLabel('3 – exceeds').check()
  }
  await page.getByLabel('Feedback for the applicant').fill('Thank you.')
  await page.getByLabel('Shortlist this applicant').check()
  await page.getByRole('button', { name: 'Save scores' }).click()
  await page.waitForURL(/\/evaluate$/)
  await assertAccessible(page, assert)
  await page.getByLabel('Award to Sam Okafor').check()
  await page.getByRole('button', { name: 'Award', exact: true }).click()
  await page.waitForURL(/done=award$/)
  await assertAccessible(page, assert)
  assert.match(await page.locator('main').textContent(), /Wokingham/)
  await page.goto(applicationUrl)
  await page.getByRole('link', { name: /^Contract MC-/ }).click()
  await assertAccessible(page, assert)
  assert.match(await page.locator('#status').textContent(), /Proposed|Waiting/)
})
