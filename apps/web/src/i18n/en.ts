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

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ko': '한국어',

  'home.documentTitle': 'Plans · Coplan',
  'home.plansHeading': 'Cooperation plans',
  'home.loading': 'Loading plans…',
  'home.loadError': 'The plans could not be loaded.',
  'home.retry': 'Try again',
  'home.empty': 'No plans yet. Start the first one with the form.',
  'home.lastEdited': 'Edited {time}',

  'newPlan.heading': 'New plan',
  'newPlan.intro':
    'Choose your delegation and a working title. The plan starts with the course template.',
  'newPlan.team': 'Delegation',
  'newPlan.teamPlaceholder': 'Choose a delegation',
  'newPlan.title': 'Title',
  'newPlan.titlePlaceholder': 'e.g. Digital ID for public services',
  'newPlan.submit': 'Create plan',
  'newPlan.submitting': 'Creating…',
  'newPlan.error': 'The plan could not be created: {message}',

  'identity.dialogTitle': 'What should your team call you?',
  'identity.dialogIntro':
    'Your name appears next to your cursor and in the list of people in a plan. It is saved in this browser only.',
  'identity.nameLabel': 'Display name',
  'identity.save': 'Save',
  'identity.cancel': 'Cancel',
  'identity.change': 'Change your display name, now {name}',
  'identity.guest': 'Guest',

  'editor.backToPlans': 'All plans',
  'editor.documentTitle': '{title} · Coplan',
  'editor.loading': 'Loading plan…',
  'editor.notFound': 'This plan does not exist, or it was removed.',
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
