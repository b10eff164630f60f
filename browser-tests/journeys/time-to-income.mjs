// Time to income in a real browser: a practitioner records and submits time, the buyer
// approves it, the supplying council's finance officer makes and issues the invoice, the
// buying council's finance officer records payment, and the income page shows it.
// In English or in Welsh (every person's pages in that language); axe-core checks every
// page on the way, and that the page says which language it is in.
import assert from 'node:assert/strict'
import { newPage, assertAccessible, signIn, signOut, navigate, fillDate } from '../support.mjs'
import { wordsIn, welshOf } from '../catalogue.mjs'

function londonToday () {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit'
  }).formatToParts(new Date()).map(p => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

export async function timeToIncome (env, language) {
  const say = wordsIn(language)
  // Words the catalogue has more than once, with different Welsh.
  const said = (english, welshKey) => language === 'cy' ? welshOf(welshKey) : english
  const page = await newPage(env.browser)
  const base = env.service.base
  const today = londonToday()
  const check = async () => {
    await assertAccessible(page, assert)
    assert.equal(await page.getAttribute('html', 'lang'), language, page.url())
  }

  // Seren, in Cardiff, records today's time on her contract with Leeds and submits it.
  await signIn(page, base, 'seren.davies@cardiff.gov.uk', language)
  await navigate(page, 'Timesheet', language)
  await check()
  const hours = page.locator(`input[name$="-${today}-hours"]`).first()
  const key = (await hours.getAttribute('name')).replace(/-hours$/, '')
  const contract = key.match(/^c(\d+)-/)[1]
  await hours.fill('3.5')
  await page.locator(`input[name="${key}-description"]`).fill('Interviews with residents about bin collections')
  await page.getByRole('button', { name: say('Submit the week') }).click()
  await page.waitForURL(/done=submitted$/)
  await check()
  await signOut(page, language)

  // Dan, a buyer in Leeds, approves it.
  await signIn(page, base, 'dan.hughes@leeds.gov.uk', language)
  await page.goto(`${base}/contracts/${contract}/time`)
  await check()
  await page.getByRole('button', { name: say('Approve the chosen time') }).click()
  await page.waitForURL(/done=approved$/)
  await check()
  await signOut(page, language)

  // Owain, Cardiff's finance officer, makes this month's invoices and issues Leeds's.
  await signIn(page, base, 'owain.price@cardiff.gov.uk', language)
  await page.goto(`${base}/councils/CRF/invoices`)
  await check()
  await fillDate(page, 'Month', today.slice(0, 7), language)
  await page.getByRole('button', { name: say('Make draft invoices') }).click()
  await page.waitForURL(/done=generated/)
  await check()
  const draft = language === 'cy' ? welshOf('invoice-draft-label', { id: '' }) : 'draft '
  await page.getByRole('link', { name: new RegExp(`^${draft}\\d+$`) }).first().click()
  await check()
  await page.getByRole('button', { name: say('Issue invoice') }).click()
  await page.waitForURL(/done=issue$/)
  await check()
  const invoiceUrl = page.url().replace(/\?.*$/, '')
  const number = (await page.locator('h1').textContent()).match(/CRF-\d+/)?.[0]
  assert.match(number, /^CRF-\d{6}$/)
  await signOut(page, language)

  // Aisha, Leeds's finance officer, records the payment.
  await signIn(page, base, 'aisha.khan@leeds.gov.uk', language)
  await page.goto(`${base}/councils/LDS/invoices`)
  await check()
  await page.goto(invoiceUrl)
  await page.getByLabel(say('Payment reference')).fill('BACS 20261127')
  await page.getByRole('button', { name: said('Record payment', 'invoice-record-payment') }).click()
  await page.waitForURL(/done=pay$/)
  await check()
  assert.match(await page.locator('#status').textContent(), new RegExp(said('Paid', 'invoice-status-paid')))
  await signOut(page, language)

  // Cardiff's income page shows what Seren's time earned.
  await signIn(page, base, 'owain.price@cardiff.gov.uk', language)
  await page.goto(`${base}/councils/CRF/income`)
  await check()
  const income = await page.locator('#total-income').textContent()
  assert.notEqual(income.trim(), '£0.00')
  assert.equal(await page.locator('svg.app-chart').count(), 4)

  // The collaboration network shows Cardiff lending to Leeds, on the map and in its table;
  // Cardiff's circle is a link the keyboard reaches, to Cardiff's partners and balance.
  await navigate(page, 'Network', language)
  await check()
  const lending = page.locator('#network-table tbody tr').filter({ hasText: 'City of Cardiff Council' }).filter({ hasText: 'Leeds City Council' })
  assert.ok(await lending.count() >= 1, 'Cardiff and Leeds in the table')
  const cardiff = page.locator('a.app-network-node[aria-label^="Cardiff:"]')
  await cardiff.focus()
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/network\/CRF\?/)
  await check()
  assert.ok(await page.locator('#partners').getByText('Leeds City Council').count() >= 1)
  assert.equal(await page.locator('svg.app-chart').count(), 1)

  // The public sector statistics, from the footer, count the hours worked.
  await signOut(page, language)
  await page.getByRole('contentinfo').getByRole('link', { name: say('Statistics'), exact: true }).click()
  await check()
  assert.notEqual((await page.locator('#hours-worked').textContent()).trim(), '0')
  assert.equal(await page.locator('svg.app-chart').count(), 3)
}
