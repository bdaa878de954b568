import { APIError, type CheckboxField, type CollectionBeforeLoginHook } from 'payload'

import { isAdminField } from '../access/isAdmin'
import { inLanguageOf } from '../validation/messages'

const DEACTIVATED = {
  de: 'Dieses Konto ist deaktiviert. Bitte wenden Sie sich an die Administration.',
  en: 'This account has been deactivated. Please contact an administrator.',
}

/**
 * Whether the person may still sign in. Switching it off keeps the account, so the history of
 * who changed what stays intact, where deleting it would not (see refuseDeletingAuthors).
 */
export const activeField: CheckboxField = {
  name: 'active',
  type: 'checkbox',
  defaultValue: true,
  label: { de: 'Aktiv (darf sich anmelden)', en: 'Active (may sign in)' },
  access: { create: isAdminField, update: isAdminField },
  admin: {
    position: 'sidebar',
    description: {
      de: 'Abwählen, um das Konto zu deaktivieren: keine Anmeldung mehr, Änderungen und Versionsgeschichte bleiben erhalten.',
      en: 'Untick to deactivate the account: no more sign-in; its edits and the version history are kept.',
    },
  },
}

/** Runs after the password was checked, so the message tells nothing to someone guessing. */
export const refuseDeactivatedLogin: CollectionBeforeLoginHook = ({ req, user }) => {
  if ((user as { active?: boolean | null }).active === false) {
    throw new APIError(inLanguageOf(req, DEACTIVATED), 403, undefined, true)
  }
  return user
}
