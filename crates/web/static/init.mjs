import { initAll } from '/static/govuk-frontend.min.js'
initAll()
