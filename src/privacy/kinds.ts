import { option } from '../i18n/labels'

/** The kinds of personal identifier the publish check looks for, as the review trail records them. */
export const identifierKindOptions = [
  option('nationalId', 'identifierNationalId'),
  option('mobile', 'identifierMobile'),
  option('email', 'identifierEmail'),
]
