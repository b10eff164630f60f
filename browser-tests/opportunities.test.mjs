// An opportunity from draft to contract in a real browser, in English (the journey is in
// journeys/opportunity-to-contract.mjs; welsh.test.mjs walks it in Welsh).
import { test } from 'node:test'
import { withService } from './support.mjs'
import { opportunityToContract } from './journeys/opportunity-to-contract.mjs'

const env = withService()

test('write, publish, ask, apply, approve, close, score, award', () => opportunityToContract(env, 'en'))
