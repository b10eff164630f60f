// The service's words in Welsh, read from its message catalogues, so that a journey written
// with the English words a person sees can be walked in Welsh: `inWelsh('Submit the week')`
// is what the Welsh page says instead. A text with arguments is matched against the
// catalogue's English patterns ('Book Sam Okafor' is `Book { $name }`), and the same
// arguments are put in the Welsh pattern. A text the catalogue does not have, or has under
// several messages that read differently in Welsh, is an error: the journey must say which.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const locales = join(dirname(fileURLToPath(import.meta.url)), '..', 'crates', 'app', 'locales')

// The single-line messages of a catalogue (those without plural or other selectors).
function messages (language) {
  const found = new Map()
  for (const line of readFileSync(join(locales, language, 'main.ftl'), 'utf8').split('\n')) {
    const m = line.match(/^([a-z][a-z0-9-]*) = (.+)$/)
    if (m && !m[2].includes('->')) found.set(m[1], m[2].trim())
  }
  return found
}

const english = messages('en')
const welsh = messages('cy')

const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const placeable = /\{ *\$([a-z_]+) *\}/g

// English patterns with arguments, as anchored regular expressions naming each argument.
const patterns = [...english].filter(([, text]) => text.match(placeable)).map(([key, text]) => {
  let source = ''
  let last = 0
  for (const m of text.matchAll(placeable)) {
    source += escape(text.slice(last, m.index)) + `(?<${m[1]}>.+?)`
    last = m.index + m[0].length
  }
  return { key, regex: new RegExp(`^${source}${escape(text.slice(last))}$`), literal: text.replace(placeable, '').length }
})

// The Welsh message `key`, with `args` put in its placeables.
export function welshOf (key, args = {}) {
  const text = welsh.get(key)
  if (text === undefined) throw new Error(`no Welsh message ${key}`)
  return text.replace(placeable, (_, name) => {
    if (!(name in args)) throw new Error(`${key} needs ${name}`)
    return args[name]
  })
}

// What the Welsh page says where the English one says `text`.
export function inWelsh (text) {
  const keys = [...english].filter(([, t]) => t === text).map(([key]) => key)
  const readings = new Set(keys.map(key => welshOf(key)))
  if (readings.size === 1) return [...readings][0]
  if (readings.size > 1) throw new Error(`"${text}" is several messages in Welsh (${keys.join(', ')}): name one with welshOf`)
  // The most specific patterns: those with the most words of their own.
  let matches = patterns.map(p => ({ ...p, args: text.match(p.regex)?.groups })).filter(m => m.args)
  const most = Math.max(0, ...matches.map(m => m.literal))
  matches = matches.filter(m => m.literal === most)
  const welshReadings = new Set(matches.map(m => welshOf(m.key, m.args)))
  if (welshReadings.size === 1) return [...welshReadings][0]
  throw new Error(welshReadings.size ? `"${text}" matches several messages: ${matches.map(m => m.key).join(', ')}` : `no message reads "${text}"`)
}

// A journey's words in its language: as written in English, or their Welsh.
export function wordsIn (language) {
  return language === 'cy' ? inWelsh : text => text
}
