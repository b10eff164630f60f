// Marks the page as having JavaScript before it paints, as GOV.UK Frontend expects.
// Kept in a file rather than inline so that the Content Security Policy can forbid inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
