import { initAll } from '/static/govuk-frontend.min.js'
initAll()

const serviceBoxes = document.querySelectorAll('[data-module="app-service-picker"]')
if (serviceBoxes.length > 0) {
  import('/static/service-picker.mjs').then(({ enhanceAll }) => enhanceAll(serviceBoxes))
}
