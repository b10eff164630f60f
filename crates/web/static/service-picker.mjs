// Where JavaScript runs, the service box suggests services as the person types, using
// GOV.UK's accessible autocomplete. Every message comes from the page (the catalogue).
// Without JavaScript the box is a plain text field and the server offers choices.

function loadOnce (tag, attributes) {
  return new Promise((resolve, reject) => {
    const element = document.createElement(tag)
    Object.assign(element, attributes, { onload: resolve, onerror: reject })
    document.head.appendChild(element)
  })
}

function fill (template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole))
}

function suggester (url) {
  let latest = 0
  return (query, populate) => {
    const asked = ++latest
    fetch(`${url}?q=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : []))
      .then((names) => { if (asked === latest) populate(names) })
      .catch(() => populate([]))
  }
}

function enhance (box) {
  const input = box.querySelector('input')
  const data = box.dataset
  const plural = new Intl.PluralRules(document.documentElement.lang || 'en')
  const error = input.getAttribute('aria-describedby')?.split(' ')
    .map((id) => document.getElementById(id))
    .filter((element) => element && element.classList.contains('govuk-error-message'))
    .map((element) => element.textContent.trim())
    .join(' ')
  const { id, name, value } = input
  input.remove()
  window.accessibleAutocomplete({
    element: box,
    id,
    name,
    defaultValue: value,
    minLength: 2,
    showNoOptionsFound: true,
    inputClasses: 'govuk-input',
    source: suggester(data.suggest),
    tNoResults: () => data.noResults,
    tStatusNoResults: () => data.noResults,
    tStatusQueryTooShort: (min) => fill(data.tooShort, { min }),
    tStatusSelectedOption: (option, count, index) => fill(data.selected, { option, count, position: index + 1 }),
    tStatusResults: (count, selected) => {
      const template = plural.select(count) === 'one' ? data.resultsOne : data.resultsOther
      return `${fill(template, { count })} ${selected || ''}`.trim()
    },
    // The autocomplete describes its input with this text only, so it carries the
    // field's own hint and error too.
    tAssistiveHint: () => [error, data.hint, data.assistive].filter(Boolean).join(' ')
  })
}

export async function enhanceAll (boxes) {
  await Promise.all([
    loadOnce('link', { rel: 'stylesheet', href: '/static/accessible-autocomplete.min.css' }),
    loadOnce('script', { src: '/static/accessible-autocomplete.min.js' })
  ])
  boxes.forEach(enhance)
}
