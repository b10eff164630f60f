// Time to income in a real browser: a practitioner records and submits time, the buyer
// approves it, the supplying council's finance officer makes and issues the invoice, the
// buying council's finance officer records payment, and the income page shows it.
// axe-core checks every page on the way.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withService, newPage, assertAccessible, signIn, signOut, navigate, fillDate } from './support.mjs'

const env = withService()

function londonToday () {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit'
  }).formatToParts(new Date()).map(p => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

test('record a week, approve, invoice, pay, see the income', async () => {
  const page = await newPage(env.browser)
  const base = env.service.base
  const today = londonToday()

  // Seren, in Cardiff, records today's time on her contract with Leeds and submits it.
  await signIn(page, base, 'seren.davies@cardiff.gov.uk')
  await navigate(page, 'Timesheet')
  await assertAccessible(page, assert)
  const hours = page.locator(`input[name$="-${today}-hours"]`).first()
  const key = (await hours.getAttribute('name')).replace(/-hours$/, '')
  const contract = key.match(/^c(\d+)-/)[1]
  await hours.fill('3.5')
  await page.locator(`input[name="${key}-description"]`).fill('Interviews with residents about bin collections')
  await page.getByRole('button', { name: 'Submit the week' }).click()
  await page.waitForURL(/done=submitted$/)
  await assertAccessible(page, assert)
  await signOut(page)

  // Dan, a buyer in Leeds, approves it.
  await signIn(page, base, 'dan.hughes@leeds.gov.uk')
  await page.goto(`${base}/contracts/${contract}/time`)
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Approve the chosen time' }).click()
  await page.waitForURL(/done=approved$/)
  await assertAccessible(page, assert)
  await signOut(page)

  // Owain, Cardiff's finance officer, makes this month's invoices and issues Leeds's.
  await signIn(page, base, 'owain.price@cardiff.gov.uk')
  await page.goto(`${base}/councils/CRF/invoices`)
  await assertAccessible(page, assert)
  await fillDate(page, 'Month', today.slice(0, 7))
  await page.getByRole('button', { name: 'Make draft invoices' }).click()
  await page.waitForURL(/done=generated/)
  await assertAccessible(page, assert)
  await page.getByRole('link', { name: /^draft / }).first().click()
  await assertAccessible(page, assert)
  await page.getByRole('button', { name: 'Issue invoice' }).click()
  await page.waitForURL(/done=issue$/)
  await assertAccessible(page, assert)
  const invoiceUrl = page.url().replace(/\?.*$/, '')
  const number = (await page.locator('h1').textContent()).replace('Invoice ', '').trim()
  assert.match(number, /^CRF-\d{6}$/)
  await signOut(page)

  // Aisha, Leeds's finance officer, records the payment.
  await signIn(page, base, 'aisha.khan@leeds.gov.uk')
  await page.goto(`${base}/councils/LDS/invoices`)
  await assertAccessible(page, assert)
  await page.goto(invoiceUrl)
  await page.getByLabel('Payment reference').fill('BACS 20261127')
  await page.getByRole('button', { name: 'Record payment' }).click()
  await page.waitForURL(/done=pay$/)
  await assertAccessible(page, assert)
  assert.match(await page.locator('#status').textContent(), /Paid/)
  await signOut(page)

  // Cardiff's income page shows what Seren's time earned.
  await signIn(page, base, 'owain.price@cardiff.gov.uk')
  await page.goto(`${base}/councils/CRF/income`)
  await assertAccessible(page, assert)
  const income = await page.locator('#total-income').textContent()
  assert.notEqual(income.trim(), '£0.00')
  assert.equal(await page.locator('svg.app-chart').count(), 4)
})
