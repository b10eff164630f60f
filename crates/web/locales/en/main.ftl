## Every user-facing string of Microcontracts. Keys are stable; Welsh goes in ../cy/.

service-name = Microcontracts
service-tagline = Borrow a few hours of a digital specialist from another council, under a small formal contract.
skip-link = Skip to main content
nav-home = Home
nav-organisations = Councils
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-sign-out = Sign out
nav-account = Your account
nav-admin = Platform admin
nav-menu = Menu
nav-label = Main navigation
footer-support = Support links
footer-cookies = Cookies
footer-accessibility = Accessibility statement
footer-privacy = Privacy
footer-api = API
footer-licence = Council data © mySociety, CC BY 4.0. Contains public sector information licensed under the Open Government Licence v3.0.
phase-banner-tag = Beta
phase-banner-text = This is a new service. Your feedback will help us to improve it.
error-summary-title = There is a problem
back-link = Back
button-continue = Continue
button-save = Save changes
cancel = Cancel

## Start page
home-heading = Lend and borrow digital specialists between councils
home-intro = Councils use Microcontracts to book a few hours of a user researcher, developer or designer in another council, agree a small contract between the two councils, and record and pay for the time.
home-how-heading = How it works
home-how-1 = With their employer's permission, practitioners offer a few hours a week to other councils.
home-how-2 = A council books those hours, or posts a requirement and chooses from the people who apply.
home-how-3 = The two councils sign a small contract. Time is recorded, approved and invoiced or settled in hour credits.
home-start = Create an account
home-sign-in-prompt = Already have an account?
home-demo-heading = Demo accounts
home-demo-intro = This is a demonstration service with made-up people. Sign in as any of them with the password { $password }.
home-demo-name = Name
home-demo-email = Email address
home-demo-council = Council
home-demo-roles = Roles
home-signed-in-heading = Your councils
home-signed-in-none = You are not a member of any council yet.
home-council-members = Members and roles
home-council-audit = Audit log

## Roles
role-practitioner = Practitioner
role-manager = Manager
role-buyer = Buyer
role-finance = Finance
role-council_admin = Council admin
role-platform-admin = Platform admin
role-practitioner-hint = Keeps a profile in the talent pool, applies for work and records time.
role-manager-hint = Approves colleagues joining the pool and bookings that use their time.
role-buyer-hint = Posts opportunities, books practitioners and approves time.
role-finance-hint = Issues and pays invoices and sees income and spend.
role-council_admin-hint = Manages the council's members, roles and settings.

## Sign up and verification
sign-up-title = Create an account
sign-up-intro = Use your work email address at your council. We will send you a link to confirm it.
field-display-name = Full name
field-email = Work email address
field-email-hint = For example, name@yourcouncil.gov.uk
field-password = Password
field-password-hint = At least 12 characters. A few unrelated words make a good password.
field-password-confirmation = Confirm password
sign-up-submit = Send confirmation link
sign-up-unknown-domain = { $domain } is not the email domain of a council on Microcontracts. Ask your council's digital team to contact the Microcontracts support team at { $support } to join.
check-email-title = Check your email
check-email-body = We have sent a link to { $email }. Open it within 24 hours to finish creating your account.
check-email-not-received = If the email does not arrive, check your spam folder, or create your account again to get a new link.
verify-title = Set your password
verify-intro = You are joining { $council } as { $email }.
verify-submit = Create account
verify-invalid-title = This link has expired or has been used
verify-invalid-body = Links in our emails work once and for 24 hours. Create your account again to get a new link.
reset-invalid-body = Password reset links work once and for 1 hour. Ask for a new link.
account-exists = There is already an account for { $email }. Sign in, or reset your password.
welcome-banner = Your account has been created. You are signed in as a practitioner at { $council }.

## Sign in
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgotten your password?
sign-in-no-account = Do not have an account?
sign-in-failed = Enter a correct email address and password. After 5 failed attempts, you will be locked out for 15 minutes.
sign-in-locked = There have been too many failed attempts to sign in. Try again after { $time }.
sign-out-title = You have signed out
sign-out-body = You have been signed out of Microcontracts on this device.
sign-out-everywhere-done = You have been signed out on every device ({ $count } sessions ended).
signed-in-required = Sign in to see this page.

## Account
account-title = Your account
account-details = Your details
account-sessions-heading = Signed in elsewhere?
account-sessions-body = If you have signed in on a device you no longer use, or think someone else has, sign out everywhere. You will need to sign in again on this device.
account-sign-out-everywhere = Sign out everywhere

## Password reset
forgot-title = Reset your password
forgot-intro = Enter the email address of your account. We will send you a link to set a new password.
forgot-submit = Send reset link
forgot-sent-title = Check your email
forgot-sent-body = If { $email } has an account, we have sent it a link to reset the password. The link works for 1 hour.
reset-title = Set a new password
reset-submit = Set password
reset-done = Your password has been changed and you have been signed out everywhere else.

## Emails
email-verify-subject = Confirm your email address for Microcontracts
email-verify-body = Hello { $name },

    To finish creating your Microcontracts account, open this link within 24 hours:

    { $link }

    If you did not ask for an account, you can ignore this email.

    Microcontracts
email-invite-subject = You have been made council admin of { $council } on Microcontracts
email-invite-body = Hello,

    You have been asked to manage { $council } on Microcontracts. Open this link within 24 hours to create your account:

    { $link }

    Microcontracts
email-reset-subject = Reset your Microcontracts password
email-reset-body = Hello { $name },

    Someone asked to reset the password of your Microcontracts account. To set a new password, open this link within 1 hour:

    { $link }

    If it was not you, ignore this email: your password has not changed.

    Microcontracts

## Council members
members-title = Members of { $council }
members-name = Name
members-email = Email address
members-roles = Roles
members-change = Change
members-change-for = roles of { $name }
members-none = This council has no members yet.
members-no-roles = No roles
roles-title = Roles of { $name }
roles-legend = Which roles does { $name } have at { $council }?
roles-hint = Select all that apply.
roles-saved = Roles of { $name } updated.
roles-last-admin = { $council } must keep at least one council admin. Make someone else council admin first.

## Audit log
audit-title = Audit log
audit-title-council = Audit log of { $council }
audit-when = When
audit-who = Who
audit-council = Council
audit-what = What
audit-before = Before
audit-after = After
audit-system = The service
audit-none = Nothing has been recorded yet.
audit-older = Older entries
audit-action-user-signed-up = Created an account
audit-action-roles-changed = Changed roles
audit-action-domain-added = Added an email domain
audit-action-council-admin-invited = Invited a council admin
audit-action-council-admin-appointed = Appointed a council admin
audit-action-password-reset = Reset their password
audit-action-signed-out-everywhere = Signed out everywhere

## Platform admin
admin-title = Platform admin
admin-councils = Councils
admin-search = Search councils
admin-search-hint = Name or part of the name
admin-search-submit = Search
admin-onboarded = Councils with verified email domains
admin-audit = Audit log of every council
admin-outbox = Email outbox
council-name = Council
council-code = Code
council-gss = GSS code
council-type = Type
council-nation = Nation
council-region = Region
council-org-id = Org-id
council-domains = Verified email domains
council-domains-none = No verified email domains yet: nobody can sign up to this council.
domain-add-title = Add a verified email domain
field-domain = Email domain
field-domain-hint = For example, wokingham.gov.uk. Anyone who can receive email at this domain can join as a practitioner.
domain-add-submit = Add domain
domain-added = { $domain } added to { $council }.
domain-taken = { $domain } is already a verified domain of a council.
first-admin-title = Make someone council admin
first-admin-hint = Their address must be at a verified domain of this council. If they have no account yet, we email them a link to create one.
first-admin-submit = Make council admin
first-admin-appointed = { $email } is now a council admin of { $council }.
first-admin-invited = We have emailed { $email } a link to create their account as council admin of { $council }.
first-admin-wrong-domain = { $email } is not at a verified domain of { $council }. Add the domain first.
outbox-title = Email outbox
outbox-to = To
outbox-subject = Subject
outbox-status = Status
outbox-attempts = Attempts
outbox-error = Last error
outbox-created = Queued

## Static pages
cookies-title = Cookies
cookies-body = Microcontracts puts small files (known as cookies) on your computer. We use only cookies that are essential to make the service work, so we do not ask for your consent.
cookies-name = Name
cookies-purpose = Purpose
cookies-expires = Expires
cookies-session-purpose = Keeps you signed in
cookies-session-expires = 12 hours after you last use the service, or when you sign out
cookies-csrf-purpose = Protects forms from being submitted by other websites
cookies-csrf-expires = When you close your browser
accessibility-title = Accessibility statement for Microcontracts
accessibility-body-1 = This service is run by the Microcontracts team. We want as many people as possible to be able to use it. You should be able to change colours, contrast levels and fonts, zoom in up to 400% without the text spilling off the screen, navigate the whole service using just a keyboard or speech recognition software, and listen to the service using a screen reader.
accessibility-body-2 = Every page works without JavaScript. Each page is checked automatically against the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard before every release.
accessibility-compliance-heading = Compliance status
accessibility-compliance = This service is partially compliant with WCAG 2.2 AA while it is in beta: it has not yet had a full manual audit.
accessibility-contact-heading = Reporting problems and enforcement
accessibility-contact = If you find a problem, or need information in a different format, contact { $support }. The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations.
privacy-title = Privacy notice
privacy-body-1 = Microcontracts holds your name, work email address, the council you work for and the roles you hold there, so that councils can lend and borrow staff time under contract.
privacy-body-2 = We record every change you make in an audit log that your council's administrators can see, and we record sign-in attempts, with the network address they came from, to protect accounts from attack.
privacy-body-3 = Our lawful basis is the public task of the councils that use the service. We keep sign-in records for 90 days and other records for as long as the contracts they belong to must be kept.
privacy-contact = To ask about your data, contact { $support }.

## Errors
not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.
server-error-title = Sorry, there is a problem with the service
server-error-body = Try again later. Nothing you entered has been lost if you go back and submit again.
forbidden-title = You cannot see this page
forbidden-body = Your account does not have permission to see this page. If you think it should, ask your council admin.
csrf-title = Your form could not be submitted
csrf-body = This can happen if the page was open for a long time or in another tab. Go back, reload the page and try again.
too-large-title = What you sent is too large
too-large-body = Forms on this service accept up to 64 kilobytes. Shorten what you entered and try again.
bad-request-title = That request was not valid
bad-request-body = Go back and check what you entered.

## Field errors
error-required = Enter a value
error-too-long = This is too long
error-control-characters = Remove the special (control) characters from this answer
error-email-required = Enter your work email address
error-email-too-long = Email address must be 254 characters or fewer
error-email-format = Enter an email address in the correct format, like name@yourcouncil.gov.uk
error-display-name-required = Enter your full name
error-display-name-too-long = Full name must be 100 characters or fewer
error-password-required = Enter a password
error-password-too-short = Password must be 12 characters or more
error-password-too-long = Password must be 128 characters or fewer
error-password-mismatch = The passwords do not match
error-domain-required = Enter an email domain
error-domain-format = Enter a domain in the correct format, like wokingham.gov.uk
error-unknown-role = Select roles from the list
error-prefix = Error
title-error-prefix = Error:
service-information = Service information
banner-success = Success
role-platform_admin = Platform admin
outbox-status-pending = Waiting to send
outbox-status-sent = Sent
outbox-status-failed = Failed
