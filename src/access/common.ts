import type { Access } from 'payload'

import { hasRole, userOf } from './roles'

export const anyone: Access = () => true

export const admins: Access = ({ req }) => hasRole(userOf({ req }), 'admin')

export const signedIn: Access = ({ req }) => Boolean(userOf({ req }))
