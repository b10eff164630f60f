// An opportunity from draft to contract in a real browser: a buyer writes and publishes
// it, a practitioner in another council asks a question and applies, their manager
// approves, it closes at its closing time, the buyer scores and awards, and the contract
// exists. The buyer invites a recommended practitioner, who applies. In English or in
// Welsh (every person's pages in that language; what they type stays English); axe-core
// checks every page on the way, and that the page says which language it is in.
import assert from 'node:assert/strict'
import { newPage, assertAccessible, signIn, signOut, fillDate, emailTo } from '../support.mjs'
import { wordsIn, welshOf } from '../catalogue.mjs'

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

export async function opportunityToContract (env, language) {
  const say = wordsIn(language)
  // Words the catalogue has more than once, with different Welsh.
  const said = (english, welshKey) => language === 'cy' ? welshOf(welshKey) : english
  const check = async () => {
    await assertAccessible(page, assert)
    assert.equal(await page.getAttribute('html', 'lang'), language, page.url())
  }
  const page = await newPage(env.browser)
  const base = env.service.base
  const closing = londonIn(3)

  // Sam, in Wokingham, is alerted at once to opportunities about parking permits.
  await signIn(page, base, 'sam.okafor@wokingham.gov.uk', language)
  await page.goto(`${base}/opportunities?q=parking+permit`)
  await page.getByLabel(say('Name for the search')).fill('Parking permits')
  await page.getByLabel(say('How often')).selectOption('immediate')
  await page.getByRole('button', { name: say('Save search') }).click()
  await page.waitForURL(/\/opportunities\/alerts$/)
  await signOut(page, language)

  // Dan, a buyer in Leeds, writes the opportunity a section at a time.
  await signIn(page, base, 'dan.hughes@leeds.gov.uk', language)
  await page.getByRole('link', { name: say('Opportunities'), exact: true }).click()
  await check()
  await page.getByRole('link', { name: say("Leeds City Council's opportunities") }).click()
  await check()
  await page.getByLabel(say('A specialist: one person in a named role for an estimated number of hours')).check()
  await page.getByRole('button', { name: say('Start') }).click()
  await page.waitForURL(/\/opportunities\/\d+\/edit$/)
  await check()
  const editUrl = page.url()

  await page.getByRole('link', { name: say('About the work') }).click()
  await page.getByLabel(say('Title')).fill('Accessibility auditor for the parking permit service')
  await page.getByLabel(say('Summary of the work')).fill('Audit our new parking permit forms against WCAG 2.2 AA before launch.')
  await page.getByLabel(say('Why the work is being done')).fill('The service launches in spring and must be accessible.')
  await page.getByLabel(say('What the specialist will work on')).fill('Audit 12 pages and write a short report with fixes.')
  await check()
  await page.getByRole('button', { name: say('Save and continue') }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: say('Role and service') }).click()
  await check()
  await page.getByLabel(say('Role'), { exact: true }).selectOption({ label: 'Software developer' })
  // The service, chosen from the suggestions as one types (Sam has worked on it).
  await page.getByRole('combobox', { name: say('Service'), exact: true }).pressSequentially('household waste coll')
  const service = page.getByRole('option', { name: 'Household waste collection', exact: true })
  await service.waitFor()
  await service.click()
  await page.getByRole('button', { name: say('Save and continue') }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: say('Location and working arrangements') }).click()
  await page.getByLabel(say('Remotely'), { exact: true }).check()
  await page.getByLabel(say('Working arrangements')).fill('Remote, with one video call a week.')
  await check()
  await page.getByRole('button', { name: say('Save and continue') }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: say('Hours, rate and dates') }).click()
  await page.getByLabel(say('Estimated hours')).fill('20')
  await page.getByLabel(say('Maximum hourly rate')).fill('80')
  await fillDate(page, 'Earliest start', isoDate(14), language)
  await fillDate(page, 'Latest end', isoDate(56), language)
  await check()
  await page.getByRole('button', { name: say('Save and continue') }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: say('Skills and experience') }).click()
  await page.getByLabel(say('Essential skills and experience')).fill('Has audited services against WCAG 2.2\nHas tested with screen readers')
  await check()
  await page.getByRole('button', { name: say('Save and continue') }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: say('How you will evaluate') }).click()
  await page.getByLabel(say('Technical competence (%)')).fill('60')
  await page.getByLabel(say('Cultural fit (%)')).fill('10')
  await page.getByLabel(say('Price (%)')).fill('30')
  await page.getByLabel(say('How many applicants you will evaluate')).fill('3')
  await check()
  await page.getByRole('button', { name: say('Save and continue') }).click()
  await page.waitForURL(editUrl)

  await page.getByRole('link', { name: say('Questions, closing and who can apply') }).click()
  await fillDate(page, 'Last day for questions', closing.date, language)
  await fillDate(page, 'Closing date', closing.date, language)
  await page.getByLabel(say('Closing time')).fill(closing.time)
  await page.getByLabel(say('Anyone, including people not signed in')).check()
  await page.getByLabel(say('All councils')).check()
  await check()
  await page.getByRole('button', { name: say('Save and continue') }).click()
  await page.waitForURL(editUrl)
  await check()
  assert.ok((await page.locator('main').textContent()).includes(say('You have completed 7 of 7 sections.')))
  await page.getByRole('button', { name: say('Publish opportunity') }).click()
  await page.waitForURL(/\/opportunities\/\d+\?done=published$/)
  await check()
  const opportunityUrl = page.url().replace(/\?.*$/, '')
  await page.goto(`${opportunityUrl}/change`)
  await check()

  // Dan sees who could do the work, and why, and invites Sam (a software developer in Wokingham).
  await page.goto(opportunityUrl)
  await page.getByRole('link', { name: said('Recommended practitioners', 'recommend-link') }).click()
  await check()
  const sam = page.locator('.govuk-summary-card', { hasText: 'Sam Okafor' })
  assert.match(await sam.textContent(), new RegExp(say('Rate within your maximum')))
  await sam.getByRole('button', { name: say('Invite Sam Okafor to apply') }).click()
  await page.waitForURL(/\/recommendations\?done=invited$/)
  await check()
  assert.equal((await sam.locator('.govuk-tag').textContent()).trim(), said('Invited to apply', 'recommend-invited'))
  await signOut(page, language)

  // Sam's alert carries a one-click unsubscribe link; opened in a browser, it asks first.
  const alert = await emailTo(env.service.mailFolder, 'sam.okafor@wokingham.gov.uk', '/email/unsubscribe/')
  assert.match(alert, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/)
  const unsubscribe = alert.match(/http:\/\/\S+\/email\/unsubscribe\/[0-9a-f]+/)[0]
  await page.goto(unsubscribe)
  await check()
  assert.equal(await page.locator('h1').textContent(), say('Stop these emails'))
  await page.getByRole('button', { name: say('Stop these emails') }).click()
  await check()
  assert.match(await page.locator('main').textContent(), language === 'cy' ? /wedi'u hatal/ : /are stopped/)

  // Visitors see it on the public list.
  await page.goto(`${base}/opportunities?q=parking+permit`)
  await check()
  await page.getByRole('link', { name: 'Accessibility auditor for the parking permit service' }).click()
  await check()

  // Sam, in Wokingham, saves a search, asks a question and applies.
  await signIn(page, base, 'sam.okafor@wokingham.gov.uk', language)
  await page.goto(`${base}/opportunities?q=accessibility`)
  await page.getByLabel(say('Name for the search')).fill('Accessibility work')
  await page.getByRole('button', { name: say('Save search') }).click()
  await page.waitForURL(/\/opportunities\/alerts$/)
  await check()
  await page.goto(opportunityUrl)
  await page.getByLabel(say('Ask a question')).fill('Do you need a report in a particular format?')
  await page.getByRole('button', { name: say('Send question') }).click()
  await page.waitForURL(/done=asked$/)
  await page.getByRole('link', { name: say('Apply') }).click()
  await check()
  await page.getByLabel('Has audited services against WCAG 2.2').fill('I audited our payments service and fixed 40 issues.')
  await page.getByLabel('Has tested with screen readers').fill('I test every release with NVDA and VoiceOver.')
  await page.getByLabel(say('Your hourly rate (£)')).fill('65')
  await fillDate(page, 'Earliest start', isoDate(14), language)
  await page.getByRole('button', { name: say('Send application') }).click()
  await page.waitForURL(/\/applications\/\d+\?done=submitted$/)
  await check()
  const applicationUrl = page.url().replace(/\?.*$/, '')
  await signOut(page, language)

  // Dan answers; the answer is public and does not name Sam.
  await signIn(page, base, 'dan.hughes@leeds.gov.uk', language)
  await page.goto(`${opportunityUrl}/questions`)
  await check()
  await page.getByLabel(say('Your answer to question 1')).fill('A short report in plain English is fine.')
  await page.getByRole('button', { name: say('Publish answer') }).click()
  await page.goto(opportunityUrl)
  assert.match(await page.locator('main').textContent(), /plain English/)
  assert.doesNotMatch(await page.locator('main').textContent(), /Sam Okafor/)
  await signOut(page, language)

  // Priya, Sam's manager, approves the application.
  await signIn(page, base, 'priya.shah@wokingham.gov.uk', language)
  await page.goto(`${base}/applications`)
  await check()
  await page.goto(applicationUrl)
  await check()
  await page.getByRole('button', { name: say('Approve') }).click()
  await page.waitForURL(/done=approve$/)
  await signOut(page, language)

  // The closing time passes and the service closes it without anyone acting.
  for (let i = 0; ; i++) {
    await page.goto(opportunityUrl)
    if ((await page.locator('#status').textContent()).includes(said('Closed', 'opportunity-status-closed'))) break
    if (i > 60) assert.fail('the opportunity did not close')
    await new Promise(resolve => setTimeout(resolve, 5_000))
  }

  // Dan scores and awards: the contract is proposed.
  await signIn(page, base, 'dan.hughes@leeds.gov.uk', language)
  await page.goto(`${opportunityUrl}/evaluate`)
  await check()
  await page.getByRole('link', { name: new RegExp(`^${said('Score', 'evaluate-score')}`) }).first().click()
  await check()
  for (const group of await page.locator('fieldset').all()) {
    await group.getByLabel(say('3 – exceeds')).check()
  }
  await page.getByLabel(say('Feedback for the applicant')).fill('Thank you.')
  await page.getByLabel(say('Shortlist this applicant')).check()
  await page.getByRole('button', { name: say('Save scores') }).click()
  await page.waitForURL(/\/evaluate$/)
  await check()
  await page.getByLabel(say('Award to Sam Okafor')).check()
  await page.getByRole('button', { name: say('Award'), exact: true }).click()
  await page.waitForURL(/done=award$/)
  await check()
  assert.match(await page.locator('main').textContent(), /Wokingham/)
  await page.goto(applicationUrl)
  await page.getByRole('link', { name: new RegExp(`^${language === 'cy' ? welshOf('contract-title', { reference: '' }) : 'Contract '}MC-`) }).click()
  await check()
  assert.equal((await page.locator('#status').textContent()).trim(), said('Proposed', 'deal-status-proposed'))
}
