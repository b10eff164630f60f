// Time to income in a real browser, in English (the journey is in
// journeys/time-to-income.mjs; welsh.test.mjs walks it in Welsh).
import { test } from 'node:test'
import { withService } from './support.mjs'
import { timeToIncome } from './journeys/time-to-income.mjs'

const env = withService()

test('record a week, approve, invoice, pay, see the income', () => timeToIncome(env, 'en'))
