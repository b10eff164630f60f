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
home-council-opportunities = Opportunities you posted
home-council-invoices = Invoices
home-council-income = Income, payroll and spend
home-waiting-heading = Waiting for you
home-waiting-none = Nothing is waiting for you.
home-your-work-heading = Your work
home-link-work = My work: bookings and contracts
home-link-timesheet = Record your time
home-link-profile = Your profile in the talent pool
home-link-applications = Applications
home-link-opportunities = Find opportunities
home-link-pool = Find people
home-link-notifications = Notifications
home-link-account = Your account and API tokens
home-link-admin = Platform administration
waiting-bound = { $count } or more
waiting-booking-requests = { $count ->
    [one] 1 booking request to answer
   *[other] { $shown } booking requests to answer
}
waiting-bookings-to-approve = { $count ->
    [one] 1 booking to approve
   *[other] { $shown } bookings to approve
}
waiting-applications-to-approve = { $count ->
    [one] 1 application to approve
   *[other] { $shown } applications to approve
}
waiting-profiles-to-review = { $count ->
    [one] 1 profile to review for listing
   *[other] { $shown } profiles to review for listing
}
waiting-time-to-approve = { $count ->
    [one] 1 contract with time to approve
   *[other] { $shown } contracts with time to approve
}
waiting-questions-to-answer = { $count ->
    [one] 1 question to answer about your opportunities
   *[other] { $shown } questions to answer about your opportunities
}
waiting-invoices-to-issue = { $count ->
    [one] 1 draft invoice to issue
   *[other] { $shown } draft invoices to issue
}
waiting-overdue-sent = { $count ->
    [one] 1 invoice you sent is overdue
   *[other] { $shown } invoices you sent are overdue
}
waiting-overdue-received = { $count ->
    [one] 1 invoice you received is overdue
   *[other] { $shown } invoices you received are overdue
}

## Roles
role-practitioner = Practitioner
role-manager = Manager
role-buyer = Buyer
role-finance = Finance
role-council_admin = Council admin
role-capability_mapper = Capability mapper
role-platform-admin = Platform admin
role-practitioner-hint = Keeps a profile in the talent pool, applies for work and records time.
role-manager-hint = Approves colleagues joining the pool and bookings that use their time.
role-buyer-hint = Posts opportunities, books practitioners and approves time.
role-finance-hint = Issues and pays invoices and sees income and spend.
role-council_admin-hint = Manages the council's members, roles and settings.
role-capability_mapper-hint = Records what the council's services need and the components that meet each need.

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
welcome-banner = Your account has been created. You are signed in at { $council } as: { $roles }.

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
sign-out-everywhere-tokens = { $count ->
    [one] 1 API token was revoked.
   *[other] { $count } API tokens were revoked.
}
account-revoke-tokens-too = Revoke my API tokens too
account-revoke-tokens-hint = Systems using them will stop working until you make new ones.
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
audit-action-profile-viewed-for-support = Looked at a profile in full for a support request
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
support-profile-title = Answer a support request about { $name }
support-profile-body = A profile's private details (contact email, managers' notes) are shown to platform admins only to answer a support request. What you enter here is recorded in the council's audit log, where its admins can see it.
support-reference = Support request
support-reference-hint = The ticket number, or who asked and when, for example "INC-2041" or "email from Leeds, 2 December".
support-profile-show = Show the profile in full
support-profile-link = See the private details to answer a support request
support-profile-recorded = Shown in full for support request { $reference }. This was recorded in the council's audit log.
error-support-reference-required = Enter the support request you are answering
outbox-redacted = Body removed under the retention schedule

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
privacy-intro = What Microcontracts holds about the council officers who use it, why, who sees it, how long it is kept, and your rights.
privacy-controllers-title = Who is responsible for your data
privacy-controllers-operator = { $operator } runs the platform and is the controller of the records it keeps to run it: accounts, sign-in records, sessions, emails and notifications, and the audit log.
privacy-controllers-councils = Each council is the controller of its own staff's records: their membership and roles, profiles, the bookings and contracts they take part in, the time they record and the invoices their council issues or pays. Ask your council's data protection officer about those.
privacy-purposes-title = What we hold, why, and our lawful basis
privacy-purpose = Purpose
privacy-held = What is held
privacy-basis = Lawful basis (UK GDPR)
privacy-purpose-accounts = Your account and your council's membership
privacy-held-accounts = Your name, work email address, language, the council you work for and the roles you hold there.
privacy-basis-accounts = Public task (Article 6(1)(e)): councils providing services to each other under their statutory powers.
privacy-purpose-profiles = Practitioner profiles
privacy-held-profiles = What you choose to say: headline, roles and levels, skills, services and work done before, where you can work, free hours, and the rate your council sets.
privacy-basis-profiles = Public task (Article 6(1)(e)).
privacy-purpose-contracts = Bookings, contracts, time and invoices
privacy-held-contracts = Who did the work, the hours asked for and recorded, approvals, rates, feedback, and the names printed on invoices.
privacy-basis-contracts = Public task (Article 6(1)(e)), and legal obligation (Article 6(1)(c)) to keep financial records.
privacy-purpose-security = Keeping accounts and records safe
privacy-held-security = Sign-in attempts with the network address they came from, sessions, and an audit log of every change and who made it.
privacy-basis-security = Legal obligation (Article 6(1)(c)) to keep personal data secure (Article 32).
privacy-purpose-messages = Telling you what needs you
privacy-held-messages = Notifications in the service and the emails sent to you, subject to your preferences.
privacy-basis-messages = Public task (Article 6(1)(e)).
privacy-purpose-published = Publishing opportunities, outcomes and contracts
privacy-held-published = Published opportunities, their outcomes, each council's contracts register and open contracting data. These name councils, never a person.
privacy-basis-published = Legal obligation (Article 6(1)(c)): the Local Government Transparency Code 2015 and the Procurement Act 2023.
privacy-recipients-title = Who receives it
privacy-recipients-own-council = Your council's managers, buyers, finance officers and administrators, as their roles need.
privacy-recipients-other-council = The other council in a booking or contract: your name, role, the hours and the time you record for it.
privacy-recipients-public = Anyone: published opportunities and their outcomes, contracts registers and open contracting data, which name councils only.
privacy-recipients-processors = The email delivery service the operator uses, which sends emails on the operator's instructions only.
privacy-retention-title = How long we keep it
privacy-retention-intro = The service applies this schedule itself, every day; each run is recorded in the audit log with what it removed.
privacy-retention-record = Record
privacy-retention-kept = Kept for
privacy-retention-then = Then
retention-sign-in-records = Sign-in records
retention-sessions = Sessions
retention-email-bodies = The text of emails sent to you
retention-notifications = Notifications
retention-withdrawn-profiles = Withdrawn profiles
retention-audit-events = Audit log
retention-contract-records = Contracts, time, invoices and hour-credit ledger
retention-kept-days = { $days } days
retention-kept-years = { $years ->
    [one] 1 year
   *[other] { $years } years
}
retention-kept-until-expiry = Until the session ends or expires
retention-kept-until-sent = Until sent
retention-kept-after-financial-year = { $years } years after the end of the financial year in which the contract ended (the Limitation Act 1980 period)
retention-then-deleted = Deleted
retention-then-anonymised = Anonymised: what the profile said about you is removed
retention-then-redacted = Removed; the subject, recipient and when it was sent are kept
retention-then-deleted-keeping-totals = Deleted, but not while an invoice on the contract is unpaid. Each council's balances and monthly totals stay, no longer about anyone.
privacy-rights-title = Your rights
privacy-rights-intro = You have the right to:
privacy-right-access = get a copy of the data held about you
privacy-right-rectify = have it corrected: you can change your account and profile yourself
privacy-right-erase = ask for it to be deleted, where it need not be kept for the reasons above
privacy-right-restrict = ask that its use is restricted while a concern is looked into
privacy-right-object = object to its use for a public task
privacy-complain-title = How to complain
privacy-complain = If you are unhappy with how your data is handled, tell us first. You can also complain to the Information Commissioner's Office (ICO), by phone on 0303 123 1113 or online.
privacy-ico = The ICO's complaints page:
privacy-contact-title = Contact
privacy-contact = To ask about your data or use your rights, write to { $contact }.

## Errors
not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.
server-error-title = Sorry, there is a problem with the service
server-error-body = Try again later. Nothing you entered has been lost if you go back and submit again.
too-many-requests-title = You have asked too many times
too-many-requests-body = To protect people's accounts, the service limits how often this can be asked. Wait a while, then try again.
error-reference = If you contact support about this, quote this reference: { $reference }
unavailable-title = Sorry, the service is unavailable
unavailable-body = You will be able to use the service again in a few moments. Nothing you entered has been lost if you go back and submit again.
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

## Talent pool: navigation and shared words
nav-pool = Find people
nav-profile = Your profile
nav-notifications = Notifications
nav-notifications-unread = Notifications ({ $count } new)
remove = Remove
warning = Warning
week-commencing = Week commencing
free-hours = Free hours
week-unavailable = None
section-done = Completed
section-to-do = Incomplete
work-mode-remote = Works remotely
work-mode-on_site = Works on site
work-mode-either = Works remotely or on site
band-1 = Trainee or apprentice
band-2 = Junior
band-3 = Associate
band-4 = Practitioner
band-5 = Senior
band-6 = Lead
band-7 = Principal
band-8 = Head or chief
status-draft = Draft
status-awaiting_approval = Waiting for approval
status-listed = Listed
status-paused = Paused
status-withdrawn = Withdrawn
status-draft-explained = Only you and your council's managers can see this profile. When it is ready, ask to be listed: a manager of your council will approve it.
status-awaiting_approval-explained = A manager of your council has been asked to approve this profile. Until then, other councils cannot see it.
status-listed-explained = Other councils can find this profile and book your time.
status-paused-explained = Other councils can see this profile but not book new time until it is resumed.
status-withdrawn-explained = This profile is not in the pool. Ask to be listed again when you are ready.

## Own profile
profile-own-title = Your profile
profile-sections = Your profile's parts
profile-section-details = Name, headline and about
profile-section-roles = Roles and levels
profile-section-skills = Skills
profile-section-services = Services worked on
profile-section-done-before = Done before
profile-section-capacity = Hours you can give
profile-preview = How others see it
profile-see-as-others = See your profile as other councils see it
profile-back-to-profile = Back to your profile
profile-submit = Ask to be listed
profile-pause = Pause
profile-resume = Resume
profile-withdraw = Withdraw from the pool
profile-withdraw-request = Withdraw the request
profile-declined-reason = Reason given by your manager
profile-saved-details = Your details have been saved.
profile-saved-capacity = Your hours have been saved.
profile-saved-submit = A manager of your council has been asked to approve your profile.
profile-saved-pause = Your profile is paused.
profile-saved-resume = Your profile is listed again.
profile-saved-withdraw = Your profile has been withdrawn from the pool.
profile-council = Council
profile-roles = Roles
profile-rate = Hourly rate
profile-rate-per-hour = { $rate } an hour
profile-rate-not-set = Not set yet
profile-where = Where
profile-skills = Skills
profile-services = Services worked on
profile-service = Service
profile-contact-email = Contact email (your council only)
profile-about = About
profile-done-before = Done before
profile-done-before-link = More about { $title }
profile-free-hours = Free hours in the next 12 weeks
profile-capacity-summary = Up to { $hours } hours a week.
profile-capacity-none = No hours offered yet.
profile-none-yet = None yet
profile-headline = Headline
profile-status = Status
profile-roles-intro = Choose each role you can do for other councils, at your level. Your first role sets your rate from your council's rate card.
profile-add-role = Add role
profile-skills-intro = Choose the skills other councils can call on.
profile-add-skill = Add skill
profile-services-intro = Choose the council services you have worked on, from the Local Government Service List.
profile-add-service = Add service
profile-done-before-intro = Describe work you have done that another council might need again.
profile-add-done-before = Add what you have done
profile-capacity-intro = Say how many hours a week your council lets you give to other councils, and between which dates. Bookings take hours from the week they are in.
profile-unavailable-weeks = Weeks you are not available
profile-unavailable-weeks-intro = Add weeks when you cannot give any time, such as holidays.
profile-add-unavailable-week = Add week
field-headline = Headline
field-headline-hint = One line saying what you do, for example "User researcher who has redesigned waste services".
field-about = About you
field-about-hint = What you do, what you know, how you like to work.
field-region = Region
field-region-none = Not given
field-work-mode = How do you work with other councils?
field-contact-email = Contact email (optional)
field-contact-email-hint = Only people in your own council can see it.
field-role-level = Role and level
field-role-level-hint = Grouped by role, from the Government Digital and Data Profession Capability Framework.
field-skill = Skill
field-service = Service
field-service-hint = From the Local Government Service List: type part of its name, for example “missed bin”.
field-done-title = Title
field-done-title-hint = For example, "Online booking for bulky waste collection".
field-done-service = Service it was for (optional)
field-done-service-hint = From the Local Government Service List: type part of its name, for example “missed bin”. Leave it empty if the work was not for a single service.
field-done-delivered = What was delivered
field-done-delivered-hint = What you did and what it achieved.
field-done-year = Year
field-done-year-hint = For example, 2024.
field-done-link = Link (optional)
field-done-link-hint = A case study, blog post or the live service, starting https://
field-hours-per-week = Hours a week
field-hours-per-week-hint = In quarter hours, for example 2 or 3.5. At most 40.
field-available-from = Available from
field-available-to = Available until (optional)
field-available-to-hint = Leave empty if there is no end date.
field-unavailable-week = Week

## Pool search
pool-title = Find people in other councils
pool-filters = Filter
pool-words = Words
pool-words-hint = Searches names, headlines, roles, about, skills and what people have done before.
pool-any = Any
pool-role = Role
pool-level = Level
pool-skill = Skill
pool-service = Service worked on
pool-region = Region
pool-remote = Include people who work remotely
pool-max-rate = Highest hourly rate
pool-availability = Free hours
pool-min-hours = At least this many free hours a week
pool-from-week = From the week commencing
pool-to-week = To the week commencing
pool-to-week-default = 4 weeks from the first
pool-search = Search
pool-results = People
pool-no-results = Nobody listed matches all of these:
pool-no-results-advice = Try removing a filter, fewer or other words, or later weeks. Names and words match with or without accents, so “Sian” finds “Siân”.
pool-searched-words = the words “{ $value }” in a name, headline, role, skill, about or done-before
pool-searched-role = role: { $value }
pool-searched-level = level: { $value }
pool-searched-skill = skill: { $value }
pool-searched-service = worked on: { $value }
pool-searched-region = in { $value }
pool-searched-region-or-remote = in { $value }, or working remotely
pool-searched-remote = working remotely
pool-searched-max-rate = an hourly rate of { $value } or less
pool-searched-min-hours = at least { $value } free hours every week
pool-searched-weeks = free hours in the weeks from { $from } to { $to }
pool-free-hours-for = Free hours of { $name } by week commencing
pool-pages = Pages of people
pool-previous = Previous page
pool-next = Next page
pool-back = Back to search

## A council's profiles and rate card
council-profiles-title = Profiles at { $council }
council-profiles-intro = Practitioners of your council who keep a profile in the talent pool. Those waiting for approval come first.
council-profiles-none = Nobody at this council has started a profile yet.
home-council-profiles = Profiles and approvals
home-council-rate-card = Rate card
review-decide = Approve or decline
review-decide-intro = Approving lets other councils find { $name } and book their time.
review-approve = Approve listing
review-decline = Decline
review-decline-reason = Reason for declining
review-decline-reason-hint = This is sent to the practitioner.
review-withdraw = Withdraw from the pool
review-rate-title = Rate and notes
review-rate-override = Hourly rate for this practitioner (optional)
review-rate-override-hint = Leave empty to use your council's rate card.
review-notes = Notes for managers (optional)
review-notes-hint = Only managers and admins of your council see these.
review-done-approve = { $name } is listed.
review-done-decline = { $name } has been told why the profile was declined.
review-done-withdraw = { $name } has been withdrawn from the pool.
review-done-rate = Rate and notes saved.
rate-card-title = Rate card of { $council }
rate-card-intro = The hourly rate other councils pay for your practitioners' time, by role and level. A manager can set a different rate for one practitioner.
rate-card-role = Role
rate-card-level = Level
rate-card-rate = Rate an hour
rate-card-empty = No rates have been set yet.
rate-card-set = Set a rate
rate-card-choose-level = Choose a role and level
rate-card-hourly = Rate an hour
rate-card-hourly-hint = For example, 45 or 52.50. Leave empty to remove the rate.
rate-card-save = Save rate

## Notifications
notifications-title = Notifications
notifications-none = You have no notifications.
notifications-new = New
notifications-mark-read = Mark all as read
notify-listing-requested = { $name } has asked to be listed in the talent pool
notify-listing-requested-subject = { $name } has asked to be listed on Microcontracts
notify-listing-requested-email = Hello,

    { $name } has asked to be listed in the Microcontracts talent pool, so that other councils can book their time. As a manager at their council, please approve or decline:

    { $link }

    Microcontracts
notify-listing-approved = Your profile is listed in the talent pool
notify-listing-approved-subject = Your Microcontracts profile is listed
notify-listing-approved-email = Hello,

    A manager at { $council } has approved your profile. Other councils can now find it and book your time:

    { $link }

    Microcontracts
notify-listing-declined = Your request to be listed was declined: { $reason }
notify-listing-declined-subject = Your Microcontracts profile was not approved
notify-listing-declined-email = Hello,

    A manager at { $council } has declined your request to be listed, giving this reason:

    { $reason }

    You can change your profile and ask again:

    { $link }

    Microcontracts
notify-listing-withdrawn = A manager has withdrawn your profile from the talent pool
notify-listing-withdrawn-subject = Your Microcontracts profile has been withdrawn
notify-listing-withdrawn-email = Hello,

    A manager at { $council } has withdrawn your profile from the talent pool. Other councils can no longer book your time:

    { $link }

    Microcontracts

## Talent pool errors
error-money-required = Enter an amount
error-money-format = Enter an amount in pounds, like 45 or 52.50
error-hours-required = Enter a number of hours
error-hours-format = Enter hours as a number, like 2 or 3.5
error-hours-quarters = Enter hours in quarter hours, like 2.25, 2.5 or 2.75
error-capacity-too-high = Hours a week must be 40 or fewer
# Dates, in the GOV.UK date input pattern; $field is one of the field-name-* below.
error-date-required = Enter the { $field }
error-date-format = The { $field } must be a real date
error-date-missing-day = The { $field } must include a day
error-date-missing-month = The { $field } must include a month
error-date-missing-year = The { $field } must include a year
error-date-missing-day-month = The { $field } must include a day and month
error-date-missing-day-year = The { $field } must include a day and year
error-date-missing-month-year = The { $field } must include a month and year
error-date-year-digits = The year of the { $field } must include 4 numbers
field-name-date = date
field-name-available_from = date you are available from
field-name-available_to = date you are available until
field-name-start_date = start date
field-name-end_date = end date
field-name-contract_ends = contract end date
field-name-earliest_start = earliest start date
field-name-latest_end = latest end date
field-name-questions_deadline = last date for questions
field-name-closing_date = closing date
field-name-paid_on = date the payment arrived
field-name-signed_on = date it was signed
error-date-order = The end date must be the same as or after the start date
error-headline-required = Enter a headline
error-headline-too-long = Headline must be 120 characters or fewer
error-about-required = Enter something about you
error-about-too-long = About you must be 3,000 characters or fewer
error-region = Choose a region from the list
error-work-mode = Choose how you work with other councils
error-title-required = Enter a title
error-title-too-long = Title must be 150 characters or fewer
error-delivered-required = Enter what was delivered
error-delivered-too-long = What was delivered must be 1,000 characters or fewer
error-year = Enter a year from 1990 to this year
error-link = Enter a link starting http:// or https://
error-service = Choose a service from the list
error-status = That status is not known
error-listing-not-allowed = Your profile cannot be changed that way in its current state.
error-profile-details-missing = Add a headline and something about you
error-profile-roles-missing = Add at least one role
error-profile-capacity-missing = Say how many hours a week you can give, and from when
error-reason-required = Enter the reason for declining
error-rate-range = Enter a rate from £0.01 to £1,000 an hour
error-level-required = Choose a role and level
error-week-order = The last week must be the same as or after the first
audit-action-profile-started = Started a profile
audit-action-profile-details-changed = Changed profile details
audit-action-profile-role-set = Set a role on a profile
audit-action-profile-role-removed = Removed a role from a profile
audit-action-profile-skill-added = Added a skill to a profile
audit-action-profile-skill-removed = Removed a skill from a profile
audit-action-profile-service-added = Added a service to a profile
audit-action-profile-service-removed = Removed a service from a profile
audit-action-profile-done-before-added = Added done-before work to a profile
audit-action-profile-done-before-removed = Removed done-before work from a profile
audit-action-profile-capacity-changed = Changed weekly hours
audit-action-profile-week-unavailable = Marked a week unavailable
audit-action-profile-week-available = Made a week available again
audit-action-profile-status-changed = Changed a profile's listing
audit-action-profile-rate-set = Set a practitioner's rate or notes
audit-action-rate-card-changed = Changed the rate card

## API tokens
tokens-heading = API tokens
tokens-intro = Other systems, such as your council's HR or rota system, can use the Microcontracts API with a personal access token. A token can do what you can do, limited to the scopes you choose.
tokens-docs = API description (OpenAPI)
token-name = Token name
token-name-hint = What the token is for, for example "Rota system".
token-scopes = Scopes
token-last-used = Last used
token-never-used = Never used
token-revoked = Revoked
token-expires = Expires
token-expired = Expired
token-lifetime = Expires after
token-lifetime-days = { $days ->
    [365] 1 year
   *[other] { $days } days
}
token-revoke = Revoke
token-create = Create token
token-created = Your new token
token-shown-once = Copy this token now and keep it secret. It will not be shown again.
scope-profiles-read = Read the talent pool, profiles and rate cards
scope-profiles-write = Change your own hours and unavailable weeks
scope-rate-cards-write = Change your council's rate card
error-token-name-required = Enter a name for the token
error-token-scopes = Choose at least one scope
error-token-lifetime = Choose how long the token lasts: at most a year
audit-action-api-token-created = Created an API token
audit-action-api-token-revoked = Revoked an API token

## Bookings and contracts (shared words)
nav-work = My work
home-council-agreement = Agreement and contract defaults
none-given = None given
date-range = { $from } to { $to }
hours-n = { $hours } hours
booking-change-weeks = Change the hours or weeks
hours-phrase = { $count ->
    [one] 1 hour
   *[other] { $hours } hours
}
days = days
days-n = { $days } days
week-of = Week of { $date }
date-input-hint = For example, 27 3 2027
month-input-hint = For example, 3 2027
date-input-day = Day
date-input-month = Month
date-input-year = Year
time-midnight-ending = midnight at the end of { $date }
time-midday = { $date } at midday
time-at = { $date } at { $time }
choose-week = Choose a week
deal-status-requested = Waiting for the practitioner
deal-status-accepted = Waiting for a manager
deal-status-approved = Approved
deal-status-declined = Declined
deal-status-expired = Expired
deal-status-withdrawn = Withdrawn
deal-status-proposed = Proposed
deal-status-active = Active
deal-status-completed = Completed
deal-status-terminated = Terminated
version-status-proposed = Waiting for the other council
version-status-accepted = Agreed
version-status-declined = Declined
version-status-withdrawn = Withdrawn
settlement-money = Money (invoiced)
settlement-hour_credits = Hour credits
invoicing-monthly = Monthly
invoicing-on_completion = On completion
vat-outside_scope = Outside the scope of VAT
vat-standard = Standard rate (20%)
vat-exempt = Exempt from VAT
side-buyer = buying council
side-supplier = supplying council

## Booking a practitioner
booking-service-none = Not given
booking-new-title = Book { $name }
booking-new-intro = Ask for some of this person's hours. They answer first, then a manager of their council. The hours are held for you from the moment you send the request.
booking-free-hours = Free hours in the next 12 weeks
booking-week = Week
booking-free = Free
booking-free-now = Free now (after this request)
booking-asked = Asked for
booking-buyer-council = Buying council
booking-how-much = How much time do you need?
booking-mode-weekly = The same hours each week
booking-mode-total = A total number of hours between two dates
booking-hours-per-week = Hours each week
booking-hours-hint = In hours and quarter hours, for example 3 or 2.5
booking-from-week = First week
booking-to-week = Last week
booking-total-hours = Total hours
booking-total-hint = They are spread over the working days between the dates, in quarter hours
booking-start-date = Start date
booking-end-date = End date
booking-purpose = What is the work for?
booking-purpose-hint = Say what you need done and what good looks like. Up to 1,000 characters.
booking-service = Service it is for
booking-service-hint = From the Local Government Service List: type part of its name, for example “missed bin”. Leave it empty if the work is not for one service.
booking-po-number = Purchase order number
booking-po-hint = Optional. It is printed on every invoice.
booking-settlement = How it will be paid for
booking-check-title = Check your booking request
booking-practitioner = Practitioner
booking-dates = Dates
booking-total = Total hours
booking-cost = Cost
booking-cost-at-rate = { $cost } at { $rate } an hour, before any VAT
booking-change = Change the request
booking-weeks = Hours each week
booking-not-enough = Not enough free
booking-check-next = When you send the request the hours are held for you. The practitioner has 5 working days to answer, then a manager of their council.
booking-send = Send the request
booking-title = Booking request { $id }
booking-request = Request
booking-caption = { $supplier } to { $buyer }
booking-answer-by = It lapses if not answered by { $date }.
booking-see-contract = See the contract
booking-requested-by = Requested by
booking-decline-reason = Reason for declining
booking-decline-hint = The buyer sees this reason.
booking-your-answer = Your answer
booking-accept = Accept the request
booking-decline = Decline
booking-withdraw = Withdraw the request
booking-approve-title = Approve the booking
booking-approve-intro = { $name } has accepted this request. Approving it makes a contract for the two councils to accept. Choose its terms.
booking-approve = Approve and propose the contract
booking-done-requested = Your request has been sent. The hours are held for you.
booking-done-accepted = You have accepted the request. A manager of your council has been asked to approve it.
booking-done-declined = The request has been declined and its hours released.
booking-done-withdrawn = The request has been withdrawn and its hours released.

## Contracts
contract-title = Contract { $reference }
contract-reference = Contract
contract-calendar = Add to your calendar (.ics)
contract-print = Printable summary
contract-print-now = Print this page from your browser's menu.
contract-summary-title = Contract summary { $reference }
contract-summary-status = Status: { $status }. Terms as at version { $version }.
contract-parties = Parties
contract-buyer = Buying council
contract-supplier = Supplying council
contract-contact = Contact: { $name } ({ $email })
contract-buyer-accepted = Accepted by the buying council
contract-supplier-accepted = Accepted by the supplying council
contract-accepted-by = { $name }, { $at }
contract-not-yet = Not yet
contract-ended = Ended
contract-ended-by = By { $name }, { $at }
contract-terms-version = Terms (version { $version })
contract-rate = Hourly rate
contract-hours-cap = Hours cap
contract-value-cap = Value cap
contract-invoicing = Invoicing
contract-vat = VAT treatment
contract-payment-terms = Payment terms
contract-payment-terms-days = Payment terms in days
contract-payment-terms-hint = Days from the invoice's issue to when it is due. A due date on a weekend or on one of the buying council's bank holidays moves to its next working day.
contract-legal-basis = Legal basis
contract-agreement = Agreement
contract-agreement-version = { $title }, version { $version }
contract-agreement-version-short = version { $version }
contract-weeks = Hours each week
contract-hours = Hours
contract-versions = Versions
contract-version = Version
contract-version-n = Version { $version }
contract-version-title = Contract { $reference }, version { $version }
contract-version-status = Status
contract-version-current = (current)
contract-version-original = The terms as approved
contract-version-proposed = Proposed by { $name } for the { $side } on { $at }.
contract-version-answered = Answered by { $name } on { $at }.
contract-proposed-by = Proposed by
contract-change = Change
contract-accept-intro-buyer = Your council is buying this work. Accept the contract to agree its terms.
contract-accept-intro-supplier = Your council is supplying this work. Accept the contract to agree its terms.
contract-accept-buyer = Accept for the buying council
contract-accept-supplier = Accept for the supplying council
contract-complete-title = Complete the contract
contract-complete-intro = When the work is done, complete the contract. Hours held from next week on are released.
contract-complete = Complete the contract
contract-terminate-title = End the contract early
contract-terminate-reason = Reason for ending it
contract-terminate-hint = Both councils and the practitioner see this reason. Hours held from next week on are released.
contract-terminate-buyer = End it for the buying council
contract-terminate-supplier = End it for the supplying council
contract-done-proposed = The booking is approved. The contract goes to both councils to accept.
contract-done-accepted = Your council has accepted the contract.
contract-done-varied = The variation has been sent to the other council.
contract-done-variation-accepted = The variation has been accepted: its terms now apply.
contract-done-variation-declined = The variation has been declined.
contract-done-variation-withdrawn = The variation has been withdrawn.
contract-done-completed = The contract is complete.
contract-done-terminated = The contract has been ended.
variation-title = Propose a variation to contract { $reference }
variation-intro = Propose more hours, a later end or a new rate. The other council must accept it before it takes effect; the extra hours are held until then.
variation-now = Now: { $hours } hours at { $rate } an hour, ending { $end }.
variation-more-hours = More hours
variation-extra-hours = Extra hours each week
variation-extra-hint = Leave empty for no extra hours
variation-other = Other changes
variation-end-date = New end date
variation-end-hint = Leave empty to keep the end date. It can only move later.
variation-rate = New hourly rate in pounds
variation-rate-hint = Leave empty to keep the rate
variation-summary = What changes and why
variation-summary-hint = The other council reads this first.
variation-send = Send the variation
variation-waiting = Variation { $version } is waiting for an answer
variation-see-terms = See the terms of version { $version }
variation-accept = Accept the variation
variation-decline = Decline the variation
variation-withdraw = Withdraw the variation
variation-propose-buyer = Propose a variation for the buying council
variation-propose-supplier = Propose a variation for the supplying council

## My work
work-title = My work
work-back = Back to my work
work-nothing = Nothing here yet. Bookings and contracts you are part of will be listed here.
work-as-practitioner = Your own work
work-requests-for-you = Requests for your time
work-no-requests = Nobody has asked for your time yet.
work-your-contracts = Your contracts
work-no-contracts = You have no contracts yet.
work-your-capacity = Your free hours ({ $hours } hours a week)
work-free-n = { $hours } free
work-change-capacity = Change your hours
work-as-buyer = Buying for { $council }
work-requests-sent = Requests sent
work-no-requests-sent = No requests sent yet.
work-find-someone = Find someone in the talent pool
work-contracts-bought = Contracts
work-as-manager = Managing at { $council }
work-to-approve = Waiting for your approval
work-none-to-approve = No bookings are waiting for approval.
work-open-contracts = Open contracts
work-staff-commitments = Hours committed by your staff (held by requests and contracts)
work-of-capacity = of { $hours } a week
work-no-commitments = None of your staff have hours committed in the next 8 weeks.
work-who = Who
work-parties = Parties

## Agreements
agreement-council-title = Agreement and contract defaults
agreement-current = The current agreement is { $title }, version { $version }, published { $date }.
agreement-read = Read the agreement
agreement-signed-by = Signed for your council by { $name } ({ $role }) on { $date }; recorded by { $recorder }.
agreement-not-signed = Your council has not recorded signing this version. Until it does, it cannot accept contracts.
agreement-record-title = Record who signed it
agreement-signatory-name = Name of the person who signed
agreement-signatory-role = Their job title
agreement-signatory-role-hint = For example, Chief Digital Officer
agreement-signed-on = Date signed
agreement-record = Record the signature
agreement-none-yet = No agreement has been published yet.
agreement-done-signed = The signature has been recorded.
agreement-done-defaults = Your contract defaults have been saved.
defaults-title = Defaults for contracts you supply
defaults-intro = New contracts where your council supplies the work start with these terms; the approving manager can change them.
admin-agreements = Agreements and legal bases
admin-agreement-versions = Agreement versions
admin-agreement-version = Version
admin-agreement-version-hint = For example, 1.0
admin-agreement-title = Title
admin-agreement-body = Text of the agreement
admin-agreement-published = Published
admin-agreement-current = Current
admin-agreement-publish-title = Publish a new version
admin-agreement-publish-intro = New contracts use the newest version. Each council must record signing it before accepting them.
admin-agreement-publish = Publish
admin-legal-bases = Legal bases
admin-legal-basis-name = Name
admin-legal-basis-description = What it means
admin-legal-basis-retired = Retired
admin-legal-basis-retire = Retire
admin-legal-basis-restore = Restore
admin-legal-basis-add = Add a legal basis
admin-actions = Actions
admin-agreements-done-published = The new agreement version has been published.
admin-agreements-done-added = The legal basis has been added.
admin-agreements-done-retired = The legal basis has been retired.
admin-agreements-done-restored = The legal basis has been restored.

## Booking and contract errors
error-booking-mode = Choose how much time you need
error-week-required = Choose a week
error-week-format = Choose a week from the list
error-week-past = The first week cannot be in the past
error-week-too-far = Hours can be booked up to 26 weeks ahead
error-weekly-hours-range = Hours each week must be between 0.25 and 40
error-hours-positive = Enter more than 0 hours
error-date-past = The start date cannot be in the past
error-date-future = The date cannot be in the future
error-settlement = Choose how it will be paid for
error-buyer-council = Choose the council you are buying for
error-booking-no-capacity = There are not enough free hours in some weeks. { $weeks }. Ask for fewer hours or other weeks.
booking-shortfall = Week of { $monday }: you asked for { $asked }, { $count ->
    [one] 1 hour is free
   *[other] { $free } are free
}
error-booking-not-listed = This person is not taking bookings at the moment
error-booking-own-council = You cannot book someone from your own council
error-booking-no-rate = This person has no hourly rate yet, so they cannot be booked. Their council sets it.
error-booking-not-accepted-yet = The practitioner has not accepted this request yet
error-booking-already-accepted = This request has already been accepted and is waiting for a manager
error-booking-closed = This request has already been answered, withdrawn or has lapsed
error-changed-meanwhile = Someone else changed this while you were looking at it. Check it again.
error-no-agreement = No agreement has been published yet, so no contract can be made. Ask the platform's administrators.
error-agreement-not-signed = Your council has not recorded signing the agreement this contract uses. A council admin can record it on the agreement page.
error-contract-already-accepted = Your council has already accepted this contract
error-contract-already-active = This contract is already active
error-contract-not-active = Only an active contract can be completed
error-contract-ended = This contract has ended
error-contract-complete-buyer = Only the buying council can complete a contract
error-variation-needs-active = Only an active contract can be varied
error-variation-waiting = A variation is already waiting for an answer
error-variation-none-waiting = No variation is waiting for an answer
error-variation-not-yours = Only the council that proposed the variation can withdraw it
error-variation-other-side = The other council must answer this variation
error-variation-no-change = Change the hours, the end date or the rate
error-end-earlier = The new end date cannot be earlier than the current one
error-legal-basis = Choose a legal basis
error-legal-basis-taken = There is already a legal basis with that name
error-agreement-version-taken = That version has already been published
error-payment-terms-format = Enter payment terms as a whole number of days
error-payment-terms-range = Payment terms must be between 0 and 120 days
error-invoicing = Choose how often to invoice
error-vat-treatment = Choose a VAT treatment
error-side = Choose a side

## Booking and contract notifications
notify-booking-requested = { $council } has asked for { $hours } hours of your time
notify-booking-requested-subject = { $council } has asked for your time on Microcontracts
notify-booking-requested-email = Hello,

    { $council } has asked for { $hours } hours of your time through Microcontracts. The hours are held for them until you answer. Please accept or decline within 5 working days:

    { $link }

    Microcontracts
notify-booking-to-approve = { $name } has accepted a booking from { $council }: approve it
notify-booking-to-approve-subject = A booking for { $name } is waiting for your approval
notify-booking-to-approve-email = Hello,

    { $name } has accepted a request from { $council } for some of their time. As a manager at their council, please approve it (choosing the contract's terms) or decline it:

    { $link }

    Microcontracts
notify-booking-accepted = { $name } has accepted your booking request
notify-booking-accepted-subject = { $name } has accepted your Microcontracts booking
notify-booking-accepted-email = Hello,

    { $name } has accepted your request. A manager of their council has been asked to approve it:

    { $link }

    Microcontracts
notify-booking-declined = A booking request was declined: { $reason }
notify-booking-declined-subject = A Microcontracts booking request was declined
notify-booking-declined-email = Hello,

    The request for { $name }'s time at { $council } has been declined, with this reason:

    { $reason }

    The held hours have been released. The request is here:

    { $link }

    Microcontracts
notify-booking-withdrawn = { $council } has withdrawn its booking request
notify-booking-withdrawn-subject = A Microcontracts booking request was withdrawn
notify-booking-withdrawn-email = Hello,

    { $council } has withdrawn its request for your time. The held hours have been released:

    { $link }

    Microcontracts
notify-booking-approved = Your booking with { $council } is approved: contract { $reference }
notify-booking-approved-subject = Contract { $reference } has been proposed on Microcontracts
notify-booking-approved-email = Hello,

    A manager has approved the booking for { $name }. Contract { $reference } now goes to both councils to accept:

    { $link }

    Microcontracts
notify-booking-expired = A booking request lapsed without an answer
notify-booking-expired-subject = A Microcontracts booking request has lapsed
notify-booking-expired-email = Hello,

    The request from { $council } for { $name }'s time was not answered within 5 working days, so it has lapsed and its hours have been released:

    { $link }

    Microcontracts
notify-contract-to-accept = Contract { $reference } is waiting for your council to accept it
notify-contract-to-accept-subject = Contract { $reference } is waiting for your council on Microcontracts
notify-contract-to-accept-email = Hello,

    Contract { $reference } for { $name }'s time ({ $supplier } to { $buyer }) is waiting for your council to accept it:

    { $link }

    Microcontracts
notify-contract-active = Contract { $reference } is active
notify-contract-active-subject = Contract { $reference } is active on Microcontracts
notify-contract-active-email = Hello,

    Both councils have accepted contract { $reference } for { $name }'s time ({ $supplier } to { $buyer }). It is now active:

    { $link }

    Microcontracts
notify-contract-completed = Contract { $reference } is complete
notify-contract-completed-subject = Contract { $reference } is complete
notify-contract-completed-email = Hello,

    The buying council has completed contract { $reference } for { $name }'s time. Hours held from next week on have been released:

    { $link }

    Microcontracts
notify-contract-terminated = Contract { $reference } has been ended: { $reason }
notify-contract-terminated-subject = Contract { $reference } has been ended early
notify-contract-terminated-email = Hello,

    Contract { $reference } for { $name }'s time ({ $supplier } to { $buyer }) has been ended early, with this reason:

    { $reason }

    Hours held from next week on have been released:

    { $link }

    Microcontracts
notify-variation-proposed = Variation { $version } to contract { $reference } is waiting for your answer
notify-variation-proposed-subject = A variation to contract { $reference } needs your answer
notify-variation-proposed-email = Hello,

    The other council has proposed variation { $version } to contract { $reference } for { $name }'s time. Please accept or decline it:

    { $link }

    Microcontracts
notify-variation-accepted = Variation { $version } to contract { $reference } was accepted
notify-variation-accepted-subject = A variation to contract { $reference } was accepted
notify-variation-accepted-email = Hello,

    Variation { $version } to contract { $reference } has been accepted. Its terms now apply:

    { $link }

    Microcontracts
notify-variation-declined = Variation { $version } to contract { $reference } was declined
notify-variation-declined-subject = A variation to contract { $reference } was declined
notify-variation-declined-email = Hello,

    Variation { $version } to contract { $reference } has been declined. The hours it held have been released:

    { $link }

    Microcontracts
notify-variation-withdrawn = Variation { $version } to contract { $reference } was withdrawn
notify-variation-withdrawn-subject = A variation to contract { $reference } was withdrawn
notify-variation-withdrawn-email = Hello,

    Variation { $version } to contract { $reference } has been withdrawn by the council that proposed it:

    { $link }

    Microcontracts

## Audit log: bookings and contracts
audit-action-booking-requested = Requested a booking
audit-action-booking-accepted = Accepted a booking request
audit-action-booking-declined = Declined a booking request
audit-action-booking-withdrawn = Withdrew a booking request
audit-action-booking-approved = Approved a booking
audit-action-booking-expired = A booking request lapsed
audit-action-contract-proposed = Proposed a contract
audit-action-contract-accepted-by-buyer = Accepted a contract for the buying council
audit-action-contract-accepted-by-supplier = Accepted a contract for the supplying council
audit-action-contract-variation-proposed = Proposed a contract variation
audit-action-contract-variation-accepted = Accepted a contract variation
audit-action-contract-variation-declined = Declined a contract variation
audit-action-contract-variation-withdrawn = Withdrew a contract variation
audit-action-contract-completed = Completed a contract
audit-action-contract-terminated = Ended a contract early
audit-action-agreement-signed = Recorded signing the agreement
audit-action-agreement-published = Published an agreement version
audit-action-contract-defaults-changed = Changed contract defaults
audit-action-retention-applied = Applied the retention schedule
audit-action-personal-data-exported = Exported a person's data
audit-action-legal-basis-added = Added a legal basis
audit-action-legal-basis-retired = Retired a legal basis
audit-action-legal-basis-restored = Restored a legal basis
booking-book = Book { $name }
scope-deals-read = Read your bookings and contracts
scope-deals-write = Request, answer and approve bookings; accept and end contracts
error-week-twice = Give each week once
pool-service-hint = Type part of its name, for example garden waste
error-service-none = No service on the Local Government Service List matches those words
error-service-empty = Type part of the service’s name, then choose it
error-service-several = More than one service matches those words: choose one, or type more of its name
service-picker-hint = Type part of the service’s name, for example “missed bin”
service-picker-choose = Services that match “{ $words }”
service-picker-more = Only the first 12 are shown: type more of the name to see others.
service-picker-no-results = No service matches
service-picker-too-short = Type { $min } or more letters for suggestions
service-picker-results-one = 1 suggestion is available.
service-picker-results-other = { $count } suggestions are available.
service-picker-selected = { $option } ({ $position } of { $count }) is highlighted
service-picker-assistive = When suggestions are available, use the up and down arrows to review them and enter to choose one. On a touch screen, explore by touch or with swipe gestures.

## Opportunities (SPEC §4.3)
nav-opportunities = Opportunities
opportunities-title = Opportunities
opportunities-intro = Requirements councils have posted for digital work, sized in hours. Practitioners apply with their manager's approval; the buying council evaluates and awards a microcontract.
opportunities-back = Back to opportunities
opportunities-council-link = { $council }'s opportunities
opportunities-council-title = { $council }'s opportunities
opportunities-council-list = All opportunities
opportunities-council-none = Your council has not written any opportunities yet.
opportunities-words = Words
opportunities-remote-only = Remote work only
opportunities-rate-at-least = Maximum rate at least (£ an hour)
opportunities-rate-hint = Only those paying at least your rate, for example 45
opportunities-found = { $count ->
    [one] 1 opportunity
   *[other] { $count } opportunities
}
opportunities-found-more = More than { $count } opportunities
opportunities-none = No opportunities match. Try fewer filters.
opportunities-data-title = Open data
opportunities-data-intro = Anyone may download these opportunities and their outcomes (buyer, dates, role, service, status, applications, winning council and value) as CSV or JSON, with the filters chosen above; each CSV file holds up to 1,000, and its Link header gives the next file's address. Every award and contract is also published as Open Contracting Data.
opportunities-data-csv = Download as CSV
opportunities-data-json = Read as JSON (the API, no key needed)
opportunities-data-ocds = Awards and contracts as Open Contracting Data Standard releases (JSON)
opportunities-pages = Pages of opportunities
filters-apply = Apply filters
opportunity-list-facts = { $hours } hours · up to { $rate } an hour · closes { $closes } · { $count ->
    [one] 1 application
   *[other] { $count } applications
}
opportunity-kind = Kind
opportunity-kind-specialist = Specialist
opportunity-kind-outcome = Outcome
opportunity-kind-question = What do you need?
opportunity-kind-explained-specialist = A specialist: one person in a named role for an estimated number of hours
opportunity-kind-explained-outcome = An outcome: a small piece of work a council team delivers
opportunity-status = Status
opportunity-status-draft = Draft
opportunity-status-live = Open
opportunity-status-closed = Closed
opportunity-status-awarded = Awarded
opportunity-status-unsuccessful = Not awarded
opportunity-status-cancelled = Cancelled
opportunity-status-withdrawn = Withdrawn
opportunity-status-submitted = Waiting for a manager
opportunity-status-approved = Approved by a manager
opportunity-status-declined = Declined by a manager
opportunity-title = Title
opportunity-title-hint = What you want to call your requirements. { $max } characters at most.
opportunity-untitled = Opportunity { $id } (no title yet)
opportunity-summary-heading = About the work
opportunity-summary = Summary of the work
opportunity-background = Why the work is being done
opportunity-background-hint = The goal the work supports and any important dates. { $max } words at most.
opportunity-work-specialist = What the specialist will work on
opportunity-work-outcome = Problem to be solved
opportunity-work-hint = { $max } words at most.
words-at-most = { $max } words at most.
opportunity-role = Role
opportunity-role-hint = The DDaT role you need. A specialist opportunity needs one; an outcome may leave it out.
opportunity-role-none = No particular role
opportunity-band = Level of the role (optional)
opportunity-band-hint = Recommendations favour people at this level of the role, then those one level either side.
opportunity-band-none = Any level
opportunity-band-shown = Level of the role
opportunity-service = Service
opportunity-service-hint = The service the work is for, from the Local Government Service List: type part of its name, for example “missed bin”. Leave it empty if the work is not for one service.
opportunity-where = Where
opportunity-work-mode = Where the work can happen
opportunity-work-mode-remote = Remotely
opportunity-work-mode-either = Remotely or on site
opportunity-work-mode-on_site = On site
opportunity-region = Region
opportunity-region-hint = Needed when the work is on site.
opportunity-region-none = No region
opportunity-arrangements = Working arrangements
opportunity-arrangements-hint = How you want to work with the person or team, and any limits on expenses. { $max } words at most.
opportunity-clearance = Security clearance
opportunity-clearance-optional = Security clearance (optional)
opportunity-hours = Estimated hours
opportunity-hours-hint = In hours, for example 37.5
opportunity-max-rate = Maximum hourly rate
opportunity-max-rate-hint = In pounds an hour, for example 55. Applicants cannot propose more.
rate-per-hour = { $rate } an hour
opportunity-earliest-start = Earliest start
opportunity-latest-end = Latest end
opportunity-dates = Dates
opportunity-essential = Essential skills and experience
opportunity-nice = Nice-to-have skills and experience
opportunity-nice-optional = Nice-to-have skills and experience (optional)
opportunity-criteria-hint = Put each on its own line: at most 20, each 300 characters and 30 words at most.
opportunity-weighting = Evaluation weighting
opportunity-weighting-intro = How applications are scored: the three weights must add up to 100.
opportunity-weighting-value = Technical competence { $technical }%, cultural fit { $cultural }%, price { $price }%
opportunity-technical-weight = Technical competence (%)
opportunity-technical-weight-hint = From 10 to 75. How well the person or team can do the work.
opportunity-cultural-weight = Cultural fit (%)
opportunity-cultural-weight-hint = From 5 to 20. How well you will work together.
opportunity-price-weight = Price (%)
opportunity-price-weight-hint = From 20 to 85. How close each rate is to the lowest.
opportunity-evaluate-count = How many applicants you will evaluate
opportunity-evaluate-count-hint = From 3 to 15
opportunity-questions-deadline = Last day for questions
opportunity-questions-deadline-hint = Questions can be asked until the end of this day, or until the closing time if it is the closing day.
opportunity-closing-date = Closing date
opportunity-closing-time = Closing time
opportunity-closing-time-hint = 24-hour clock, UK time, for example 12:00
opportunity-visibility = Who can read it
opportunity-visibility-public = Anyone, including people not signed in
opportunity-visibility-signed_in = Only people signed in to Microcontracts
opportunity-audience = Open to
opportunity-audience-question = Which councils can apply
opportunity-audience-all = All councils
opportunity-audience-invited = Only the councils I invite
opportunity-invited = Councils you invite
opportunity-invited-hint = Only if you chose invited councils. One council code or name a line, for example LDS.
opportunity-published = Published
opportunity-closes = Closes { $closes }.
opportunity-closing = Closes
opportunity-questions-until = Questions until { $deadline }.
opportunity-application-count = { $count ->
    [one] 1 application so far
   *[other] { $count } applications so far
}
opportunity-applications = Applications
opportunity-outcome = Outcome
opportunity-outcome-supplier = Supplying council
opportunity-outcome-value = Value
opportunity-outcome-start = Start
opportunity-ended-reason = The buyer's reason: { $reason }
opportunity-change-link = Change or withdraw
opportunity-questions-link = Questions
opportunity-evaluate-link = Evaluate applications
opportunity-copy = Copy into a new draft
opportunity-your-application = Your application: { $status }
opportunity-apply = Apply
opportunity-apply-again = Change your application
opportunity-sign-in-to-apply = Sign in to ask a question or apply
opportunity-changes = Changes since publishing
opportunity-change-summary = Summary corrected
opportunity-change-clarification = Clarification
opportunity-change-closing_time = Closing time extended
opportunity-change-closing-from-to = from { $from } to { $to }
opportunity-change-closing-to = now { $to }
opportunity-questions = Questions and answers
opportunity-question-n = Question { $n }
opportunity-no-questions = No questions have been answered yet.
opportunity-ask = Ask a question
opportunity-ask-hint = 100 words at most. Your question is published with its answer, without your name.
opportunity-ask-send = Send question
opportunity-done-published = Your opportunity is published
opportunity-done-asked = Your question was sent to the buyer
opportunity-done-changed = The change is published and everyone who applied or asked has been told
opportunity-done-withdrawn = The opportunity is withdrawn and everyone who applied or asked has been told
opportunity-done-award = Awarded: the contracts are proposed
opportunity-done-unsuccessful = Closed without an award
opportunity-done-cancel = Cancelled
opportunity-start-title = Write a new opportunity
opportunity-start = Start
opportunity-tasks-title = Write your opportunity
opportunity-tasks-progress = You have completed { $done } of { $total } sections.
section-about = About the work
section-role-and-service = Role and service
section-location = Location and working arrangements
section-hours-and-budget = Hours, rate and dates
section-criteria = Skills and experience
section-evaluation = How you will evaluate
section-timing = Questions, closing and who can apply
task-completed = Completed
task-incomplete = Incomplete
save-and-continue = Save and continue
opportunity-publish-title = Publish
opportunity-publish-hint = Once published, you can correct the summary, add clarifications or extend the closing time, but not shorten it.
opportunity-publish = Publish opportunity
opportunity-change-title = Change or withdraw
opportunity-change-intro = Every change is shown on the opportunity's page and sent to everyone who has applied or asked a question.
opportunity-change-kind = What are you changing?
opportunity-change-body = The corrected summary or the clarification
opportunity-change-body-hint = The summary is 50 words at most; a clarification 200.
opportunity-change-send = Publish change
opportunity-extend-title = Extend the closing time
opportunity-extend-now = It closes { $closes }. The new time must be later.
opportunity-extend = Extend
opportunity-withdraw-title = Withdraw the opportunity
opportunity-withdraw-reason = Why are you withdrawing it?
opportunity-withdraw-hint = Everyone who applied or asked is told, with this reason.
opportunity-withdraw = Withdraw
opportunity-questions-title = Questions
opportunity-questions-intro = Answer each question. Answers are published on the opportunity's page without the asker's name.
opportunity-answer = Answer
opportunity-answer-label = Your answer to question { $n }
opportunity-answer-publish = Publish answer
alerts-title = Your saved searches
alerts-intro = We tell you of new opportunities matching each search, in the service and by email, as often as you choose.
alerts-save-title = Save this search
alerts-name = Name for the search
alerts-frequency = How often
alerts-frequency-immediate = As soon as one is published
alerts-frequency-daily = In a daily email
alerts-frequency-off = Never (keep the search)
alerts-save = Save search
alerts-change = Change
alerts-delete = Delete
alerts-none = You have no saved searches. Filter the list of opportunities and save the search.
alerts-try-again = Give the search a name and choose how often, then save it again from the list.
alerts-describe = Words: { $words }; kind: { $kind }; role: { $role }; service: { $service }; region: { $region }
apply-title = Apply
apply-intro = Your application goes to a manager of your council to approve before the buyer can see it. You can change or withdraw it until { $closes }.
apply-evidence-hint = Give one example for each: the situation, what you did and the results. { $max } words at most each.
apply-nice-hint = Optional: leave any you do not have empty.
apply-terms = Rate and start
apply-rate = Your hourly rate (£)
apply-rate-hint = { $max } at most
apply-earliest-start = Earliest start
apply-team-title = Apply as a team
apply-as-team = Our council offers a team
apply-team-hint = Give the hours each colleague would work; leave the others empty.
apply-team-hours = Hours for { $name }
apply-send = Send application
application-title = Application: { $title }
application-done-submitted = Your application was sent to your manager
application-done-approve = You approved the application: the buyer will see it after closing
application-done-decline = You declined the application
application-done-withdraw = The application is withdrawn
application-waiting-manager = A manager of the applying council must approve it before the buyer can see it.
application-declined-reason = The manager's reason: { $reason }
application-feedback = The buyer's feedback: { $feedback }
application-applicant = Applicant
application-people = People offered
application-rate = Rate
application-hours = Hours
application-value = Value at this rate
application-submitted = Sent
application-decided = Decided by
application-contract = Contract { $reference } for { $name }
application-evidence = Evidence
application-nice-marker = (nice to have)
application-no-evidence = No evidence given
application-decide-title = Approve this application
application-decide-hint = Approving commits the practitioners' time if the buyer awards it.
application-approve = Approve
application-decline-reason = Reason for declining
application-decline = Decline
application-edit = Change your application
application-withdraw = Withdraw application
application-score-link = Score this application
applications-title = Applications
applications-to-approve = Waiting for your approval
applications-yours = Your applications
applications-none = You have not applied for any opportunities.
evaluate-title = Evaluate applications
evaluate-weights = Weighting: technical { $technical }%, cultural fit { $cultural }%, price { $price }%.
evaluate-after-closing = You can evaluate after it closes, { $closes }.
evaluate-ranking = Ranking by weighted score
evaluate-rank = Rank
evaluate-applicant = Applicant
evaluate-technical = Technical
evaluate-cultural = Cultural fit
evaluate-price = Price
evaluate-total = Total
evaluate-choose = Award
evaluate-shortlisted = Shortlisted
evaluate-not-scored = Not fully scored
evaluate-score = Score
evaluate-award-to = Award to { $name }
evaluate-award-hint-specialist = Choose one applicant to award.
evaluate-award-hint-outcome = Choose one or more applicants to award.
evaluate-award = Award
evaluate-awarded = Awarded to { $councils }.
evaluate-none = No approved applications to evaluate.
evaluate-no-award-title = End without an award
evaluate-reason = Reason
evaluate-reason-hint = Shown on the opportunity's page and sent to the applicants.
evaluate-unsuccessful = No suitable applicant
evaluate-cancel = Cancel the opportunity
percent = { $value }%
score-title = Score { $name }
score-intro = { $council }, at { $rate } an hour.
score-essential = Essential
score-nice = Nice to have
score-legend = Score
score-0 = 0 – no evidence
score-1 = 1 – partly meets
score-2 = 2 – meets
score-3 = 3 – exceeds
score-cultural = Cultural fit
score-notes = Your notes
score-notes-hint = Only your council sees these.
score-feedback = Feedback for the applicant
score-feedback-hint = Sent to the applicant if they are not successful.
score-shortlist = Shortlist this applicant
score-save = Save scores
error-alert-frequency = Choose how often
error-applications-closed = Applications are closed for this opportunity
error-apply-not-listed = You need a listed profile in the talent pool to apply
error-award-none = Choose who to award
error-award-one-only = A specialist opportunity is awarded to one applicant
error-award-not-approved = You can only award approved applications
error-change-kind = Choose what you are changing
error-closing-not-later = The new closing time must be later than the current one
error-closing-past = The closing time must be in the future
error-criteria-required = Enter at least 1 essential skill or experience
error-criteria-too-many = You can add up to 20
error-criterion-too-long = Each must be 300 characters or fewer
error-criterion-too-many-words = Each must be 30 words or fewer
error-cultural-weight = Cultural fit must be between 5 and 20
error-estimated-hours-range = Enter at most 2,000 hours
error-evaluate-count = Enter a number between 3 and 15
error-evaluate-when-closed = You can score applications once the opportunity has closed, until you record the outcome
error-evidence-required = Enter your evidence for this essential skill or experience
error-invited-none = Name at least one council to invite
error-invited-unknown = A council you named is not known: use its code, like LDS, or its full name
error-max-rate-required = Enter the maximum hourly rate
error-no-legal-basis = There is no legal basis to put in the contract: ask the platform admin to add one
error-number-required = Enter a number
error-opportunity-audience = Choose which councils can apply
error-opportunity-closed = The opportunity has closed
error-opportunity-draft = The opportunity is still a draft
error-opportunity-ended = The opportunity has ended
error-opportunity-kind = Choose specialist or outcome
error-opportunity-live = The opportunity is still open
error-opportunity-not-draft = The opportunity is published: change it from its page
error-opportunity-not-live = Only an open opportunity can be changed
error-opportunity-role-required = Choose the role you need
error-opportunity-band = Choose a level from the list
error-opportunity-band-without-role = Choose a role to ask for a level of it
error-opportunity-visibility = Choose who can read it
error-price-weight = Price must be between 20 and 85
error-question-answered = That question has already been answered
error-questions-after-closing = The last day for questions must be before the closing time
error-questions-closed = Questions are closed for this opportunity
error-questions-deadline-past = The last day for questions must be in the future
error-rate-above-maximum = Your rate cannot be more than the maximum
error-rate-required = Enter your hourly rate
error-region-required-on-site = Choose a region for work on site
error-role = Choose a role from the list
error-score = Choose a score from 0 to 3
error-section = That section is not known
error-section-incomplete = Complete this section
error-team-empty = Give hours for at least one colleague
error-team-member = Each colleague must have a listed profile in your council
error-team-duplicate = Name each colleague once
error-team-hours-range = Give each colleague from 0.25 to 2,000 hours
error-team-outcome-only = Only an outcome can be applied for by a team
error-technical-weight = Technical competence must be between 10 and 75
error-time-format = Enter a time like 12:00 (24-hour clock)
error-time-required = Enter a time
error-timing-passed = The questions deadline or the closing time has passed: set them again
error-too-many-words = This has too many words
error-weights-total = The three weights must add up to 100
notify-opportunity-alert = New opportunity from { $council }: { $title }
notify-opportunity-alert-subject = New opportunity: { $title }
notify-opportunity-alert-email = Hello,

    { $council } has published an opportunity matching one of your saved searches: { $title }

    { $link }

    Microcontracts
notify-opportunity-invited = { $council } invited your council to apply for { $title }
notify-opportunity-invited-subject = Your council is invited to apply: { $title }
notify-opportunity-invited-email = Hello,

    { $council } has invited your council to apply for { $title }. Please tell colleagues who could do the work:

    { $link }

    Microcontracts
notify-opportunity-question = New question about { $title }
notify-opportunity-question-subject = New question about { $title }
notify-opportunity-question-email = Hello,

    Someone has asked a question about { $title }. Please answer it, so that everyone can see the answer:

    { $link }

    Microcontracts
notify-opportunity-answered = Your question about { $title } has been answered
notify-opportunity-answered-subject = Your question about { $title } has been answered
notify-opportunity-answered-email = Hello,

    The buyer has answered your question about { $title }:

    { $link }

    Microcontracts
notify-opportunity-changed = { $title } has changed
notify-opportunity-changed-subject = { $title } has changed
notify-opportunity-changed-email = Hello,

    The buyer has changed { $title }, which you applied for or asked about. See what changed:

    { $link }

    Microcontracts
notify-opportunity-withdrawn = { $title } was withdrawn
notify-opportunity-withdrawn-subject = { $title } was withdrawn
notify-opportunity-withdrawn-email = Hello,

    The buyer has withdrawn { $title }, which you applied for or asked about. Their reason: { $reason }

    { $link }

    Microcontracts
notify-opportunity-closed = { $title } has closed with { $count } approved applications to evaluate
notify-opportunity-closed-subject = { $title } has closed
notify-opportunity-closed-email = Hello,

    { $title } has closed. { $count } approved applications are ready for you to evaluate:

    { $link }

    Microcontracts
notify-opportunity-outcome-due = Record the outcome of { $title }
notify-opportunity-outcome-due-subject = Record the outcome of { $title }
notify-opportunity-outcome-due-email = Hello,

    { $title } closed 28 days ago and has no outcome yet. Please award it, or close it as unsuccessful or cancelled, so that the applicants know:

    { $link }

    Microcontracts
notify-application-to-approve = An application by { $name } for { $title } needs your approval
notify-application-to-approve-subject = Approve an application: { $title }
notify-application-to-approve-email = Hello,

    { $name } has applied for { $title }. The buyer sees the application only once a manager approves it:

    { $link }

    Microcontracts
notify-application-approved = Your application for { $title } was approved
notify-application-approved-subject = Your application for { $title } was approved
notify-application-approved-email = Hello,

    Your manager approved your application for { $title }. The buyer will see it after closing.

    { $link }

    Microcontracts
notify-application-declined = Your application for { $title } was declined
notify-application-declined-subject = Your application for { $title } was declined
notify-application-declined-email = Hello,

    Your manager declined your application for { $title }. Their reason: { $reason }

    { $link }

    Microcontracts
notify-application-awarded = You were awarded { $title } by { $council }
notify-application-awarded-subject = You were awarded { $title }
notify-application-awarded-email = Hello,

    { $council } has awarded { $title } to your application. A contract is proposed for both councils to accept:

    { $link }

    Microcontracts
notify-application-unsuccessful = Your application for { $title } was not successful
notify-application-unsuccessful-subject = Your application for { $title } was not successful
notify-application-unsuccessful-email = Hello,

    Your application for { $title } was not successful. The buyer's feedback: { $feedback }

    { $link }

    Microcontracts
notify-contract-to-accept-supplier = { $council } awarded { $title } to your council: accept the contract
notify-contract-to-accept-supplier-subject = Accept the contract for { $title }
notify-contract-to-accept-supplier-email = Hello,

    { $council } has awarded { $title } to your council. A contract is proposed for you to accept:

    { $link }

    Microcontracts
audit-action-opportunity-drafted = Started an opportunity
audit-action-opportunity-copied = Copied an opportunity
audit-action-opportunity-section-saved = Saved a section of an opportunity
audit-action-opportunity-published = Published an opportunity
audit-action-opportunity-withdrawn = Withdrew an opportunity
audit-action-opportunity-changed = Changed a published opportunity
audit-action-opportunity-closed = An opportunity closed
audit-action-opportunity-answered = Answered a question
audit-action-opportunity-awarded = Awarded an opportunity
audit-action-opportunity-ended = Ended an opportunity without an award
audit-action-application-submitted = Applied for an opportunity
audit-action-application-withdrawn = Withdrew an application
audit-action-application-approved = Approved an application
audit-action-application-declined = Declined an application
audit-action-application-scored = Scored an application
audit-action-saved-search-created = Saved a search
notify-opportunity-digest = { $count } new opportunities match your search { $name }
notify-opportunity-digest-subject = New opportunities matching { $name }
notify-opportunity-digest-email = Hello,

    These opportunities were published in the last day and match your saved search { $name }:

    { $titles }

    All of them: { $link }

    Microcontracts
scope-opportunities-read = Read your council's opportunity drafts, applications and evaluations
scope-opportunities-write = Ask questions, apply, approve applications and award opportunities
work-applications-link = Applications for opportunities: yours, and those waiting for your approval

## Time (SPEC §4.6)
nav-timesheet = Timesheet
timesheet-title = Your time for the week of { $date }
timesheet-weeks = Other weeks
timesheet-previous = Previous week
timesheet-next = Next week
timesheet-intro = Record time in quarter hours, for example 1.5, with a few words about the work. Save as you go; submit the week when it is done and the buying council is asked to approve it. Approved time cannot be changed.
timesheet-row-total = { $hours } hours recorded this week
timesheet-day = Day
timesheet-hours = Hours
timesheet-description = What you did
timesheet-status = Status
timesheet-hours-on = Hours on { $day }
timesheet-description-on = What you did on { $day }
timesheet-outside-contract = Outside the contract's dates
timesheet-query = Queried: { $comment }
timesheet-submit = Submit the week
timesheet-save = Save as draft
timesheet-none = You have no active contracts in this week.
timesheet-done-saved = Your time is saved as a draft
timesheet-done-submitted = Your week is submitted: the buying council has been asked to approve it
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
time-status-draft = Draft
time-status-submitted = Waiting for approval
time-status-approved = Approved
time-status-queried = Queried
contract-time-link = Time recorded
contract-time-title = Time on contract { $reference }
contract-time-summary = { $practitioner } has { $approved } hours approved and { $used } hours submitted or approved; { $remaining } hours remain under the contract's cap.
contract-time-entries = Time recorded
contract-time-choose = Choose
contract-time-choose-day = Choose { $day }
contract-time-deemed = (deemed approved)
contract-time-approve = Approve the chosen time
contract-time-query-comment = What needs changing (to query the chosen time)
contract-time-query-hint = Sent to the practitioner, who fixes the time and submits it again.
contract-time-query = Query the chosen time
contract-time-none = No time has been recorded on this contract yet.
contract-time-done-approved = The chosen time is approved
contract-time-done-queried = The chosen time is sent back to the practitioner
error-day-hours-range = Enter at most 12 hours in a day
error-time-description-required = Say in a few words what you did
error-time-description-too-long = Keep it to 200 characters
error-time-over-cap = { $reference } has { $hours } hours left under its cap. Submit fewer hours, or ask the buying council for a variation that adds hours.
error-time-settled = Time on { $dates } on { $reference } has been submitted or approved, so it cannot be changed here. Ask the buyer to query it if it is wrong.
error-time-outside-dates = { $date } is outside the dates of { $reference }. Record time only on days the contract covers, or ask for a variation with a later end date.
error-time-credit-limit = Approving this would take { $council } below its hour-credit limit: it can pay for { $hours } more hours now. Ask the platform admin to raise the limit, or approve less.
error-time-contract-not-active = Time can only be submitted on an active contract
error-time-choose = Choose the time to approve or query
error-query-required = Say what needs changing
error-query-too-long = Keep the comment to 500 characters
error-deemed-days = Enter a number of working days from 1 to 30, or leave it empty
notify-time-to-approve = { $name } submitted { $hours } hours on { $reference } for you to approve
notify-time-to-approve-subject = Time to approve on { $reference }
notify-time-to-approve-email = Hello,

    { $name } has submitted { $hours } hours on contract { $reference }. Please approve it or query it:

    { $link }

    Microcontracts
notify-time-approved = { $hours } hours on { $reference } were approved
notify-time-approved-subject = Your time on { $reference } was approved
notify-time-approved-email = Hello,

    { $hours } hours of your time on contract { $reference } were approved.

    { $link }

    Microcontracts
notify-time-queried = { $hours } hours on { $reference } were queried: { $comment }
notify-time-queried-subject = Your time on { $reference } was queried
notify-time-queried-email = Hello,

    The buying council queried { $hours } hours of your time on contract { $reference }: { $comment }

    Please fix it and submit the week again:

    { $link }

    Microcontracts
audit-action-time-submitted = Submitted time
audit-action-time-approved = Approved time
audit-action-time-queried = Queried time
agreement-done-time = Your time settings have been saved.
time-settings-title = Time on contracts you buy
time-settings-deemed = Approve submitted time automatically after this many working days
time-settings-deemed-hint = From 1 to 30 working days after the day it is submitted, not counting weekends or your council's bank holidays; leave empty for never. Your buyers can still query time before then.
audit-action-time-settings-changed = Changed time settings
credit-limit-title = Hour-credit limit
credit-limit-label = Hours of credit the council may owe
credit-limit-hint = Approving hour-credit time that would take the council's balance below minus this many hours is refused.
credit-limit-balance = Balance now: { $hours } hours
credit-limit-done = The hour-credit limit has been saved.
error-credit-limit = Enter a whole number of hours from 0 to 10,000
audit-action-credit-limit-changed = Changed an hour-credit limit

## Invoices (SPEC §4.6)
invoices-title = { $council }'s invoices
invoices-csv = Download every invoice and credit note (CSV)
invoices-generate-title = Invoice approved time
invoices-month = Month
invoices-month-hint = Drafts are made for each money contract with approved time in the month that is not invoiced yet. Check them, then issue each.
invoices-generate = Make draft invoices
invoices-sent = Invoices you sent
invoices-received = Invoices you received
invoices-none-sent = Your council has not sent any invoices.
invoices-none-received = Your council has not received any invoices.
invoices-done-generated = { $count ->
    [0] There was no approved, uninvoiced time in that month
    [one] 1 draft invoice was made
   *[other] { $count } draft invoices were made
}
invoices-done-discarded = The draft was discarded and its time can be invoiced again
invoice-number = Number
invoice-buyer = Buying council
invoice-supplier = Supplying council
invoice-period = Period
invoice-total = Total
invoice-status = Status
invoice-due = Due
invoice-overdue = Overdue
invoice-status-draft = Draft
invoice-draft-label = draft { $id }
invoice-status-issued = Issued
invoice-status-paid = Paid
invoice-status-credited = Cancelled by credit note
invoice-credit-note-marker = (credit note)
invoice-title-invoice = Invoice { $number }
invoice-title-credit_note = Credit note { $number }
invoice-credited-by = Cancelled by credit note { $number }
invoice-credits = The invoice this credit note cancels
invoice-contract = Contract
invoice-po = Purchase order
invoice-issued-on = Issued
invoice-paid = Paid
invoice-paid-detail = { $date }, reference { $reference }
invoice-lines = Time charged
invoice-practitioner = Practitioner
invoice-dates = Dates
invoice-rate = Rate an hour
invoice-amount = Amount
invoice-net = Net
invoice-vat = VAT ({ $treatment })
invoice-issue = Issue invoice
invoice-discard = Discard draft
invoice-pay-title = Record payment
invoice-paid-on = Date paid
invoice-payment-reference = Payment reference
invoice-payment-reference-hint = As your finance system shows it, for example BACS 4471
invoice-record-payment = Record payment
invoice-credit-title = Cancel with a credit note
invoice-credit-hint = A credit note for the whole amount cancels this invoice; its time can then be invoiced again. An issued invoice is never changed.
invoice-credit = Issue a credit note
invoice-done-issue = The invoice is issued and the buying council has been told
invoice-done-pay = The payment is recorded
invoice-done-credit = The credit note is issued
error-invoice-draft = The invoice is still a draft
error-invoice-issued = The invoice has been issued
error-invoice-paid = The invoice has been paid
error-invoice-credited = The invoice has been cancelled by a credit note
error-invoice-credit-note = A credit note cannot be paid or credited
error-month = Enter a real month, like 11 and 2026
error-month-required = Enter the month and year
error-month-missing-month = Enter the month as a number, like 11
error-month-missing-year = Enter the year, like 2026
error-month-year-digits = The year must include 4 numbers
error-paid-before-issue = The payment date cannot be before the invoice was issued
error-payment-reference-required = Enter the payment reference
error-payment-reference-too-long = Keep the reference to 100 characters
income-link = Income and spend
notify-invoice-issued = { $council } issued invoice { $number } for { $total }, due { $due }
notify-invoice-issued-subject = Invoice { $number } from { $council }
notify-invoice-issued-email = Hello,

    { $council } has issued invoice { $number } for { $total }, due on { $due }:

    { $link }

    Microcontracts
notify-invoice-overdue = Invoice { $number } from { $council } for { $total } was due on { $due }
notify-invoice-overdue-subject = Overdue: invoice { $number } from { $council }
notify-invoice-overdue-email = Hello,

    Invoice { $number } from { $council } for { $total } was due on { $due } and is not recorded as paid. Please pay it, or record the payment if you have:

    { $link }

    Microcontracts
notify-credit-note = { $council } cancelled an invoice with credit note { $number } for { $total }
notify-credit-note-subject = Credit note { $number } from { $council }
notify-credit-note-email = Hello,

    { $council } has issued credit note { $number } for { $total }, cancelling an invoice:

    { $link }

    Microcontracts
audit-action-invoice-drafted = Drafted an invoice
audit-action-invoice-issued = Issued an invoice
audit-action-invoice-discarded = Discarded a draft invoice
audit-action-invoice-paid = Recorded a payment
audit-action-invoice-credited = Cancelled an invoice by credit note

## Income (SPEC §4.6)
income-title = { $council }: income and spend
income-intro = Approved time in the last twelve months, by the month the work was done. Income is what lending your people earned on money contracts; spend is what your council bought; hours count both money and hour-credit contracts.
income-income = Income
income-spend = Spend
income-net = Net
income-given = Hours given
income-received = Hours received
income-credits = Hour credits
income-credits-value = { $earned } earned, { $spent } spent
income-csv = Download these figures (CSV)
income-invoices = Invoices
income-by-month = By month
income-by-service = By service
income-by-role = By role
income-month = Month
income-service = Service
income-role = Role
income-nothing = Nothing yet
income-none-service = No particular service
income-no-role = No role recorded
income-money-chart = Income and spend by month
income-money-chart-desc = Bars for each of the last twelve months: income in blue, spend in orange. The table beside gives the figures.
income-hours-chart = Hours given and received by month
income-hours-chart-desc = Bars for each of the last twelve months: hours given in blue, hours received in orange. The table beside gives the figures.
income-service-chart = Hours by service
income-service-chart-desc = Hours given and received for the ten services with most; the table beside gives every service.
income-role-chart = Hours by role
income-role-chart-desc = Hours given and received by the practitioner's role; the table beside gives the figures.
payroll-title = Payroll export
payroll-month = Pay period (month)
payroll-hint = Approved hours each of your practitioners worked on microcontracts, so that you can pay them for it.
payroll-download = Download payroll CSV
spend-title = Spending data to publish
spend-hint = What your council spent on microcontracts, one line per invoice, in the layout of the Local Government Transparency Code 2015: councils in England must publish spending over £500 in it, and councils in Wales, Scotland and Northern Ireland use it to publish theirs.
spend-from = From
spend-to = To
spend-download = Download spend CSV
spend-expense-type = Professional services: digital (council to council)
feedback-link = Feedback
feedback-title = Feedback on contract { $reference }
feedback-after-completion = Each council can leave feedback once the contract is completed.
feedback-from-buyer = The buying council's rating: { $rating } out of 5
feedback-from-supplier = The supplying council's rating: { $rating } out of 5
feedback-give-buyer = Your feedback on the practitioner and the supplying council
feedback-give-supplier = Your feedback on the buying council
feedback-rating = Rating
feedback-stars = { $rating } out of 5
feedback-comment = Comment
feedback-send = Send feedback
feedback-done = Thank you: your feedback is recorded
profile-rating-heading = Rating from buying councils
profile-not-rated = Not rated yet: buying councils rate completed contracts
profile-rating = Rated { $rating } out of 5 by buying councils ({ $count ->
    [one] 1 contract
   *[other] { $count } contracts
})
error-rating = Choose a rating from 1 to 5
error-feedback-comment-required = Write a short comment
error-feedback-comment-too-long = Keep the comment to 1,000 characters
error-feedback-not-completed = Feedback can be left once the contract is completed
error-feedback-given = Your council has already left feedback on this contract
audit-action-contract-feedback = Left feedback on a contract
scope-invoices-read = Read your council's invoices, income and balances
scope-invoices-write = Make, issue, credit and pay invoices

## Capability map (SPEC §4.7)
error-component-kind = Choose what kind of component it is
error-provision = Choose how the component is provided
error-cost-band = Choose the yearly cost from the list
error-map-contract-only-bought = Enter a contract end date only for a component you buy
error-map-cost-only-bought = Choose a yearly cost only for a component you buy
error-map-satisfaction = Choose how satisfied you are, from 1 to 5
error-map-note-too-long = The note must be 2,000 characters or fewer
error-map-meets = Choose what meets this capability
error-map-component = Choose the component you use
error-map-component-unknown = Choose a component from the list
error-map-capability-unknown = Choose capabilities from the list

## Capability map: changes and reviews
audit-action-map-capabilities-chosen = Chose the capabilities of a service on the capability map
audit-action-map-entry-saved = Recorded what meets a capability on the capability map
audit-action-component-proposed = Proposed a component for the platform's list
audit-action-component-listed = Listed a component
audit-action-component-declined = Declined a proposed component
error-component-name = Enter the component's name
error-component-name-too-long = The name must be 120 characters or fewer
error-component-name-taken = A component of that name is already on the list or waiting for review
error-component-supplier-too-long = The supplier must be 120 characters or fewer
error-component-licence = Enter the open-source licence, for example GPL-2.0-or-later
error-component-licence-too-long = The licence must be 60 characters or fewer
error-component-link = Enter a web address starting with https:// or http://
error-component-description-too-long = The description must be 1,000 characters or fewer
error-component-not-proposed = This component has already been reviewed
notify-component-listed = { $component } is now on the list of components
notify-component-listed-subject = { $component } is on the Microcontracts list of components
notify-component-listed-email = Hello,

    A platform admin has listed the component you proposed, { $component }. Every council can now record it on their capability map:

    { $link }

    Microcontracts
notify-component-declined = { $component } was not added to the list of components
notify-component-declined-subject = { $component } was not added to the Microcontracts list of components
notify-component-declined-email = Hello,

    A platform admin has declined the component you proposed, { $component }. It may already be on the list under another name. You can see it here:

    { $link }

    Microcontracts

## Capability map pages
nav-maps = Capability map
home-council-map = Capability map
maps-title = Capability map
maps-intro = Councils record the capabilities each of their services needs – booking an appointment, taking a payment, checking eligibility – and what meets each one. Find a service to see how councils run it, and where they could share.
maps-find-service = Find a service
maps-show-service = Show the service
maps-more = More on the capability map
maps-components = Components councils use
map-council-title = Capability map of { $council }
map-council-intro = The services this council has mapped, with the capabilities each needs and the components that meet them. Every council can see this map; costs and notes marked private are shown only to the council's own people.
map-choose-service = Map a service
map-choose-service-hint = Type words from the service's name, for example missed bin collection. Back-office services such as payroll are included.
map-start-service = Continue
map-council-services = Services mapped
map-council-none = { $council } has not mapped any services yet.
map-all-councils = See how other councils run their services
map-service = Service
map-capabilities-count = Capabilities
map-last-changed = Last changed
map-service-title = { $service } at { $council }
map-back-council = Back to the map of { $council }
map-saved-capabilities = The capabilities of this service are saved
map-saved-entry = Saved
map-change-capabilities = Choose the capabilities this service needs
map-change = Change
map-service-none = No capabilities have been recorded for this service yet.
map-see-other-councils = How other councils run { $service }
map-provision-bought = Bought
map-provision-built_in_house = Built in-house
map-provision-shared_with_council = Shared with another council
map-provision-open_source = Open source
map-meets-component = A component
map-meets-nothing = Nothing yet
map-meets-manual = A manual or paper process
map-contract-ends-on = Contract ends { $date }
map-cost-band-under_10k = Under £10,000
map-cost-band-10k_to_50k = £10,000 to £49,999
map-cost-band-50k_to_250k = £50,000 to £249,999
map-cost-band-250k_or_more = £250,000 or more
map-a-year = a year
map-satisfaction-shown = Satisfaction: { $score } out of 5
map-private-shown = The cost and note are shown only to people of this council.
map-capabilities-title = What does { $service } need?
map-capabilities-first = Tick each capability the service needs. Those usually involved in this service, from the Local Government Business Model, are ticked to start with.
map-capabilities-change = Tick each capability the service needs. Untick one to take it off the map; what was recorded for it is kept in the map's history.
map-interactions = How residents and businesses deal with the service
map-technical = Technical capabilities
map-usually-involved = Usually involved in this service
map-entry-title = What meets “{ $capability }”?
map-meets-choice-component = A component (a product, open-source software, a shared service or something built in-house)
map-meets-choice-manual = A manual or paper process
map-meets-choice-nothing = Nothing yet
map-component = Component
map-component-hint = Choose from the platform's list of components. If it is missing, ask your council admin to propose it.
map-component-hint-propose = Choose from the platform's list of components. If it is missing:
map-propose-component = Propose a component for the list
map-component-choose = Choose a component
map-component-proposed = { $name } (waiting for review)
map-provision = How does your council come to use it?
map-contract-ends = When does the contract end? (optional)
map-contract-ends-hint = Only for a component you buy. For example, 31 3 2028
map-cost-band = What does it cost a year? (optional)
map-cost-band-hint = Only for a component you buy. A band, not the exact figure.
map-cost-band-none = Not given
map-satisfaction = How satisfied are you with it? (optional)
map-satisfaction-hint = From 1 (very poor) to 5 (very good).
map-satisfaction-1 = 1 – very poor
map-satisfaction-2 = 2 – poor
map-satisfaction-3 = 3 – adequate
map-satisfaction-4 = 4 – good
map-satisfaction-5 = 5 – very good
map-note = Note (optional)
map-note-hint = For example, what works well or what you would change. Up to 2,000 characters.
map-private = Keep the cost and note to our council
map-private-hint = Other councils will see what meets this capability, but not the cost or the note. People of { $council } see everything.
map-usage-title = { $service } across councils
map-usage-councils = { $count ->
    [one] 1 council has mapped this service.
   *[other] { $count } councils have mapped this service.
}
map-usage-by-capability = What meets each capability
map-capability = Capability
map-met-by = Met by
map-councils = Councils
map-council = Council
map-usage-who = Councils that have mapped it
map-usage-none = No council has mapped this service yet.
map-history-link = See every change to this service's map
map-history-title = Changes to { $service } at { $council }
map-history-intro = Every version saved of each capability of this service, newest first, including capabilities taken off the map.
map-history-when = When
map-history-who = Saved by
map-history-capability = Capability
map-history-recorded = What was recorded
map-history-version = Version { $version }
map-history-removed = Taken off the map
map-history-by-council = Someone at { $council }
map-history-none = Nothing has been recorded for this service yet.
map-history-older = Older changes
map-history-newest = Back to the newest changes
map-back-service = Back to { $service } at { $council }
components-intro = The products, open-source software, shared public services and in-house systems councils record on their capability maps.
components-none = No components are listed yet.
component-name = Name
component-kind = Kind
component-kind-product = Product
component-kind-open_source = Open source
component-kind-shared_public_service = Shared public service
component-kind-in_house = Built in-house
component-supplier = Supplier (optional)
component-supplier-hint = The company or body that provides it.
component-licence = Open-source licence
component-licence-hint = Only for open-source software. For example, GPL-2.0-or-later
component-link = Web address (optional)
component-link-hint = Where people can read about it, starting with https://
component-description = Description (optional)
component-description-hint = What it does, in a sentence or two. Facts only.
component-council = Council proposing it
component-built-by = Built by
component-status-proposed = Waiting for review
component-status-declined = Declined
component-uses-title = Who uses it
component-uses-count = { $count ->
    [one] Used by 1 council.
   *[other] Used by { $count } councils.
}
component-uses-none = No council has recorded this component yet.
component-add-title = Add a component
component-add-intro = Components you add are listed at once for every council.
component-add-button = Add component
component-propose-title = Propose a component
component-propose-intro = A platform admin reviews each proposed component before other councils see it. Your council can record it on its map straight away.
component-propose-button = Propose component
component-proposed-by = Proposed by
error-component-council = Choose the council proposing the component
admin-components = Proposed components
admin-components-intro = Components council admins have proposed for the list. Check each is not already listed under another name.
admin-components-decision = Decision
admin-components-list = List
admin-components-decline = Decline
admin-components-none = No components are waiting for review.

## Sharing opportunities
sharing-title = Sharing opportunities for { $council }
sharing-intro = Worked out from every council's capability map: components other councils use for what your services need, and products you could buy with other councils. Each is an idea to look into, not advice.
sharing-reuse-title = What other councils use for what you need
sharing-reuse-intro = Capabilities your services need that are met by nothing yet, by a manual process, or by a contract ending within 18 months, and the open-source or in-house components other councils meet them with.
sharing-reuse-none = There is nothing here yet. Map more of your services, or check back as other councils map theirs.
sharing-because-nothing = Nothing meets this capability yet.
sharing-because-manual = A manual or paper process meets this capability.
sharing-because-contract_ending = The contract for what meets it ends on { $date }.
sharing-used-by = { $count ->
    [one] Used for this by 1 council.
   *[other] Used for this by { $count } councils.
}
sharing-built-by = Built by
sharing-practitioners = Practitioners at { $council } who have worked on this service, listed in the pool:
sharing-book = book their time
sharing-to-draft = Turn into a draft opportunity
sharing-dismiss = Dismiss
sharing-pages = Pages of sharing opportunities
page-number = Page { $number }
sharing-together-title = Products you could buy with other councils
sharing-together-intro = Councils buying the same product as you whose contracts end within 12 months of yours, before or after, could procure it together.
sharing-together-none = Your map records no running contract for a product you buy.
sharing-together-link = See the products you buy, and the councils whose contracts for them end near yours
sharing-together-yours = Your contract ends on { $date }.
sharing-together-alone = No other council's contract for it ends within 12 months of yours.
sharing-together-councils = { $count ->
    [one] One other council's contract ends within 12 months of yours:
   *[other] { $count } other councils' contracts end within 12 months of yours:
}
sharing-products-pages = Pages of products
sharing-contract-ends = contract ends { $date }
sharing-dismissed = { $count ->
    [one] 1 dismissed opportunity
   *[other] { $count } dismissed opportunities
}
sharing-done-dismissed = The opportunity is dismissed
sharing-dismiss-title = Dismiss this sharing opportunity
sharing-dismiss-reason = Why are you dismissing it?
sharing-dismiss-reason-hint = People of { $council } will see this reason. Up to 500 characters.
error-sharing-reason = Enter why you are dismissing the opportunity
error-sharing-reason-too-long = The reason must be 500 characters or fewer
audit-action-sharing-dismissed = Dismissed a sharing opportunity
sharing-draft-reuse-title = Adopt { $component } for { $capability } in { $service }
sharing-draft-reuse-summary = Help us adopt { $component }, which other councils use for { $capability } in { $service }.
sharing-draft-reuse-background = Our capability map shows that { $capability } in { $service } could be met better. Other councils on Microcontracts meet it with { $component }.
sharing-draft-reuse-work = Review how we meet { $capability } today, set up { $component } for { $service }, and hand it over to our team.
sharing-draft-together-title = Procure { $component } together with other councils
sharing-draft-together-summary = Help us prepare a joint procurement of { $component } with councils whose contracts end near ours.
sharing-draft-together-background = Other councils buy { $component } under contracts that end within 12 months of ours.
sharing-draft-together-work = Gather the councils' requirements for { $component } and draft the joint procurement approach.

## Capability matrix
matrix-title = Capability matrix
matrix-intro = Services councils have mapped (rows) by the capabilities they need (columns). Each cell says how many councils have mapped that capability for that service; the darker the cell, the more councils.
matrix-type = Kind of council
matrix-any-type = Any kind
matrix-region = Region or nation
matrix-any-region = Anywhere
matrix-filter = Show
matrix-as-list = Show as a list
matrix-as-grid = Show as a grid
matrix-csv = Download as CSV
matrix-none = No council matching these filters has mapped a service yet.
matrix-key = Shading, from fewest councils to most:
matrix-caption = Councils that have mapped each capability of each service
matrix-list-caption = Councils that have mapped each capability of each service, one row per pair
component-practitioners-title = Practitioners who know it
component-practitioners-intro = Listed in the pool, with { $component } named on their profile (their skills, experience or work done before):
component-practitioners-more = See everyone in the pool who names it
component-practitioners-none = Nobody in the pool names { $component } on their profile yet.
audit-action-map-entry-removed = Took a capability off a service on the capability map
scope-maps-read = Read councils' capability maps, components and sharing opportunities
scope-maps-write = Change your council's capability map
scope-groups-read = Read peer groups, meetings, agendas, actions, problems and projects
scope-groups-write = Register for meetings, keep the meetings of groups you lead, and post problems and projects

## Capability map files
import-title = Import a capability map for { $council }
import-intro = Upload a CSV file with one row for each capability of each service: what meets it and how. Each row is saved as a new entry, or the next version of one; capabilities not in the file stay as they are. If any row has a mistake, nothing is saved and the mistakes are listed.
import-example = Download an example file
import-current = Download your council's map as it is now
import-file = Upload a file
import-file-hint = A CSV file with a header row, up to { $rows } rows and 1 MB.
import-button = Import
import-mistakes = Mistakes in the file
import-row = Row
import-column = Column
import-mistake = Mistake
import-columns = The columns
import-column-lgsl_id = Needed. The service's id, as in the service's address on this site.
import-column-service = Optional. The service's name, for people reading the file; it is not read.
import-column-capability_id = Needed. The capability's id, as in the address of its page on your map.
import-column-capability = Optional. The capability's name; it is not read.
import-column-meets = Needed. component, manual or nothing.
import-column-component = With component: the component's name as on the list of components.
import-column-provision = With component: bought, built_in_house, shared_with_council or open_source.
import-column-contract_ends = Optional, for a bought component: the date the contract ends, as 2028-03-31.
import-column-cost_band = Optional, for a bought component: under_10k, 10k_to_50k, 50k_to_250k or 250k_or_more a year.
import-column-satisfaction = Optional. 1 (very poor) to 5 (very good).
import-column-note = Optional. Up to 2,000 characters.
import-column-private = Optional. yes to keep the cost and note to your council.
map-imported = { $count ->
    [one] 1 row was imported
   *[other] { $count } rows were imported
}
map-download = Download this map as a CSV file
map-import-link = Import a map from a CSV file
error-import-no-file = Choose a CSV file to upload
error-import-mistakes = { $count ->
    [one] The file has a mistake. Nothing was saved
   *[other] The file has { $count } mistakes. Nothing was saved
}
error-import-not-csv = This is not a CSV file with a header row, or this row cannot be read
error-import-unknown-column = This column is not one the file may have
error-import-missing-column = This column is needed
error-import-too-many-rows = The file has more than 5,000 rows
error-import-service = Enter the id of a service
error-import-private = Enter yes or no
error-import-repeated = This capability of this service is on an earlier row too
error-import-empty = The file has no rows under its header
audit-action-map-imported = Imported a capability map file
map-exact-cost = Exact cost a year (optional)
map-exact-cost-hint = Only for a component you buy, and only if your council chooses to give the figure. Tick below to keep it to your council.
map-exact-cost-shown = { $cost } a year
error-map-exact-cost-only-bought = Enter an exact cost only for a component you buy
field-name-cost_pence = exact cost
import-column-cost = Optional, for a bought component: the exact cost a year in pounds, as 48250.00, if your council chooses to give it.
sharing-together-nearest = { $count } other councils' contracts end within 12 months of yours; the { $shown } ending nearest:

## Peer groups (issue 18)
nav-groups = Peer groups
groups-title = Peer groups
groups-intro = Regional groups of council digital teams that meet to share what they are working on, bring problems to the room and agree what to do together.
groups-create = Create a peer group
groups-yours = Your groups
groups-all = All peer groups
groups-none = There are no peer groups yet.
groups-first = First page
groups-more = More
group-name = Name
group-region = Region
group-region-hint = For example, South East and South West, or Wales.
group-councils = Member councils
group-description = Description (optional)
group-description-hint = What the group is for and how often it meets. Up to 2,000 characters.
group-chat-link = Chat channel link (optional)
group-chat-link-hint = The web address of the group's channel, for example on Slack or Microsoft Teams. Only the group's members see it.
group-webhook = Incoming webhook address (optional)
group-webhook-hint = A Slack-compatible incoming webhook. New meetings and problems are posted to it. It is kept secret: nobody can read it back.
group-webhook-hint-change = Enter a new address to replace the one held, or leave this empty to keep it.
group-webhook-held = A webhook is set: { $webhook }
group-webhook-remove = Remove the webhook
group-lead-email = Email address of the group's first lead
group-lead-email-hint = Someone with an account at a council on Microcontracts. Their council becomes the group's first member.
group-new-title = Create a peer group
group-edit-title = Change the details of { $group }
group-create = Create group
group-save = Save changes
group-lead-tag = Lead
group-done-created = The group is created
group-done-changed = The group's details are saved
group-done-joined = You have joined the group
group-done-left = You have left the group
group-done-accepted = Your council is now a member of the group
group-done-declined = You declined the invitation
group-done-withdrawn = Your council is no longer a member of the group
group-done-invited = The council's admins have been invited
group-done-lead = They are now a lead of the group
group-done-not-lead = They are no longer a lead of the group
group-members-link = See the group's members
group-edit-link = Change the group's details
group-member-councils = Member councils
group-no-councils = No councils have joined yet.
group-invited = The group has invited { $council } to join.
group-accept = Accept
group-decline = Decline
group-join = Join this group
group-join-for = Join for
group-join-hint = You will join for { $council }.
group-leave = Leave this group
group-withdraw-summary = Take { $council } out of this group
group-withdraw-hint = Everyone at your council who joined the group leaves it.
group-withdraw = Take { $council } out
group-members-title = Members of { $group }
group-members-heading = Members
group-back = Back to { $group }
group-chat = Go to the group's chat channel
group-leads = Leads
group-no-leads = The group has no leads. A platform admin can appoint one.
group-people = People who joined
group-person = Name
group-person-council = Council
group-lead-column = Lead
group-make-lead = Make a lead
group-stand-down = Stand down as lead
group-no-people = Nobody has joined yet.
group-invited-councils = Councils invited
group-invite-heading = Invite a council
group-invite-council = Council
group-invite-hint = Councils on Microcontracts that are not in the group. Their admins are asked to accept.
group-invite-choose = Choose a council
group-invite = Invite
group-invite-none = Every council on Microcontracts is in the group or invited.
error-group-name = Enter the group's name
error-group-name-too-long = The group's name must be 120 characters or fewer
error-group-name-taken = There is already a group with that name
error-group-region = Enter the group's region
error-group-region-too-long = The region must be 80 characters or fewer
error-group-description = Enter a description, or leave it empty
error-group-description-too-long = The description must be 2,000 characters or fewer
error-group-chat-link = Enter the chat channel link as a web address, starting with https://
error-group-webhook = Enter the webhook address as a web address starting with https://
error-group-lead-unknown = Enter the email address of someone with an account at a council
error-group-council-choose = Choose a council to invite
error-group-council-already = That council is already a member of the group or invited to it
error-group-no-invitation = There is no invitation waiting for that council
error-group-not-member = That council is not a member of the group
error-group-joined-already = You have already joined this group
error-group-not-joined = You have not joined this group
notify-group-lead = You are a lead of { $group }
notify-group-lead-subject = You are a lead of { $group } on Microcontracts
notify-group-lead-email = Hello,

    You are now a lead of the peer group { $group }. You can change its details, invite councils and appoint other leads:

    { $link }

    Microcontracts
notify-group-invited = { $group } has invited { $council } to join
notify-group-invited-subject = { $group } has invited { $council } to join it on Microcontracts
notify-group-invited-email = Hello,

    The peer group { $group } has invited { $council } to become a member. As a council admin you can accept or decline:

    { $link }

    Once your council is a member, its people can join the group.

    Microcontracts
notify-group-council-joined = { $council } is now a member of { $group }
notify-group-council-joined-subject = { $council } accepted the invitation to { $group }
notify-group-council-joined-email = Hello,

    { $council } has accepted the invitation to join { $group }. Its people can now join the group:

    { $link }

    Microcontracts
notify-group-council-declined = { $council } declined the invitation to { $group }
notify-group-council-declined-subject = { $council } declined the invitation to { $group }
notify-group-council-declined-email = Hello,

    { $council } has declined the invitation to join { $group }:

    { $link }

    Microcontracts
audit-action-peer-group-created = Created a peer group
audit-action-peer-group-changed = Changed a peer group's details
audit-action-peer-group-council-invited = Invited a council to a peer group
audit-action-peer-group-invitation-accepted = Accepted a peer group's invitation
audit-action-peer-group-invitation-declined = Declined a peer group's invitation
audit-action-peer-group-council-withdrawn = Took the council out of a peer group
audit-action-peer-group-joined = Joined a peer group
audit-action-peer-group-left = Left a peer group
audit-action-peer-group-lead-appointed = Appointed a peer group lead
audit-action-peer-group-lead-stood-down = Stood down a peer group lead
group-meetings-upcoming = Meetings to come
group-meetings-none = No meetings are scheduled.
group-meeting-hosted = hosted by { $council }
group-schedule-meeting = Schedule a meeting
meeting-new-title = Schedule a meeting of { $group }
meeting-new-heading = Schedule a meeting
meeting-edit-title = Change the meeting: { $theme }
meeting-theme = Theme
meeting-theme-hint = What the meeting is about, for example Data and AI in local government.
meeting-date = Date
meeting-starts = Starts at
meeting-ends = Ends at
meeting-time-hint = UK time, 24-hour clock, for example 10:00 or 15:30.
meeting-host = Host council
meeting-host-none = No host council yet
meeting-venue = Venue (optional)
meeting-venue-hint = The address, for a meeting in person.
meeting-online-link = Online meeting link (optional)
meeting-online-link-hint = For example a Microsoft Teams or Google Meet link.
meeting-capacity = Places
meeting-capacity-hint = How many people can come. Once it is full, people join a waiting list.
meeting-schedule = Schedule meeting
meeting-save = Save changes
meeting-when = When
meeting-when-shown = { $date }, { $starts } to { $ends }
meeting-online = Online
meeting-join-online = Join the meeting online
meeting-places = Places
meeting-places-shown = { $registered } of { $capacity } places taken{ $waiting ->
        [0] {""}
       *[other] , { $waiting } waiting
    }
meeting-edit-link = Change the meeting
meeting-you-registered = You have a place at this meeting.
meeting-you-waiting = You are on the waiting list. If a place comes free, it is yours and you will be told.
meeting-register = Register for a place
meeting-join-waiting = Join the waiting list
meeting-cancel-place = Cancel your place
meeting-leave-waiting = Leave the waiting list
meeting-agenda = Agenda
meeting-agenda-none = There is no agenda yet.
meeting-registrants = Who is coming
meeting-registrants-none = Nobody has registered yet.
meeting-waiting-tag = Waiting
meeting-done-scheduled = The meeting is scheduled and the group's members have been told
meeting-done-changed = The meeting's details are saved
meeting-done-agenda = The agenda is saved
meeting-done-removed = The item is taken off the agenda
meeting-done-registered = You have a place at this meeting
meeting-done-waiting = The meeting is full: you are on the waiting list
meeting-done-cancelled = You no longer have a place at this meeting
agenda-new-title = Add an item to the agenda
agenda-edit-title = Change an agenda item
agenda-kind = What kind of item is it?
agenda-kind-welcome = Welcome and introductions
agenda-kind-talk = Talk
agenda-kind-debate = Debate
agenda-kind-workshop = Workshop
agenda-kind-bring_a_problem = Bring a problem
agenda-kind-show_and_tell = Show and tell
agenda-kind-review_of_actions = Review of actions
agenda-kind-future_themes = Future themes
agenda-title = Title
agenda-speaker = Speaker from the group (optional)
agenda-speaker-none = Nobody from the group
agenda-guest-speaker = Or a guest speaker (optional)
agenda-guest-speaker-hint = Their name and organisation, for example Kim Lee, Ministry of Housing, Communities and Local Government.
agenda-minutes = How long, in minutes
agenda-minutes-shown = { $minutes } minutes
agenda-links = Links (optional)
agenda-links-hint = Slides, notes or a project's page: up to 5 web addresses, one a line.
agenda-save = Save item
agenda-add = Add an item to the agenda
agenda-move-up = Move up
agenda-move-down = Move down
error-meeting-theme = Enter the meeting's theme
error-meeting-theme-too-long = The theme must be 200 characters or fewer
error-meeting-online-link = Enter the online meeting link as a web address, starting with https://
error-meeting-where = Enter a venue or an online meeting link
error-meeting-capacity = Enter how many places there are, a whole number from 1 to 1,000
error-meeting-ends-before = The meeting must end after it starts
error-meeting-past = The meeting must be in the future
error-meeting-when = Enter when the meeting is
error-meeting-host = Choose a host council from the group's members
error-meeting-closed = This meeting has ended or was cancelled
error-meeting-registered-already = You have already registered for this meeting
error-meeting-not-registered = You have not registered for this meeting
error-agenda-kind = Choose what kind of item it is
error-agenda-title = Enter the item's title
error-agenda-title-too-long = The title must be 200 characters or fewer
error-agenda-speaker = Choose a speaker who has joined the group
error-agenda-two-speakers = Choose a speaker from the group or name a guest, not both
error-agenda-minutes = Enter how long it lasts, in whole minutes from 0 to 600
error-links = Enter each link as a web address starting with https://, one a line
error-links-too-many = Enter up to 5 links
notify-meeting-scheduled = { $group } meets on { $date }: { $theme }
notify-meeting-scheduled-subject = { $group } meets on { $date }
notify-meeting-scheduled-email = Hello,

    { $group } has scheduled a meeting on { $date }: { $theme }. See the agenda and register for a place:

    { $link }

    Microcontracts
notify-meeting-changed = The meeting of { $group } has changed: { $theme }
notify-meeting-changed-subject = The meeting of { $group } has changed
notify-meeting-changed-email = Hello,

    The group's lead has changed the details of the meeting you registered for, { $theme }. See when and where it is now:

    { $link }

    Microcontracts
notify-agenda-changed = The agenda of { $theme } has changed
notify-agenda-changed-subject = The agenda of the meeting of { $group } has changed
notify-agenda-changed-email = Hello,

    The agenda of the meeting you registered for, { $theme }, has changed:

    { $link }

    Microcontracts
notify-meeting-place = A place came free: you are coming to { $theme }
notify-meeting-place-subject = You have a place at the meeting of { $group }
notify-meeting-place-email = Hello,

    A place came free at the meeting of { $group }, { $theme }, and it is yours: you were first on the waiting list. If you cannot come after all, cancel it so that someone else can:

    { $link }

    Microcontracts
audit-action-meeting-scheduled = Scheduled a peer group meeting
audit-action-meeting-changed = Changed a peer group meeting
audit-action-agenda-item-added = Added an item to a meeting's agenda
audit-action-agenda-item-changed = Changed an item of a meeting's agenda
audit-action-agenda-item-removed = Took an item off a meeting's agenda
audit-action-agenda-item-moved = Moved an item of a meeting's agenda
audit-action-meeting-registered = Registered for a peer group meeting
audit-action-meeting-cancelled-place = Cancelled a place at a peer group meeting
meeting-calendar-file = Add this meeting to your calendar (.ics file)
meeting-calendar-feed = Follow all your meetings in your calendar
ics-hosted-by = Hosted by { $council }
ics-online = Online: { $link }
ics-feed-name = Microcontracts meetings and booked work
ics-contract-name = Microcontracts contract { $id }
ics-contract-period = Contract: { $practitioner } for { $buyer }: { $purpose }
ics-contract-week = { $hours } hours: { $practitioner } for { $buyer }
ics-contract-description = { $supplier } lends { $practitioner } to { $buyer } for: { $purpose }. Up to { $hours } hours. { $status }.
ics-request-week = Requested, { $hours } hours: { $practitioner } for { $buyer }
ics-request-description = A booking request from { $buyer }, not yet approved: { $purpose }
calendar-title = Your meetings and work in your calendar
calendar-intro = A calendar feed lists the peer group meetings you have registered for, your contracts' periods and booked weeks, and requests to book you that wait for an answer; if you are a manager, also those of the practitioners your councils lend. It updates itself when they change. Add its address to Outlook, Google Calendar or Apple Calendar as an internet calendar. The address is secret: anyone who has it can see what it lists, so do not share it.
calendar-account-link = Follow your meetings and booked work in your calendar
calendar-address = Your calendar feed's address
calendar-address-once = Copy it now: it is shown only once. If you lose it, make a new one.
calendar-has-feed = You made a calendar feed on { $date }. Its address was shown once, when you made it.
calendar-start = Make a calendar feed
calendar-replace = Make a new address (the old one stops working)
calendar-stop = Turn the calendar feed off
calendar-done-started = Your calendar feed is ready
calendar-done-stopped = Your calendar feed is turned off: its address no longer works
error-calendar-feed-none = You do not have a calendar feed
audit-action-calendar-feed-started = Made a calendar feed of meetings
audit-action-calendar-feed-stopped = Turned a calendar feed of meetings off
meeting-record-link = Record the meeting
record-title = Record of { $theme }
record-writeup-link = Write up the meeting
record-attendance = Who came
record-attendance-later = You can record who came once the meeting has begun.
record-attendance-legend = Tick everyone who came
record-attendance-save = Save who came
record-notes = Notes on each agenda item
record-notes-publish = Publish these notes in the write-up
record-notes-save = Save notes
record-tables = What each table reported
record-review = Review of actions since the last meeting
record-review-none = No actions were open from earlier meetings.
record-actions = Actions agreed at this meeting
record-done-attendance = Who came is saved
record-done-notes = The notes are saved
record-done-feedback = The table's feedback is saved
record-done-action = The action is saved and its owner told
record-done-review = The action's review is saved
record-done-removed = The table's feedback is taken off
feedback-table = Table
feedback-table-hint = For example Table 2, or the table's theme.
feedback-approach = Approach
feedback-approach-label = How the table went about it (optional)
feedback-findings = What the table found
feedback-add = Add the table's feedback
action-title = Action
action-owner = Owner (optional)
action-owner-none = Nobody yet
action-due-on = Due by (optional)
action-add = Add the action
action-due = due { $date }
action-outcome-done = done
action-outcome-carried = carried on
action-outcome-dropped = dropped
action-outcome-open = not reviewed yet
action-mark-done = Done
action-mark-carried = Carry on
action-mark-dropped = Drop
writeup-form-title = Write-up of { $theme }
writeup-form-intro = The write-up is made from what you recorded: the agenda with its speakers and links, the notes you chose to publish, what each table reported, the actions since the last meeting and those agreed, the themes for future meetings and the next host. Add a summary, then publish it. Once published, anyone can read it, and it goes in the group's feed.
writeup-summary = Summary (optional)
writeup-summary-hint = A few paragraphs on how the meeting went, as you would post it.
writeup-publish = Publish the write-up
writeup-update = Save the published write-up
writeup-save-draft = Save as a draft
writeup-published-on = Published { $date }.
writeup-see-public = See the public write-up
writeup-preview = What the write-up shows
writeup-preview-hint = Notes you kept to the group are left out.
writeup-councils = Councils that came
writeup-next-host = Next host
writeup-guests = Guests
writeup-agenda = Agenda and speakers
writeup-tables = What the tables reported
writeup-actions-since = Actions since the last meeting
writeup-actions-agreed = Actions agreed
writeup-future = Themes and standing items for future meetings
writeups-feed-title = Write-ups of { $group }
group-next-host = { $council } hosts the next meeting.
group-writeups = Past meetings
group-writeups-none = No meetings have been written up yet.
group-writeups-feed = Follow the write-ups (Atom feed)
group-future = Themes and standing items for future meetings
group-future-none = Nothing has been proposed yet.
group-hosting = Offers to host
group-done-theme = Your proposal is added
group-done-voted = Your vote is counted
group-done-unvoted = Your vote is taken back
group-done-offered = Your offer to host is sent to the group's leads
group-done-host-accepted = The offer to host is accepted
group-done-host-declined = The offer to host is declined
theme-title = Theme or item
theme-votes = Votes
theme-your-vote = Your vote
theme-vote = Vote
theme-unvote = Take back your vote
theme-kind = Is it a theme for one meeting or a standing item?
theme-kind-theme = Theme
theme-kind-standing_item = Standing item
theme-propose = Propose a theme or standing item
theme-propose-button = Propose
theme-votes-shown = { $count ->
        [one] 1 vote
       *[other] { $count } votes
    }
offer-host = Offer to host a meeting
offer-note = A note for the leads (optional)
offer-note-hint = For example, the venue and the months that suit you.
offer-button = Offer to host
offer-accept = Accept
offer-decline = Decline
offer-status-offered = Waiting for an answer
offer-status-accepted = Accepted
offer-status-declined = Declined
error-notes-too-long = Notes must be 5,000 characters or fewer
error-feedback-table = Enter the table's name
error-feedback-table-too-long = The table's name must be 80 characters or fewer
error-feedback-approach-too-long = The approach must be 2,000 characters or fewer
error-feedback-findings = Enter what the table found
error-feedback-findings-too-long = What the table found must be 4,000 characters or fewer
error-action-title = Enter the action
error-action-title-too-long = The action must be 200 characters or fewer
error-action-owner = Choose an owner who has joined the group, or one of its member councils
error-action-status = Choose where the action stands
error-action-review = Choose done, carry on or drop
error-attendance-too-early = You can record who came once the meeting has begun
error-theme-kind = Choose a theme or a standing item
error-theme-title = Enter the theme or item
error-theme-title-too-long = The theme must be 150 characters or fewer
error-theme-taken = That has been proposed already: vote for it instead
error-theme-voted-already = You have voted for that already
error-theme-not-voted = You have not voted for that
error-offer-note-too-long = The note must be 500 characters or fewer
error-offer-answered = That offer has been answered already
error-summary-too-long = The summary must be 10,000 characters or fewer
error-writeup-too-early = You can publish the write-up once the meeting has begun
field-name-due_on = due date
notify-action-assigned = Action for you from { $group }: { $action }
notify-action-assigned-subject = An action for you from { $group }
notify-action-assigned-email = Hello,

    { $group } has given you (or your council) an action: { $action }. It will be reviewed at the group's next meeting:

    { $link }

    Microcontracts
notify-hosting-offered = { $council } offers to host a meeting of { $group }
notify-hosting-offered-subject = { $council } offers to host a meeting of { $group }
notify-hosting-offered-email = Hello,

    { $council } has offered to host a future meeting of { $group }. As a lead, you can accept or decline the offer:

    { $link }

    Microcontracts
audit-action-meeting-attendance-recorded = Recorded who came to a peer group meeting
audit-action-meeting-notes-saved = Saved notes on a meeting's agenda item
audit-action-meeting-feedback-added = Recorded a table's workshop feedback
audit-action-meeting-feedback-removed = Took a table's workshop feedback off a meeting's record
audit-action-meeting-action-agreed = Recorded an action agreed at a meeting
audit-action-meeting-action-reviewed = Reviewed an action at a meeting
audit-action-group-theme-proposed = Proposed a theme for future meetings
audit-action-group-theme-voted = Voted for a theme for future meetings
audit-action-group-theme-vote-withdrawn = Took back a vote for a theme
audit-action-group-hosting-offered = Offered to host a peer group meeting
audit-action-group-hosting-accepted = Accepted an offer to host a peer group meeting
audit-action-group-hosting-declined = Declined an offer to host a peer group meeting
audit-action-meeting-writeup-saved = Saved a meeting's write-up as a draft
audit-action-meeting-writeup-published = Published a meeting's write-up
opportunity-from-problem = Made from the problem:
group-problems = Problems brought to the group
group-problems-link = See and post the group's problems
groups-problems-link = Problems councils have posted for everyone
problems-title = Problems councils want help with
problems-group-title = Problems brought to { $group }
problems-intro = A council describes a problem it wants help with; others offer advice, say how they solved it, or offer one of their practitioners.
problems-post = Post a problem
problems-none = No problems have been posted yet.
problem-status-open = Open
problem-status-solved = Solved
problem-status-opportunity = Now an opportunity
problem-new-title = Post a problem
problem-new-intro = Describe the problem, what you have tried, and where others can read more.
problem-audience = Who can see it
problem-audience-hint = Everyone signed in to Microcontracts, or only a peer group you joined.
problem-audience-everyone = Everyone signed in
problem-council = Post it for
problem-title = Title
problem-description = The problem
problem-description-hint = What is wrong, who it affects and what you want to change. Up to 4,000 characters.
problem-service = The service it concerns (optional)
problem-service-hint = Type words from the service's name, for example missed bin collection.
problem-tried = What you have tried (optional)
problem-links = Links (optional)
problem-post-button = Post the problem
problem-posted-by = Posted by
problem-opportunity = Opportunity
problem-opportunity-link = See the opportunity made from this problem
problem-what-next = What next
problem-to-opportunity-hint = Turn it into a draft opportunity: its title, summary, background and service are carried over for you to finish.
problem-to-opportunity = Turn it into a draft opportunity
problem-solve = Mark it solved
problem-agenda = Bring it to a meeting
problem-agenda-none = Not on a meeting's agenda
problem-agenda-save = Save
problem-replies = Offers of help
problem-replies-none = Nobody has replied yet.
problem-done-posted = Your problem is posted
problem-done-replied = Your reply is posted and the council told
problem-done-solved = The problem is marked solved
problem-done-agenda = The problem is on the meeting's agenda
problem-done-off-agenda = The problem is off the meeting's agenda
reply-title = Offer help
reply-council = Reply for
reply-kind = How can you help?
reply-kind-advice = Advice
reply-kind-solved_this = We solved this
reply-kind-practitioner = A practitioner could help
reply-kind-choice-advice = Advice
reply-kind-choice-solved_this = We solved this: here is how
reply-kind-choice-practitioner = One of our practitioners could help
reply-body = Your reply
reply-profile = The practitioner (for "one of our practitioners could help")
reply-profile-hint = Listed practitioners of your council.
reply-profile-none = Choose a practitioner
reply-see-profile = See { $name }'s profile
reply-button = Post the reply
error-problem-title = Enter the problem's title
error-problem-title-too-long = The title must be 120 characters or fewer
error-problem-description = Describe the problem
error-problem-description-too-long = The description must be 4,000 characters or fewer
error-problem-tried-too-long = What you have tried must be 2,000 characters or fewer
error-problem-council = Choose the council you are posting for
error-problem-not-open = The problem is no longer open
error-problem-to-opportunity = The problem could not be turned into a draft opportunity
error-problem-agenda-item = Choose a meeting to come of a group you joined
error-reply-kind = Choose how you can help
error-reply-body = Enter your reply
error-reply-body-too-long = The reply must be 2,000 characters or fewer
error-reply-profile = Choose one of your council's listed practitioners
notify-problem-reply = Someone offered help with { $title }
notify-problem-reply-subject = Someone offered help with your problem
notify-problem-reply-email = Hello,

    Someone has replied to the problem you posted, { $title }:

    { $link }

    Microcontracts
audit-action-problem-posted = Posted a problem
audit-action-problem-replied = Replied to a problem
audit-action-problem-solved = Marked a problem solved
audit-action-problem-turned-into-opportunity = Turned a problem into a draft opportunity
audit-action-problem-put-on-agenda = Put a problem on a meeting's agenda
webhook-meeting = { $group } meets on { $date }: *{ $theme }*
webhook-see-meeting = See the agenda and register
webhook-problem = { $council } brings a problem: *{ $title }*
webhook-see-problem = Offer help
webhook-opportunity = { $council } has published an opportunity: *{ $title }*
webhook-see-opportunity = See the opportunity
group-projects = Show and tell
group-projects-link = See and show the group's projects
groups-projects-link = Projects councils are showing everyone
component-projects = Projects that provide it
projects-title = Projects councils are showing
projects-group-title = Projects shown to { $group }
projects-intro = A council shows a project it is working on; other councils give feedback, or say they would reuse it or are doing the same.
projects-post = Show a project
projects-none = No projects have been shown yet.
project-new-title = Show a project
project-title = Title
project-phase = Phase
project-phase-discovery = Discovery
project-phase-alpha = Alpha
project-phase-beta = Beta
project-phase-live = Live
project-description = What it is and what you have learned
project-component = The component it provides (optional)
project-component-hint = From the list of components, so that the capability map shows the project.
project-component-none = None
project-team = The team (optional)
project-team-hint = Your council's practitioners listed in the pool who work on it.
project-post-button = Show the project
project-agenda = Show it at a meeting
project-responses = What other councils said
project-responses-none = No council has responded yet.
project-answer = Your answer
project-answer-button = Answer
project-answer-from = { $council }:
project-done-posted = Your project is shown
project-done-responded = Your response is posted and the council told
project-done-answered = Your answer is posted
project-done-agenda = The project is on the meeting's agenda
project-done-off-agenda = The project is off the meeting's agenda
response-title = Respond
response-kind = What would you like to say?
response-kind-feedback = Feedback
response-kind-would_reuse = We'd reuse this
response-kind-doing_same = We're doing the same
response-kind-choice-feedback = Feedback
response-kind-choice-would_reuse = We'd reuse this
response-kind-choice-doing_same = We're doing the same
response-button = Post the response
error-project-title = Enter the project's title
error-project-title-too-long = The title must be 120 characters or fewer
error-project-phase = Choose the project's phase
error-project-description = Describe the project
error-project-description-too-long = The description must be 4,000 characters or fewer
error-project-team = Choose practitioners of your council who are listed in the pool
error-response-kind = Choose what you would like to say
error-response-body = Enter your response
error-response-body-too-long = The response must be 2,000 characters or fewer
error-response-own-council = You cannot respond to your own council's project
error-answer-body = Enter your answer
error-answer-body-too-long = The answer must be 2,000 characters or fewer
notify-project-response = A council responded to { $title }
notify-project-response-subject = A council responded to your project
notify-project-response-email = Hello,

    Another council has responded to the project you showed, { $title }:

    { $link }

    Microcontracts
notify-project-answer = { $title }: your response was answered
notify-project-answer-subject = Your response to { $title } was answered
notify-project-answer-email = Hello,

    The council that showed { $title } has answered your response:

    { $link }

    Microcontracts
audit-action-project-posted = Showed a project
audit-action-project-responded = Responded to a project
audit-action-project-answered = Answered a response to a project
audit-action-project-put-on-agenda = Put a project on a meeting's agenda
meeting-status-cancelled = Cancelled
meeting-cancel-summary = Cancel this meeting
meeting-cancel-hint = Everyone registered or on the waiting list is told. The meeting stays on the group's page, marked cancelled, and in people's calendars as cancelled.
meeting-cancel-button = Cancel the meeting
meeting-done-meeting-cancelled = The meeting is cancelled and everyone registered told
notify-meeting-cancelled = The meeting of { $group } on { $date } is cancelled
notify-meeting-cancelled-subject = Cancelled: the meeting of { $group } on { $date }
notify-meeting-cancelled-email = Hello,

    The meeting of { $group } on { $date }, { $theme }, is cancelled. Your calendar will show it as cancelled once it next reads your feed.

    { $link }

    Microcontracts
audit-action-meeting-cancelled = Cancelled a peer group meeting

# Guests of a meeting
meeting-guests = Guests
meeting-guests-none = No guests are invited.
meeting-guest-invited = Invited
meeting-guest-accepted = Accepted
meeting-guest-may-name = may be named
meeting-guest-withdraw = Withdraw
meeting-guest-invite = Invite a guest
meeting-guest-invite-hint = Guests from outside the group's councils, such as government or suppliers, get an email with a link. They see this meeting's page and agenda, and register themselves.
meeting-guest-invite-button = Send invitation
guest-field-name = Full name
guest-field-email = Email address
guest-field-organisation = Organisation
meeting-done-guest-invited = The guest has been sent an invitation
meeting-done-guest-withdrawn = The invitation is withdrawn
meeting-done-naming = Your choice is saved
meeting-done-welcome-guest = You are a guest of this meeting. Register below to take a place.
error-guest-organisation = Enter the guest's organisation
error-guest-organisation-too-long = The organisation must be 120 characters or fewer
error-guest-invited-already = That address is already invited to this meeting
error-guest-withdrawn-already = That invitation is already withdrawn
error-guest-sign-in-first = That address already has an account: sign in with it first
error-guest-other-account = You are signed in with another address: sign out, then follow the link again
guest-title = Invitation: { $theme }
guest-intro = { $name }, you are invited as a guest of { $group }'s meeting on { $date }.
guest-what-you-see = As a guest you see this meeting's page and agenda, and you register for it yourself.
guest-new-account = Choose a password to make a guest account for { $email }.
guest-sign-in-first = { $email } already has an account. Sign in with it to take up the invitation.
guest-other-account = This invitation is for { $email }. Sign out, then follow the link in the email again.
guest-may-name = The meeting's published write-up may name me
guest-may-name-hint = Your name and organisation would appear among those who came. You can change this later on the meeting's page.
guest-naming-save = Save
guest-accept = Accept the invitation
guest-link-invalid-body = This invitation has been taken up or withdrawn, or the meeting is over. Ask the group's lead for a new one.
email-guest-subject = Invitation to { $group }: { $theme }
email-guest-body = Hello { $name },

    You are invited as a guest of { $group }'s meeting "{ $theme }" on { $date }.

    To accept, and to register for a place, open this link:

    { $link }

    The link works once, until the meeting ends. If you did not expect this, you can ignore this email.
role-meeting_guest = Guest of a peer group's meeting

# Notification preferences
preferences-title = Notification emails
preferences-back = Your account
preferences-account-link = Choose which notifications are emailed to you
preferences-intro = Everything you are told appears on your notifications page. You choose which of it is emailed to you as well.
preferences-legend = How to email you about each kind of notification
preferences-hint = A daily digest is one email each morning at 7am listing everything of the kinds you chose for it since the last one.
preferences-save = Save
preferences-saved = Your choices are saved
email-preferences-footer = To choose which notifications are emailed to you, and how: { $link }
delivery-immediately = Email at once
delivery-daily = Daily digest
delivery-off = No email
topic-approvals = Things waiting for you to approve, accept or answer
topic-bookings = Bookings, contracts and variations
topic-applications = Opportunities, applications and alerts
topic-questions = Questions about opportunities, and answers
topic-time = Time recorded, approved or queried
topic-invoices = Invoices and credit notes
topic-groups = Peer groups: meetings, agendas, actions and hosting
topic-profile = Your profile's listing in the pool
topic-components = Components you proposed for the capability map
topic-posts = Replies to your problems and responses to your projects
error-notification-topic = Choose how to email you about each kind of notification listed
error-notification-delivery = Choose email at once, daily digest or no email for each kind of notification
email-digest-subject = { $count ->
    [one] Your daily digest: 1 notification
   *[other] Your daily digest: { $count } notifications
}
email-digest-intro = { $count ->
    [one] Here is what happened since your last digest.
   *[other] Here are the { $count } things that happened since your last digest.
}

## Second factor (issue 19, item 4)
second-factor-title = Two-step sign-in
second-factor-account-link = Ask for a code from an authenticator app as well as your password
second-factor-intro = With two-step sign-in, signing in asks for a 6-digit code from an authenticator app on your phone (such as Microsoft Authenticator or Google Authenticator) after your password, so that a stolen password is not enough.
second-factor-required = A council you belong to requires two-step sign-in. Set it up to go on using the service.
second-factor-start = Set up two-step sign-in
second-factor-set-up-title = Set up your authenticator app
second-factor-step-app = Open your authenticator app and add an account.
second-factor-step-scan = Scan the QR code, or type the secret below into the app. Then enter the 6-digit code the app shows.
second-factor-qr = QR code of the secret for your authenticator app
second-factor-secret = The secret, to type in if you cannot scan the code:
second-factor-code = Code
second-factor-code-hint = The 6-digit code from your authenticator app, for example 123456
second-factor-confirm = Turn on two-step sign-in
second-factor-on = Two-step sign-in is on
second-factor-codes-title = Your recovery codes
second-factor-codes-intro = If you lose your phone, sign in with one of these codes instead of a code from the app. Each works once.
second-factor-codes-once = Keep these codes somewhere safe now: they are shown only once.
second-factor-codes-left = { $count ->
    [one] You have 1 recovery code left.
   *[other] You have { $count } recovery codes left.
}
second-factor-renew = Make new recovery codes (the old ones stop working)
second-factor-off-title = Turn off two-step sign-in
second-factor-turn-off = Turn off two-step sign-in
second-factor-cannot-turn-off = A council you belong to requires two-step sign-in, so it cannot be turned off.
second-factor-done-on = Two-step sign-in is on
second-factor-done-off = Two-step sign-in is off
second-factor-done-renewed = You have new recovery codes
error-second-factor-code = Enter the code your authenticator app shows now, or one of your recovery codes
error-second-factor-on = Two-step sign-in is already on
error-second-factor-off = Two-step sign-in is not on
error-second-factor-not-started = Start setting up two-step sign-in first
error-second-factor-required = A council you belong to requires two-step sign-in, so it cannot be turned off
sign-in-code-title = Enter your code
sign-in-code-intro = Open your authenticator app and enter the code it shows for Microcontracts. If you lost your phone, enter one of your recovery codes.
sign-in-code-hint = 6 digits from the app, or a recovery code such as abcde-fgh23
sign-in-code-again = Start signing in again
council-second-factor-title = Two-step sign-in
council-second-factor-on = Everyone in this council must use two-step sign-in: people without it are asked to set it up before they can go on.
council-second-factor-off = People in this council may choose whether to use two-step sign-in.
council-second-factor-require = Require two-step sign-in of everyone in this council
council-second-factor-stop = Stop requiring two-step sign-in
council-second-factor-done-required = Everyone in this council must now use two-step sign-in
council-second-factor-done-not-required = Two-step sign-in is now each person's choice
audit-action-second-factor-on = Turned on two-step sign-in
audit-action-second-factor-off = Turned off two-step sign-in
audit-action-second-factor-recovery-renewed = Made new recovery codes
audit-action-second-factor-requirement = Changed whether two-step sign-in is required

## Open contracting data (issue 19, item 1)
ocds-booking-method = Booked directly from another council's listed practitioners
ocds-method-specialist = A call for a council digital specialist, in the manner of Digital Outcomes and Specialists
ocds-method-outcome = A call for a council team to deliver an outcome, in the manner of Digital Outcomes and Specialists
ocds-item = Digital practitioner time
ocds-unit-hour = Hour
ocds-weights = Weighting: technical competence { $technical }%, cultural fit { $cultural }%, price { $price }%.
ocds-essential = Essential skills and experience: { $criteria }.
ocds-nice = Nice-to-have skills and experience: { $criteria }.
ocds-change-summary = The summary was corrected
ocds-change-clarification = A clarification was added
ocds-change-closing_time = The closing time was extended
ocds-contract-title = Council-to-council services: { $service }
ocds-variation = Variation { $version }, agreed by both councils
email-unsubscribe-digest = To stop daily digests (their notifications will then be shown in the service only): { $link }
email-unsubscribe-alerts = To stop emails about opportunities, applications and alerts: { $link }
unsubscribe-title = Stop these emails
unsubscribe-digest = Stop your daily digest of notifications? The notifications in it will still be shown in the service.
unsubscribe-kind = Stop emails about { $kind }? They will still be shown in the service.
unsubscribe-confirm = Stop these emails
unsubscribe-done-title = You will not get these emails
unsubscribe-done-digest = Your daily digest is stopped. Your notifications are still shown in the service.
unsubscribe-done-kind = Emails about { $kind } are stopped. They are still shown in the service.
unsubscribe-preferences = You can choose how each kind of notification is emailed on your notification preferences page once you have signed in.
unsubscribe-preferences-link = Choose how notifications are emailed

## Signing in with one's organisation's account (a council's own OpenID Connect provider)
sign-in-with-organisation = Sign in with your organisation's account
sign-in-use-organisation = Your council signs you in with your organisation's account, not a password here. Sign in with your organisation's account.
sign-up-use-organisation = Your council signs you in with your organisation's account: you do not need to sign up. Sign in with your organisation's account instead.
organisation-sign-in-title = Sign in with your organisation's account
organisation-sign-in-intro = If your council signs in with Microsoft, Google or another account it gives you, enter your work email address. We will send you to your organisation to sign in, then bring you back here.
organisation-sign-in-email-hint = The address your council gave you, such as name@council.gov.uk
organisation-sign-in-submit = Continue to your organisation
organisation-sign-in-password = Sign in with a password instead
organisation-sign-in-none = Your council does not sign in with its own accounts here. Sign in with a password instead.
organisation-sign-in-unreachable = We could not reach your organisation's sign-in service. Try again later, or ask your council's admin to check its settings.
organisation-sign-in-failed-title = You have not been signed in
organisation-sign-in-failed-state = This sign-in was not started in this browser, took longer than 10 minutes, or was used already. Start again.
organisation-sign-in-failed-cancelled = Your organisation did not sign you in. You may have cancelled, or your account may not be allowed to use this service.
organisation-sign-in-failed-unverified = Your organisation says your email address is not verified. Ask your council's IT team to check your account.
organisation-sign-in-failed-address = Your organisation's account does not have an email address of a council domain that signs in this way. Ask your council's admin.
organisation-sign-in-failed-untrusted = Your organisation's answer could not be checked, so we did not sign you in. Try again, or ask your council's admin to check its sign-in settings.
organisation-sign-in-again = Start signing in again

## A council's sign-in provider
provider-heading = Signing in with your organisation's accounts
provider-summary = People in this council can sign in with the accounts your organisation gives them (Microsoft Entra ID, Google Workspace or another OpenID Connect provider).
provider-manage = Set up signing in with your organisation's accounts
provider-title = Sign-in provider for { $council }
provider-intro = Register Microcontracts as a web application with your organisation's OpenID Connect provider, then enter what the provider gives you. People with an email address of the domains you choose will sign in there.
provider-redirect-intro = The redirect address to register with your provider:
provider-issuer = Issuer address
provider-issuer-hint = For example https://login.microsoftonline.com/your-tenant-id/v2.0 or https://accounts.google.com
provider-client-id = Client ID
provider-client-secret = Client secret
provider-client-secret-hint = We keep it encrypted and never show it again.
provider-client-secret-kept = A secret is kept. Leave this empty to keep it, or enter a new one to replace it.
provider-domains = Email domains that sign in with this provider
provider-domains-hint = Select all that apply.
provider-required = Require everyone with these domains to sign in with the provider
provider-required-hint = Passwords will not be accepted for these domains.
provider-save = Save sign-in provider
provider-remove-title = Stop signing in with your organisation's accounts
provider-remove-intro = People will sign in with passwords again. Those without one can set one with a password reset.
provider-remove = Remove sign-in provider
provider-back = Back to members
provider-done-saved = Sign-in provider saved
provider-done-removed = Sign-in provider removed
error-provider-issuer-required = Enter the issuer address
error-provider-issuer-invalid = Enter the issuer address as your provider gives it, starting with https://
error-provider-client-id-required = Enter the client ID
error-provider-client-secret-required = Enter the client secret
error-provider-domains-required = Select at least one email domain
error-provider-domain-not-council = Select only this council's email domains

## Language
language-switch = Change the language
language-name-en = English
language-name-cy = Cymraeg

## Dates and times
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
clock-am = am
clock-pm = pm

## The API's problems (application/problem+json): a title for each kind, then details
api-title-bad-request = The request is not valid
api-title-invalid-parameter = A parameter is not valid
api-title-invalid-body = The body does not match the schema
api-title-unsupported-media-type = Send the body as application/json
api-title-control-characters = Control characters are not accepted
api-title-too-large = Request body too large
api-title-unauthorised = Authentication needed
api-title-forbidden = Forbidden
api-title-insufficient-scope = Token lacks a scope
api-title-not-found = Not found
api-title-method-not-allowed = Method not allowed
api-title-conflict = Not possible now
api-title-refused = Not possible now
api-title-no-capacity = Not enough free hours
api-title-discarded = Discarded
api-title-too-many-requests = Too many requests
api-title-unavailable = Service unavailable
api-title-internal = Internal error
api-title-error = The request could not be answered
api-unavailable = The service cannot reach its database just now. Try again in a few seconds.
api-internal = The service could not answer. Try again later.
api-forbidden = Your account may not do this.
api-not-understood = The request could not be read: { $reason }
api-control-characters = The request's { $part } holds a control character (such as NUL), which no field accepts.
api-too-large = Send at most { $bytes } bytes.
api-no-resource = There is no such API resource.
api-no-token = Send a personal access token as Authorization: Bearer <token>. Create one on your account page.
api-token-not-valid = The token is not valid, has expired or has been revoked.
api-scope-needed = This needs a token with the { $scope } scope.
api-rate-limited = This token may make { $count } requests a minute. Wait before trying again.
api-field-refused = { $field }: { $message }
api-no-such-release = There is no contracting process with that ocid.
api-moment = A date (YYYY-MM-DD) or an RFC 3339 time.
api-until-after-since = "until" must be later than "since".
api-cursor-unknown = The cursor is not one this API gave: start again without one.
api-limit-range = A whole number from { $least } to { $most }.
api-text-too-long = { $name } must be at most { $most } printable characters.
api-side = Give side as buyer or supplier.
api-no-listed-profile = No listed profile has that id.
api-no-level = There is no such DDaT level.
api-no-profile = There is no such profile.
api-no-profile-for-you = There is no such profile, or you may not see it.
api-profile-state = The profile cannot be changed that way in its current state.
api-no-own-profile = You have not started a profile. Start one on the website.
api-no-week = There is no such ISO week: give one such as 2026-W52.
api-no-council = There is no council with that code.
api-no-service = There is no service with that id.
api-no-opportunity = There is no such opportunity or application, or it is not yours to see.
api-only-practitioners = Only practitioners ask and apply.
api-only-applicant = Only the applicant can withdraw an application.
api-no-deal = There is no such booking or contract, or it is not yours to see.
api-no-money = There is no such contract, invoice or council, or it is not yours to see.
api-discarded = The draft was discarded.
api-no-group-thing = There is no such { $what ->
    [group] peer group
    [meeting] meeting
    [item] agenda item
   *[other] record
}.
api-no-post = There is no such { $what ->
    [problem] problem
    [project] project
    [group] peer group
   *[other] record
}, or it is not yours to see.
api-no-map-thing = There is no such { $what ->
    [service] service
    [component] component
    [council] council
    [entry] map entry
    [mapping] service, capability or council
   *[other] record
}.
api-account-gone = The token's account no longer exists.
api-not-on-list = A value is not on its reference list.
api-iso-week = Give an ISO week such as 2026-W50.
api-weeks-order = to_week must not be before from_week.
api-region = Give a region as the council list names it, e.g. South East.
api-negative = Amounts cannot be negative.
api-page-range = page must be from 1 to 50.
api-quarter-hours = Give minutes in quarter hours, from 0 to 2400.
api-available-order = available_to must not be before available_from.
api-rate-range = Give a rate from 1 to 100000 pence.
api-send-json = Send the body with Content-Type: application/json.
api-not-json = The body is not valid JSON: { $reason }
api-not-schema = The body does not match the schema: { $reason }
api-no-releases = No releases are dated in that period.

## Recommendations for an opportunity (domain::recommendations)
recommend-title = Recommended practitioners
recommend-link = Recommended practitioners
recommend-link-draft = See who could do this work, and invite them to apply
recommend-intro = Listed practitioners in other councils who could do this work, best first: those who have worked on its service, hold its role and skills, have free hours in its weeks and charge within its maximum rate. Invite the people you would like to apply; they and their manager are told.
recommend-why = Why
recommend-none = Nobody in other councils matches this opportunity yet. Give it a service, a role or the skills you need, and those who have them will show here.
recommend-invite = Invite { $name } to apply
recommend-invited = Invited to apply
recommend-done-invited = They have been invited to apply
recommend-invitations = Invited to apply
recommend-no-invitations = Nobody has been invited to apply yet.
recommend-invitation-person = Practitioner
recommend-invitation-council = Council
recommend-invitation-sent = Invited
recommend-invitation-applied = Applied
recommend-applied-yes = Yes
recommend-applied-no = Not yet
recommend-reason-done-before = Did “{ $title }” for this service at { $council }
recommend-reason-service = Has worked on this service at { $council }
recommend-reason-role = { $level }
recommend-reason-level-asked = At the level asked for
recommend-reason-level-near = One level from the one asked for
recommend-reason-skills = Skills: { $skills }
recommend-reason-free-hours = { $hours } free hours a week in the period
recommend-reason-rate = Rate within your maximum
recommend-reason-work-mode = Can work the way this work is done
recommend-reason-rated = { $count ->
    [one] Rated { $rating } by 1 buyer
   *[other] Rated { $rating } by { $count } buyers
}
recommend-fit-title = Opportunities that fit you
recommend-fit-none = No open opportunity fits your listed profile yet: they are matched on your services, role, skills, free hours and rate.
recommend-fit-all = See every opportunity
recommend-fit-reason-done-before = You did “{ $title }” for this service
recommend-fit-reason-service = You have worked on this service
recommend-fit-reason-rate = Your rate is within its maximum
recommend-fit-reason-work-mode = You can work the way this work is done
recommend-alike-title = People like this
recommend-alike-intro = Listed practitioners in other councils who have worked on the same services or hold the same skills.
recommend-alike-services = Also worked on
recommend-alike-skills = Also skilled in
error-invite-closed = Practitioners can only be invited while the opportunity is a draft or open
audit-action-opportunity-practitioner-invited = Invited a practitioner to apply
notify-opportunity-person-invited = { $council } invites you to apply for { $title }
notify-opportunity-person-invited-subject = { $council } invites you to apply for { $title }
notify-opportunity-person-invited-email = Hello { $name },

    { $council } has seen your profile and invites you to apply for { $title }. Read the opportunity and apply here:

    { $link }

    Microcontracts
notify-opportunity-colleague-invited = { $name } has been invited to apply for { $title } by { $council }
notify-opportunity-colleague-invited-subject = { $name } has been invited to apply for { $title }
notify-opportunity-colleague-invited-email = Hello,

    { $council } has invited { $name }, of your council, to apply for { $title }. If they apply, you will be asked to approve the application:

    { $link }

    Microcontracts

network-title = Collaboration network
network-intro = Which councils lend practitioners' time to which, from signed contracts and approved time. Each council is a circle sized by the hours it gave and received; each line runs from the lender to the borrower, as thick as the hours between them. Choose a council to see its partners and balance.
network-from = From
network-to = To
network-show = Show the network
network-quarter = { $first }–{ $last } { $year }
network-quarter-heading = Quarter
network-period = { $first } to { $last }
network-summary = { $councils ->
    [one] 1 council
   *[other] { $councils } councils
} in { $pairs ->
    [one] 1 lending relationship
   *[other] { $pairs } lending relationships
}
network-csv = Download the table (CSV)
network-json = The network as JSON
network-none = No council lent time to another in this period.
network-map-hint = The same figures are in the table below the map.
network-map-title = Councils lending practitioners' time to each other, { $period }
network-node-label = { $council }: gave { $given } hours, received { $received } hours
network-table = Lending between councils
network-lender = Lender
network-borrower = Borrower
network-settlement = Settled in
network-settled-money = Money
network-settled-hour_credits = Hour credits
network-settled-both = Money and hour credits
network-contracts = Contracts signed
network-hours = Hours approved
network-value = Value in money
network-credit-hours = Hours in credits
network-council-title = { $council } in the network
network-back = Back to the network
network-given = Hours given
network-received = Hours received
network-hours-value = { $hours } hours
network-balance = Balance
network-balance-gave = Gave { $hours } hours more than it received
network-balance-took = Received { $hours } hours more than it gave
network-earned = Earned
network-spent = Spent
network-credit-balance = Hour credits
network-credits-owed = { $hours } hours owed
network-partners = Partners
network-partner = Council
network-lent-to = Hours lent to them
network-borrowed-from = Hours borrowed from them
network-no-partners = This council neither lent nor borrowed time in this period.
network-trend = Hours by quarter
network-trend-desc = Hours { $council } gave and received in each quarter of the period.
nav-network = Network
error-network-quarter = Choose a quarter from the list
error-network-order = The first quarter must be the same as or before the last
error-network-too-long = Choose a period of 20 quarters (5 years) or less
statistics-title = Sector statistics
statistics-intro = What councils have done on Microcontracts in the last eight financial quarters: how many take part, the practitioners they list, the hours they contract and work for each other and what those hours are worth, and the opportunities they publish and award.
statistics-councils = Councils taking part
statistics-practitioners = Practitioners listed
statistics-worked-total = Hours worked, eight quarters
statistics-value-total = Value, eight quarters
statistics-awarded-total = { $count ->
    [one] 1 opportunity awarded in the eight quarters.
   *[other] { $count } opportunities awarded in the eight quarters.
}
statistics-contracted = Hours contracted
statistics-worked = Hours worked
statistics-value = Value
statistics-published = Opportunities published
statistics-awarded = Opportunities awarded
statistics-median = Median days to award
statistics-no-awards = None awarded
statistics-hours-chart = Hours contracted and worked by quarter
statistics-hours-chart-desc = Hours agreed in contracts signed in each quarter, and hours worked in it and approved.
statistics-value-chart = Value of the time worked by quarter
statistics-value-chart-desc = What the approved time settled in money was worth, by the quarter it was worked in.
statistics-opportunities-chart = Opportunities published and awarded by quarter
statistics-opportunities-chart-desc = Opportunities published in each quarter, and those awarded in it.
statistics-table = Figures by quarter
statistics-notes = Councils taking part have at least one member. Practitioners listed are those listed now, counted from when they were first listed. Hours contracted are the hours agreed in contracts signed in the quarter; hours worked are approved time, by when it was worked; value is the approved time settled in money, at the contracts' rates. The median is the middle of the days from publication to award of the opportunities awarded in the quarter.
footer-statistics = Statistics

## Platform dashboard
dashboard-at-a-glance = At a glance
dashboard-signups-week = Accounts made in the last 7 days
dashboard-signups-month = Accounts made in the last 30 days
dashboard-profiles-awaiting = Profiles waiting for their council's approval
dashboard-components-proposed = Components waiting for review
dashboard-bookings-lapsing = Booking requests that lapse within { $hours } hours
dashboard-invoices-overdue = Invoices overdue
dashboard-emails-failed = Emails that could not be sent
dashboard-see-oldest = See the oldest
dashboard-see-soonest = See the soonest
dashboard-see-failed = See them
dashboard-review = Review
dashboard-profiles-awaiting-heading = Profiles waiting longest for approval
dashboard-bookings-lapsing-heading = Booking requests about to lapse
dashboard-invoices-overdue-heading = Invoices overdue longest
dashboard-signups-heading = Newest accounts
dashboard-none = None.
dashboard-practitioner = Practitioner
dashboard-person = Person
dashboard-council = Council
dashboard-no-council = Not yet a member of a council
dashboard-waiting-since = Waiting since
dashboard-lender = Lending council
dashboard-borrower = Borrowing council
dashboard-waiting-for = Waiting for
dashboard-booking-requested = The practitioner to answer
dashboard-booking-accepted = A manager to approve
dashboard-lapses = Lapses
dashboard-invoice = Invoice
dashboard-due = Due
dashboard-total = Total
dashboard-joined = Made
outbox-showing-failed = Showing only emails that could not be sent.
outbox-show-all = Show every email

## The contracts register (Local Government Transparency Code)
register-title = Contracts register: { $council }
register-heading = Contracts register
register-intro = Every signed contract this council let through Microcontracts whose value exceeds { $threshold }, newest first, as the Local Government Transparency Code asks. The value is the most the contract can cost under its terms now in force, before VAT.
register-review-note = A microcontract is reviewed when it ends, so its review date is its end date. Councils recover the VAT other councils charge them (VAT Act 1994, section 33), so no VAT is lost.
register-department = Department responsible
register-department-none = Not given by the council
register-body-id = Organisation identifier
register-csv = Download the register as CSV
register-none = This council has let no contract worth more than the threshold.
register-no-more = There are no older contracts.
register-reference = Reference
register-contract = Title and description
register-supplier = Supplier
register-start = Start
register-end = End
register-review = Review
register-value = Value
register-vat = VAT not recoverable
register-route = Procurement route
register-pages = Pages of the register
register-newest = Newest contracts
register-older = Older contracts
register-title-default = A digital practitioner's time
register-description = Up to { $hours } hours of a digital practitioner's time from another council at { $rate } an hour.
register-description-service = Up to { $hours } hours of a digital practitioner's time from another council at { $rate } an hour, for { $service }.
register-settled-in-credits = Settled in hour credits, not money.
register-route-direct = Direct award to another council, booked from its listed practitioners ({ $basis })
register-route-open = Further competition open to every council ({ $basis })
register-route-invited = Further competition among invited councils ({ $basis })
register-department-label = Department responsible for the contracts you let (optional)
register-department-hint = Named in your public contracts register, for example Digital and Customer Services.
register-link = Contracts register

## Subject access: everything held about a person
data-title = Your data
data-account-link = See and download everything held about you
data-member-link = Their data
data-page-title = Data held about { $name }
data-intro = Everything Microcontracts holds about this person, as it stood at { $made }, grouped by what it is for. Each table is one kind of record; each row one record. Making this page is recorded in the audit log.
data-secrets = Secrets that protect the account (password and link hashes, authenticator secrets, session keys) are never shown.
data-json = Download all of it as a JSON file
data-rows = { $count ->
    [one] 1 record
   *[other] { $count } records
}
data-section-account = Account
data-section-security = Signing in and security
data-section-memberships = Councils and roles
data-section-profile = Profile in the talent pool
data-section-deals = Bookings and contracts
data-section-money = Time, invoices and the ledger
data-section-opportunities = Opportunities, questions and applications
data-section-messages = Notifications and emails
data-section-groups = Peer groups, meetings, problems and projects
data-section-maps = Capability map
data-section-administration = Council and platform administration
data-section-audit = Audit log: what they did and what was done about them

## Leaving a council
error-last-admin-leaving = The council must keep at least one council admin. Make someone else council admin first.
audit-action-member-left = Left the council, or was removed from it
notify-booking-practitioner-left = Your request for { $name }'s time was withdrawn: they have left { $council }
notify-booking-practitioner-left-subject = A Microcontracts booking request was withdrawn
notify-booking-practitioner-left-email = Hello,

    { $name } has left { $council }, so your request for their time has been withdrawn and the held hours released:

    { $link }

    Microcontracts
notify-application-applicant-left = An application for { $title } was withdrawn: the applicant has left their council
notify-application-applicant-left-subject = An application was withdrawn on Microcontracts
notify-application-applicant-left-email = Hello,

    An application for { $title } was withdrawn because the applicant has left their council. It is no longer among those you evaluate:

    { $link }

    Microcontracts
leave-title = Leave { $council }
leave-intro = Leaving ends your membership of { $council } and your roles there. Your profile in the talent pool is withdrawn, open booking requests for your time and your applications still in play are withdrawn, and whoever asked is told. Contracts already made stay with the councils.
leave-button = Leave { $council }
leave-member-title = Remove { $name } from { $council }
leave-member-intro = Removing { $name } ends their membership and roles. Their profile is withdrawn, open booking requests for their time and their applications still in play are withdrawn, and whoever asked is told. Contracts already made stay with the councils.
leave-member-button = Remove { $name }
leave-member-link = Remove
leave-done = { $name } is no longer a member of { $council }.
leave-own-link = Leave this council
admin-moderation = Moderation
moderation-kind-profile = Profile
moderation-kind-opportunity = Opportunity
moderation-kind-question = Question
moderation-kind-problem = Problem
moderation-kind-project = Project
moderation-hide-link = Hide (moderation)
moderation-hide-title = Hide this from everyone
moderation-hide-intro = It will be left out of every list, search, API answer and open data release. Whoever posted it is told why, and may appeal once.
moderation-hide-button = Hide it
moderation-reason = Why it is hidden
moderation-reason-hint = Whoever posted it reads this. Say which rule it breaks and what would put it right.
moderation-title = Moderation
moderation-intro = What platform admins have hidden, and the appeals waiting for a decision. To hide something, use the link on its page.
moderation-done-hidden = It is hidden, and whoever posted it has been told why.
moderation-done-decided = The appeal is decided, and whoever posted it has been told.
moderation-done-appealed = Your appeal has been sent. A platform admin will decide it, and you will be told.
moderation-appeals = Appeals waiting for a decision
moderation-appeals-none = No appeals are waiting.
moderation-appeal = Appeal
moderation-appealed-at = Appealed
moderation-decision = Decision
moderation-decision-restored = Restore it: show it again
moderation-decision-upheld = Keep it hidden
moderation-note = Note to whoever posted it (optional)
moderation-decide-button = Decide
moderation-hidden = Hidden
moderation-hidden-none = Nothing is hidden.
moderation-what = What
moderation-hidden-at = Hidden
moderation-standing = Where it stands
moderation-standing-hidden = Hidden; no appeal yet
moderation-standing-appealed = Appealed; waiting for a decision
moderation-standing-upheld = Kept hidden after an appeal
moderation-standing-restored = Restored after an appeal
moderation-older = Older
moderation-show-title = Hidden by a platform admin
moderation-appeal-title = Appeal
moderation-appeal-intro = You can appeal once. A platform admin reads your appeal and either shows it again or keeps it hidden.
moderation-appeal-hint = Say why it should be shown again, or what you have changed.
moderation-appeal-button = Send appeal
error-moderation-kind = Choose what to hide from the list
error-moderation-decision = Choose whether to restore it or keep it hidden
error-moderation-reason = Enter why it is hidden
error-moderation-reason-too-long = The reason must be 2,000 characters or fewer
error-moderation-appeal = Enter your appeal
error-moderation-appeal-too-long = Your appeal must be 4,000 characters or fewer
error-moderation-appealed-once = An appeal has already been made: you can appeal once
error-moderation-not-appealed = There is no appeal to decide
error-moderation-decided = The appeal has already been decided
error-moderation-already-hidden = It is already hidden
notify-moderation-hidden = A platform admin hid “{ $title }”: { $reason }
notify-moderation-hidden-subject = Something you posted has been hidden
notify-moderation-hidden-email = Hello,

    A platform admin has hidden “{ $title }”, which you posted. The reason given:

    { $reason }

    You can read this and appeal once:

    { $link }

    Microcontracts
notify-moderation-restored = “{ $title }” is shown again after your appeal
notify-moderation-restored-subject = Your appeal succeeded
notify-moderation-restored-email = Hello,

    After your appeal, a platform admin has shown “{ $title }” again. { $note }

    { $link }

    Microcontracts
notify-moderation-upheld = “{ $title }” stays hidden after your appeal
notify-moderation-upheld-subject = Your appeal was not upheld
notify-moderation-upheld-email = Hello,

    After reading your appeal, a platform admin has kept “{ $title }” hidden. { $note }

    { $link }

    Microcontracts
audit-action-content-hidden = Hid a post (moderation)
audit-action-moderation-appealed = Appealed a moderation
audit-action-moderation-decided = Decided an appeal against a moderation
dashboard-appeals-waiting = Appeals against moderation waiting for a decision
dashboard-decide = Decide
reference-title = Reference lists
reference-intro = The lists people choose from across the service. Add what is missing, correct what is wrong, and retire what should no longer be chosen. A retired entry is offered nowhere, but everything that already names it keeps it. Changes reach every page within a few seconds.
reference-list-roles = Roles
reference-list-skills = Skills
reference-list-services = Services
reference-list-capabilities = Capabilities
reference-list-intro-roles = Roles of the Digital, Data and Technology (DDaT) profession, with their levels by band. The framework's own roles keep their names.
reference-list-intro-skills = Skills of the DDaT profession that practitioners list and opportunities ask for. The framework's own skills keep their names.
reference-list-intro-services = Services councils provide, from the Local Government Services List (LGSL), with back-office services. Services added here are numbered from 100000.
reference-list-intro-capabilities = What a service may need, for the capability map. Capabilities added here are numbered from 100000.
reference-add-roles = Add a role
reference-add-skills = Add a skill
reference-add-services = Add a service
reference-add-capabilities = Add a capability
reference-find = Find by name
reference-find-button = Find
reference-entries = Entries
reference-name = Name
reference-detail-roles = Family
reference-detail-skills = Description
reference-detail-services = Description
reference-detail-capabilities = Description
reference-source = Source
reference-source-here = Added here
reference-source-shipped-roles = DDaT framework
reference-source-shipped-skills = DDaT framework
reference-source-shipped-services = LGSL
reference-source-shipped-capabilities = esd standards and the platform
reference-status = Status
reference-retired = Retired
reference-in-use = In use
reference-none = Nothing matches.
reference-pages = Pages of entries
reference-first-page = First page
reference-next-page = Next page
reference-number = Number
reference-framework-name = This name comes from the DDaT framework and cannot be changed here. You can change the rest, or retire it.
reference-family-hint = For example: { $families }
reference-description-hint = Optional. Shown where people choose it.
reference-group = Group
reference-group-choose = Choose a group
reference-levels = Levels
reference-levels-add = Add levels
reference-levels-hint = Name the level at each band the role has, from trainee (band 1) to chief (band 8). Leave the others empty.
reference-band = Band { $band }
reference-save = Save changes
reference-retire-heading = Retire
reference-retire-intro = A retired entry is no longer offered in any list or search. Profiles, opportunities and maps that already name it keep it.
reference-retire = Retire it
reference-restore-heading = Bring back
reference-restore-intro = It is retired. Bring it back to offer it again.
reference-restore = Bring it back
reference-done-added = Added. It is offered from now on.
reference-done-changed = Changes saved.
reference-done-retired = Retired. It is no longer offered.
reference-done-restored = Brought back. It is offered again.
error-reference-list = Choose a reference list
error-reference-name = Enter a name
error-reference-name-too-long = The name must be 150 characters or fewer
error-reference-name-taken = An entry with this name is already in the list
error-reference-family = Enter the family the role belongs to
error-reference-family-too-long = The family must be 80 characters or fewer
error-reference-description = Enter a description
error-reference-description-too-long = The description must be 2,000 characters or fewer
error-reference-framework-name = The names of the framework's own roles and skills cannot be changed
error-reference-group = Choose the group the capability belongs to
error-reference-level = Enter the level's name
error-reference-level-band = The role already has a level at this band
error-reference-levels-none = Name the level at one band at least
error-reference-already-retired = It is already retired
error-reference-not-retired = It is not retired
audit-action-reference-added = Added to a reference list
audit-action-reference-changed = Changed an entry of a reference list
audit-action-reference-retired = Retired an entry of a reference list
audit-action-reference-restored = Brought back an entry of a reference list
notify-opportunity-hidden = “{ $title }”, which you applied for, has been hidden by a platform admin. Your application stays as it is.
notify-opportunity-hidden-subject = An opportunity you applied for has been hidden
notify-opportunity-hidden-email = Hello,

    A platform admin has hidden “{ $title }”, an opportunity you applied for, while they look into it. Your application stays as it is, and you will be told if the opportunity is shown again.

    Your application:

    { $link }

    Microcontracts
notify-opportunity-shown-again = “{ $title }”, which you applied for, is shown again
notify-opportunity-shown-again-subject = An opportunity you applied for is shown again
notify-opportunity-shown-again-email = Hello,

    A platform admin has shown “{ $title }” again, an opportunity you applied for. Your application goes on as before.

    Your application:

    { $link }

    Microcontracts
