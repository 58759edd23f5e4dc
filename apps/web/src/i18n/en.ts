/**
 * The English catalogue, and the source of truth for message keys: every other catalogue must
 * have exactly these keys. `{name}` marks a value filled in by `t(key, { name })`.
 */
export const en = {
  'app.name': 'Coplan',
  'app.tagline': 'Joint cooperation plans',
  'app.skipToMain': 'Skip to main content',
  'app.skipToEditor': 'Skip to editor',
  'app.pageNotFound': 'This page does not exist.',
  'app.goHome': 'Go to all plans',
  'app.loading': 'Loading…',

  'role.admin': 'Admin',
  'role.mentor': 'Mentor',
  'role.delegate': 'Delegate',

  'auth.signedInAs': 'Signed in as {name}',
  'auth.signOut': 'Sign out',
  'auth.signOutFailed': 'Signing out failed. Check your connection and try again.',
  'auth.loadError': 'Coplan could not reach the server to check who is signed in.',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with the email address your course admin registered for you.',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.signedOut': 'You have signed out.',
  'signIn.sessionEnded':
    'You were signed out: your session ended, or an admin changed your account. Sign in again to continue.',
  'signIn.forgotten': 'Forgot your password? Ask your course admin for a new invitation link.',

  'invite.title': 'Set your password',
  'invite.intro':
    'This invitation is for {name} ({email}). Choose a password to finish setting up your account.',
  'invite.loading': 'Checking the invitation…',
  'invite.loadError': 'The invitation could not be checked. Check your connection and try again.',
  'invite.invalidTitle': 'Invitation link not valid',
  'invite.toSignIn': 'Go to sign-in',
  'invite.password': 'New password',
  'invite.passwordHint': 'At least {count} characters.',
  'invite.confirmation': 'Repeat the password',
  'invite.tooShort': 'The password must have at least {count} characters.',
  'invite.mismatch': 'The two passwords are not the same.',
  'invite.submit': 'Set password and sign in',
  'invite.submitting': 'Setting the password…',

  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.invalidCredentials': 'The email or password is not correct.',
  'error.tooManyAttempts': 'Too many failed sign-ins. Try again in {minutes} min.',
  'error.invitationInvalid':
    'This invitation link is not valid any more: it was used, replaced by a newer one, or it expired. Ask your course admin for a new one.',
  'error.emailTaken': 'Someone with that email address already exists.',
  'error.teamRequired': 'A delegate must belong to a team.',
  'error.unknownTeam': 'That team does not exist any more. Reload the page.',
  'error.selfDemotion': 'You cannot deactivate your own account or give up your admin role.',
  'error.inactive': 'Reactivate the person first.',
  'error.forbidden': 'You are not allowed to do this.',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ko': '한국어',

  'home.documentTitle': 'Plans · Coplan',
  'home.plansHeading': 'Cooperation plans',
  'home.yourPlansHeading': 'Your plans',
  'home.loading': 'Loading plans…',
  'home.loadError': 'The plans could not be loaded.',
  'home.retry': 'Try again',
  'home.empty.admin': 'No plans yet. Start the first one with the form.',
  'home.empty.delegate':
    'Your team has no plan yet. Your course admin creates it, and it will appear here.',
  'home.empty.mentor':
    'You are not assigned to a team yet. Once your course admin assigns you, its plan appears here.',
  'home.lastEdited': 'Edited {time}',

  'newPlan.heading': 'New plan',
  'newPlan.intro':
    'Choose the delegation and a working title. The plan starts with the course template.',
  'newPlan.team': 'Delegation',
  'newPlan.teamPlaceholder': 'Choose a delegation',
  'newPlan.title': 'Title',
  'newPlan.titlePlaceholder': 'e.g. Digital ID for public services',
  'newPlan.submit': 'Create plan',
  'newPlan.submitting': 'Creating…',
  'newPlan.error': 'The plan could not be created: {message}',

  'editor.backToPlans': 'All plans',
  'editor.documentTitle': '{title} · Coplan',
  'editor.loading': 'Loading plan…',
  'editor.notFound': 'This plan does not exist, or it was removed.',
  'editor.forbidden':
    'You don’t have access to this plan. Plans are open to their team, its mentors and the course admins.',
  'editor.accessRemoved':
    'Your access to this plan was removed. Your last changes may not be saved.',
  'editor.planRemoved': 'This plan does not exist any more.',
  'editor.readOnlyMentor':
    'You are a mentor of this team: you can read the plan and follow its edits live, but not change its text.',
  'editor.loadError': 'The plan could not be loaded.',
  'editor.label': 'Plan text',
  'editor.placeholder': 'Write here…',
  'editor.readOnly': 'You can read this plan but not edit it.',
  'editor.readOnlyReason': 'You can read this plan but not edit it: {reason}',
  'editor.closed': 'This plan cannot be edited now: {reason}.',
  'editor.reload': 'Reload',
  'editor.wordCount.one': '{count} word',
  'editor.wordCount.other': '{count} words',

  'outline.heading': 'Outline',
  'outline.empty': 'Headings you add appear here.',

  'presence.heading': 'People here',
  'presence.you': '{name} (you)',

  'status.connecting': 'Connecting…',
  'status.synced': 'Connected · Synced',
  'status.offline': 'Offline — reconnecting…',
  'status.closed': 'Disconnected: {reason}',

  'closeReason.4400': 'the server could not read a message from this browser',
  'closeReason.4401': 'you are not signed in',
  'closeReason.4403': 'you may not open this plan',
  'closeReason.4404': 'this plan does not exist',
  'closeReason.4413': 'a change was too large to send',
  'closeReason.4429': 'too many changes were sent at once',
  'closeReason.4500': 'the plan could not be loaded',
  'closeReason.4503': 'the server could not save changes',
  'closeReason.unknown': 'the server closed the connection',

  'toolbar.label': 'Formatting',
  'toolbar.withShortcut': '{label} ({shortcut})',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.strike': 'Strikethrough',
  'toolbar.code': 'Inline code',
  'toolbar.heading1': 'Heading 1',
  'toolbar.heading2': 'Heading 2',
  'toolbar.heading3': 'Heading 3',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.orderedList': 'Numbered list',
  'toolbar.blockquote': 'Quote',
  'toolbar.codeBlock': 'Code block',
  'toolbar.horizontalRule': 'Horizontal line',
  'toolbar.link': 'Link',
  'toolbar.insertTable': 'Insert table',
  'toolbar.addRowAfter': 'Add row below',
  'toolbar.deleteRow': 'Delete row',
  'toolbar.addColumnAfter': 'Add column to the right',
  'toolbar.deleteColumn': 'Delete column',
  'toolbar.deleteTable': 'Delete table',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',

  'admin.link': 'Course admin',
  'admin.title': 'Course admin',
  'admin.notAllowed': 'Only course admins may open the admin console.',
  'admin.loading': 'Loading teams and people…',
  'admin.loadError': 'Teams and people could not be loaded.',
  'admin.saving': 'Saving…',
  'admin.close': 'Close',

  'admin.teams.heading': 'Teams',
  'admin.teams.plansNote': 'A team’s plan is started with the New plan form on the plans page.',
  'admin.teams.plansLink': 'Start a plan',
  'admin.teams.empty': 'No teams yet.',
  'admin.teams.members': 'Delegates: {delegates} · Mentors: {mentors}',
  'admin.newTeam.heading': 'New team',
  'admin.newTeam.country': 'Country',
  'admin.newTeam.countryPlaceholder': 'e.g. Kenya',
  'admin.newTeam.code': 'Country code',
  'admin.newTeam.codeHint': 'Two letters (ISO 3166), e.g. KE for Kenya.',
  'admin.newTeam.submit': 'Add team',
  'admin.newTeam.created': 'Team {country} added.',

  'admin.people.heading': 'People',
  'admin.people.intro':
    'Delegates write their team’s plan; mentors read and follow their teams’ plans; admins manage everything.',
  'admin.people.name': 'Name',
  'admin.people.teams': 'Team',
  'admin.people.state': 'State',
  'admin.people.actions': 'Actions',
  'admin.people.manage': 'Manage',
  'admin.people.manageNamed': 'Manage {name}',
  'admin.state.invited': 'Invited',
  'admin.state.active': 'Active',
  'admin.state.deactivated': 'Deactivated',

  'admin.newPerson.heading': 'Add a person',
  'admin.newPerson.intro':
    'You get an invitation link to send them. It works once, for 7 days; through it they set their password.',
  'admin.newPerson.email': 'Email',
  'admin.newPerson.submit': 'Add and create invitation link',
  'admin.newPerson.created': '{name} was added.',

  'admin.person.title': 'Manage {name}',
  'admin.person.role': 'Role',
  'admin.person.team': 'Team',
  'admin.person.mentorTeams': 'Mentor of',
  'admin.person.save': 'Save changes',
  'admin.person.selfHint': 'You cannot change your own role.',

  'admin.access.heading': 'Sign-in',
  'admin.access.inviteHint':
    '{name} has not set a password yet. A new link replaces the one sent before.',
  'admin.access.resetHint':
    'To reset the password of {name}, send a new invitation link. Once it is used, their old password and open sessions stop working.',
  'admin.access.newLink': 'Create new invitation link',
  'admin.access.deactivateHint':
    'A deactivated person cannot sign in, and any plan they have open closes at once.',
  'admin.access.selfHint': 'You cannot deactivate your own account.',
  'admin.access.reactivateHint':
    'This person cannot sign in. Reactivate them, then send a new invitation link if they need a password.',
  'admin.access.deactivate': 'Deactivate',
  'admin.access.reactivate': 'Reactivate',
  'admin.access.deactivated': 'Deactivated.',
  'admin.access.reactivated': 'Reactivated.',

  'admin.invitation.label': 'Invitation link for {name}',
  'admin.invitation.copy': 'Copy',
  'admin.invitation.copied': 'Copied to the clipboard.',
  'admin.invitation.copyFailed': 'Could not copy; the link is selected, press Ctrl+C to copy it.',
  'admin.invitation.expires': 'Valid once, until {date}.',

  'link.dialogTitle': 'Link',
  'link.urlLabel': 'Web address',
  'link.urlPlaceholder': 'https://example.org',
  'link.apply': 'Apply',
  'link.remove': 'Remove link',
  'link.cancel': 'Cancel',
  'link.invalid': 'Enter a web address starting with http:// or https://, or an email address.',
} as const

export type MessageKey = keyof typeof en

export type Messages = Record<MessageKey, string>
