// The main journeys walked in Welsh from start to finish, on a service of their own: every
// person chooses Welsh, every page they reach is Welsh (`<html lang="cy">`) and passes
// axe-core, and every label, button and status they act on is found by its Welsh words
// from the catalogue. The same journeys run in English in time.test.mjs and
// opportunities.test.mjs; the Welsh booking journey is in language.test.mjs.
import { test } from 'node:test'
import { withService } from './support.mjs'
import { timeToIncome } from './journeys/time-to-income.mjs'
import { opportunityToContract } from './journeys/opportunity-to-contract.mjs'

const env = withService()

test('yn Gymraeg: record a week, approve, invoice, pay, see the income', () => timeToIncome(env, 'cy'))

test('yn Gymraeg: write, publish, ask, apply, approve, close, score, award', () => opportunityToContract(env, 'cy'))
